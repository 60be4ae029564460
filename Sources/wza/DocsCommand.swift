import AuditReports
import AuditRules
import ArgumentParser
import Foundation

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "docs", abstract: "Regenerate the rule pages in Docs/Rules from the rules' own descriptions.")

    @Option(name: .shortAndLong, help: "Docs folder.")
    var output: String = "Docs"

    func run() throws {
        let folder = URL(fileURLWithPath: output).appendingPathComponent("Rules")
        let rules = builtInRules.map(\.description)
        for rule in rules { _ = try ReportWriter.write(RuleDocumentation.page(rule), named: "\(rule.id).md", in: folder) }
        _ = try ReportWriter.write(RuleDocumentation.index(rules), named: "README.md", in: folder)
        print("wrote \(rules.count + 1) files in \(folder.path)")
    }
}
