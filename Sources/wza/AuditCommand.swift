import AuditCore
import AuditReports
import AuditRules
import ArgumentParser
import Foundation
import HTMLDOM

extension ReportLanguage: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

/// When the command exits with status 1.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    /// Any failed veto item (否决) on any page.
    case veto
    /// Any failed finding.
    case failed
    /// Never (only --fail-under can fail the run).
    case never
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit HTML files and folders and write reports.")

    @Argument(help: "HTML files or folders (searched recursively for .html .htm .shtml .xhtml).")
    var paths: [String]

    @Option(name: .long, help: "Checklist id or YAML file; repeat for several (default: \(ChecklistCatalog.defaultID)).")
    var checklist: [String] = []

    @Option(name: .long, help: "Report formats, comma-separated or repeated: html, json, sarif, junit, csv, md, earl.")
    var format: [String] = ["html,json"]

    @Option(name: .shortAndLong, help: "Folder for the reports.")
    var output: String = "wza-report"

    @Option(name: .long, help: "Report language: zh-CN or en.")
    var lang: ReportLanguage = .zh

    @Option(name: .shortAndLong, help: "Pages audited in parallel (default: all cores). Output is identical for any value.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Encoding for pages that declare none (e.g. gbk); otherwise wza sniffs UTF-8, then GB18030.")
    var encoding: String?

    @Option(name: .long, help: "Exclude paths matching this glob (repeatable), e.g. 'drafts/**' or '*.bak.html'.")
    var exclude: [String] = []

    @Option(name: .long, help: "Exit 1 when a checklist's site score is below this value (0-100).")
    var failUnder: Double?

    @Option(name: .long, help: "Exit 1 on: veto (a failed veto item), failed (any failure), never.")
    var failOn: FailOn = .veto

    @Option(name: .long, help: "Files larger than this many megabytes are listed as not audited.")
    var maxFileMb: Int = 64

    @Flag(name: .shortAndLong, help: "Print nothing on stdout.")
    var quiet = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let failUnder, !(0...100).contains(failUnder) { throw ValidationError("--fail-under must be between 0 and 100") }
        _ = try formats()
        if let encoding, TextDecoder.canonicalEncoding(forLabel: encoding) == nil {
            throw ValidationError("unknown encoding '\(encoding)' (try utf-8, gbk, gb18030, big5, utf-16)")
        }
    }

    func formats() throws -> [ReportFormat] {
        var result: [ReportFormat] = []
        for name in format.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            guard let format = ReportFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)'; available: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !result.contains(format) { result.append(format) }
        }
        if result.isEmpty { throw ValidationError("--format needs at least one format") }
        return result
    }

    func run() throws {
        let checklists: [Checklist]
        do {
            checklists = try (checklist.isEmpty ? [ChecklistCatalog.defaultID] : checklist).map(ChecklistCatalog.resolve)
        } catch {
            printError("wza: checklist error:\n\(error)")
            throw ExitStatus.usage.exitCode
        }
        let discovery = PageDiscovery(excludes: exclude.map(Glob.init), maxFileBytes: maxFileMb << 20)
            .discover(paths)
        for missing in discovery.missing { printError("wza: no such file or folder: \(missing)") }

        let auditor = Auditor(rules: builtInRules)
        let options = AuditOptions(fallbackEncoding: encoding, jobs: jobs, maxFileBytes: maxFileMb << 20)
        var site = auditor.audit(discovery.inputs, options: options)
        site.skipped = (site.skipped + discovery.skipped).sorted { $0.path < $1.path }

        let report = AuditReport(
            site: site, checklists: checklists, rules: builtInRules.map { RuleSummary($0.description) },
            metadata: ReportMetadata(toolVersion: WZA.version, parserVersion: HTMLDocument.parserVersion,
                                     generatedAt: Self.timestamp(), inputs: paths))
        let outputFolder = URL(fileURLWithPath: output)
        var written: [String] = []
        for format in try formats() {
            let reporter = format.reporter
            let text = try reporter.render(report, language: lang)
            do {
                written.append(try ReportWriter.write(text, named: reporter.fileName, in: outputFolder).path)
            } catch {
                printError("wza: cannot write \(reporter.fileName) in \(output): \(error.localizedDescription)")
                throw ExitStatus.usage.exitCode
            }
        }
        if !quiet {
            let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            print(TerminalSummary(colour: colour, language: lang).render(report, writtenFiles: written), terminator: "")
        }
        if site.pages.isEmpty {
            printError("wza: nothing auditable in \(paths.joined(separator: " "))")
            throw ExitStatus.nothingAuditable.exitCode
        }
        if gateFailed(report) { throw ExitStatus.gateFailed.exitCode }
    }

    func gateFailed(_ report: AuditReport) -> Bool {
        if let failUnder, report.checklists.contains(where: { ($0.site.score ?? 0) < failUnder }) { return true }
        switch failOn {
        case .never: return false
        case .veto: return report.checklists.contains { $0.site.verdict == .vetoed }
        case .failed: return report.totals.failed > 0
        }
    }

    /// Report time: SOURCE_DATE_EPOCH when set (reproducible reports), else now, in UTC.
    static func timestamp() -> String {
        let environment = ProcessInfo.processInfo.environment
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
