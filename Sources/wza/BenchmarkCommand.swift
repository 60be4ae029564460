import AuditCore
import AuditRules
import ArgumentParser
import Foundation
import HTMLDOM

/// Measures wza against its floor: libxml2 parsing the same bytes in the same run.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Audit a corpus and print pages/s, MB/s and peak memory beside libxml2's parse-only time.",
        discussion: "Build with -c release for meaningful numbers: swift run -c release wza benchmark Examples/gov-site --min-pages 1000")

    @Argument(help: "HTML files or folders.")
    var paths: [String]

    @Option(name: .long, help: "Repeat the corpus in memory until it has at least this many pages.")
    var minPages: Int = 0

    @Option(name: .shortAndLong, help: "Workers for the parallel run.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Timed rounds; the fastest is reported.")
    var rounds: Int = 3

    func run() throws {
        let discovery = PageDiscovery(excludes: [], maxFileBytes: 64 << 20).discover(paths)
        var corpus: [(String, [UInt8])] = try discovery.inputs.map { ($0.path, try $0.load()) }
        guard !corpus.isEmpty else {
            printError("wza: no pages found")
            throw ExitStatus.nothingAuditable.exitCode
        }
        let original = corpus
        var copy = 1
        while corpus.count < minPages {
            corpus += original.map { ("copy\(copy)/\($0.0)", $0.1) }
            copy += 1
        }
        let bytes = corpus.reduce(0) { $0 + $1.1.count }
        let megabytes = Double(bytes) / 1_048_576
        print("corpus: \(corpus.count) pages, \(String(format: "%.2f", megabytes)) MB, libxml2 \(HTMLDocument.parserVersion), \(ProcessInfo.processInfo.activeProcessorCount) cores")

        let auditor = Auditor(rules: builtInRules)
        let inputs = corpus.map { page in PageInput(path: page.0, isInFolder: true) { page.1 } }
        let parseOnly = fastest { for page in corpus { ParserBaseline.parseOnly(page.1) } }
        let pipelineOne = fastest { _ = auditor.audit(inputs, options: AuditOptions(jobs: 1)) }
        let pipelineN = fastest { _ = auditor.audit(inputs, options: AuditOptions(jobs: jobs)) }

        func line(_ label: String, _ seconds: Double) -> String {
            let name = label.padding(toLength: 34, withPad: " ", startingAt: 0)
            return "\(name) \(String(format: "%8.3f", seconds)) s  \(String(format: "%9.1f", Double(corpus.count) / seconds)) pages/s  \(String(format: "%7.2f", megabytes / seconds)) MB/s"
        }
        print(line("libxml2 parse only (1 thread)", parseOnly))
        print(line("wza full audit, --jobs 1", pipelineOne))
        print(line("wza full audit, --jobs \(jobs)", pipelineN))
        print("wza --jobs 1 / libxml2 parse: \(String(format: "%.2f", pipelineOne / parseOnly))×")
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("peak memory (max RSS): \(String(format: "%.1f", Double(usage.ru_maxrss) / 1024)) MB")
    }

    private func fastest(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}
