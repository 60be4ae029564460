import AuditCore
import ArgumentParser
import AuditReports
import Foundation

/// `wza baseline create`: records the current findings so later audits fail only on new ones.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record current findings as a baseline (wza audit --baseline FILE then fails only on new findings).",
        subcommands: [Create.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Audit and write the active findings (failed and needs-review, after suppressions) to a baseline file.")

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: "Baseline file to write.")
        var output: String = "wza-baseline.json"

        func run() throws {
            let settings = try AuditSession.configuration(flags: input.flags, configPath: input.config)
            let session = try AuditSession(settings: settings, quiet: input.quiet)
            if session.site.pages.isEmpty {
                printError("wza: nothing auditable in \(settings.inputs.joined(separator: " "))")
                throw ExitStatus.nothingAuditable.exitCode
            }
            _ = session.reportSuppressionProblems()
            let baseline = Baseline(site: session.site, checklists: session.checklists.map(\.id))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let text = String(decoding: try encoder.encode(baseline), as: UTF8.self) + "\n"
            let url = URL(fileURLWithPath: output)
            do {
                try ReportFileWriter.write(text, to: url)
            } catch {
                printError("wza: cannot write \(output): \(error.localizedDescription)")
                throw ExitStatus.usage.exitCode
            }
            if !input.quiet {
                print("wza: baseline of \(baseline.findings.count) findings on \(session.site.pages.count) pages → \(output)")
            }
        }
    }
}

/// Writes one file atomically next to its target (through ReportWriter, the only writer of reports).
enum ReportFileWriter {
    static func write(_ text: String, to url: URL) throws {
        _ = try ReportWriter.write(text, named: url.lastPathComponent, in: url.deletingLastPathComponent())
    }
}
