import ArgumentParser
import Foundation

/// `wza`: audits exported static HTML for accessibility (数字无障碍) and writes scored, bilingual reports.
@main
struct WZA: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "wza",
        abstract: "Audit exported static HTML for accessibility (数字无障碍) and write scored, bilingual reports.",
        discussion: """
            Exit codes: 0 ok · 1 a gate failed (--fail-on / --fail-under / --max-findings) or a suppression \
            expired · 2 usage, configuration or checklist error · 3 nothing auditable.
            """,
        version: version,
        subcommands: [AuditCommand.self, BaselineCommand.self, InitCommand.self, RulesCommand.self, ExplainCommand.self, ChecklistsCommand.self, BenchmarkCommand.self, DocsCommand.self, ACTConformanceCommand.self])

    /// Maps ArgumentParser's usage errors (64) to wza's documented exit code 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { self.exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}

/// wza's documented exit codes.
enum ExitStatus: Int32 {
    case ok = 0
    case gateFailed = 1
    case usage = 2
    case nothingAuditable = 3

    var exitCode: ExitCode { ExitCode(rawValue) }
}

/// Prints to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
