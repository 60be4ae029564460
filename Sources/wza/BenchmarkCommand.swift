import AuditCore
import AuditRules
import ArgumentParser
import Foundation
import HTMLDOM
import StyleEngine

/// Measures wza against its floor: libxml2 parsing the same bytes in the same run.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Audit a corpus and print pages/s, MB/s and peak memory beside libxml2's parse-only time.",
        discussion: """
            Build with -c release for meaningful numbers: swift run -c release wza benchmark Examples/gov-site --min-pages 1000
            Pages read their local style sheets as in an audit. Two last --jobs 1 runs time the CSS stage (the StyleEngine: \
            collecting and matching sheets, visibility, computed styles) inside the audit and print its share: with \
            matches and styles shared across the run's pages, and with each page on its own. Each timed call holds \
            one read of the clock besides its work; that cost, calibrated at start, is subtracted.
            """)

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
        // A copy keeps its original's resources and resource path, so it reads the same style sheets.
        var corpus: [(input: PageInput, bytes: [UInt8])] = try discovery.inputs.map { ($0, try $0.load()) }
        guard !corpus.isEmpty else {
            printError("wza: no pages found")
            throw ExitStatus.nothingAuditable.exitCode
        }
        let original = corpus
        var copy = 1
        while corpus.count < minPages {
            corpus += original.map { page in
                let input = page.input
                return (PageInput(path: "copy\(copy)/\(input.path)", isInFolder: input.isInFolder, resources: input.resources,
                                  resourcePath: input.resourcePath) { page.bytes }, page.bytes)
            }
            copy += 1
        }
        let bytes = corpus.reduce(0) { $0 + $1.bytes.count }
        let megabytes = Double(bytes) / 1_048_576
        print("corpus: \(corpus.count) pages, \(String(format: "%.2f", megabytes)) MB, libxml2 \(HTMLDocument.parserVersion), \(ProcessInfo.processInfo.activeProcessorCount) cores")

        let auditor = Auditor(rules: builtInRules)
        let inputs = corpus.map { page in
            let bytes = page.bytes
            return PageInput(path: page.input.path, isInFolder: page.input.isInFolder, resources: page.input.resources,
                             resourcePath: page.input.resourcePath) { bytes }
        }
        let parseOnly = fastest { for page in corpus { ParserBaseline.parseOnly(page.bytes) } }
        let pipelineOne = fastest { _ = auditor.audit(inputs, options: AuditOptions(jobs: 1)) }
        let pipelineN = fastest { _ = auditor.audit(inputs, options: AuditOptions(jobs: jobs)) }
        // The CSS stage, timed inside a --jobs 1 audit (monotonic clock reads around each StyleEngine call,
        // cheap enough not to inflate what they measure), compared with wall times of the same single thread.
        // Run-wide sharing gains most where pages repeat a template (and this corpus repeats whole pages), so
        // the stage is timed a second time with every page on its own: the cost for pages that share nothing.
        var timedCalls = 0
        func timeStyles(sharing: Bool) -> (seconds: Double, run: Timing) {
            var seconds = Double.infinity
            let run = fastest {
                let cache = StyleSheetCache(measuringTime: true, sharingAcrossPages: sharing)
                _ = auditor.audit(inputs, options: AuditOptions(jobs: 1, styleCache: cache))
                seconds = min(seconds, cache.styleTime)
                timedCalls = cache.styleCallCount
            }
            return (seconds, run)
        }
        let (styleTime, measuredRun) = timeStyles(sharing: true)
        let (aloneTime, aloneRun) = timeStyles(sharing: false)

        func line(_ label: String, _ timing: Timing) -> String {
            let name = label.padding(toLength: 34, withPad: " ", startingAt: 0)
            return "\(name) \(String(format: "%8.3f", timing.wall)) s  \(String(format: "%9.1f", Double(corpus.count) / timing.wall)) pages/s  "
                + "\(String(format: "%7.2f", megabytes / timing.wall)) MB/s  CPU \(String(format: "%.3f", timing.cpu)) s"
        }
        print(line("libxml2 parse only (1 thread)", parseOnly))
        print(line("wza full audit, --jobs 1", pipelineOne))
        print(line("wza full audit, --jobs \(jobs)", pipelineN))
        print("wza --jobs 1 / libxml2 parse: \(String(format: "%.2f", pipelineOne.wall / parseOnly.wall))× wall, "
              + "\(String(format: "%.2f", pipelineOne.cpu / parseOnly.cpu))× CPU")
        print("--jobs \(jobs) speed-up over --jobs 1: \(String(format: "%.2f", pipelineOne.wall / pipelineN.wall))× "
              + "(CPU \(String(format: "%.2f", pipelineN.cpu / pipelineOne.cpu))× of --jobs 1's)")
        for (label, seconds, run) in [("CSS stage (StyleEngine, --jobs 1)", styleTime, measuredRun),
                                      ("  the same, each page on its own", aloneTime, aloneRun)] {
            print("\(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", seconds)) s = "
                  + "\(String(format: "%.1f", 100 * seconds / run.wall))% of that audit, "
                  + "\(String(format: "%.2f", seconds / parseOnly.wall))× libxml2 parse")
        }
        print("  (\(timedCalls / corpus.count) timed calls a page, each holding one clock read of "
              + "\(String(format: "%.0f", StyleSheetCache.clockReadSeconds * 1e9)) ns, subtracted)")
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("peak memory (max RSS): \(String(format: "%.1f", Double(usage.ru_maxrss) / 1024)) MB")
    }

    private struct Timing {
        var wall: Double
        /// User + system time of the whole process (all threads) during the run.
        var cpu: Double
    }

    private func fastest(_ body: () -> Void) -> Timing {
        var best = Timing(wall: .infinity, cpu: .infinity)
        for _ in 0..<max(1, rounds) {
            let cpuStart = Self.cpuSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if wall < best.wall { best = Timing(wall: wall, cpu: Self.cpuSeconds() - cpuStart) }
        }
        return best
    }

    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
