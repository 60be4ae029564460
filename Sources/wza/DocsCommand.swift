import AuditReports
import AuditRules
import ArgumentParser
import Foundation

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Regenerate the rule pages in Docs/Rules and the rule lists of the checklist schema from the rules' own descriptions.")

    @Option(name: .shortAndLong, help: "Docs folder.")
    var output: String = "Docs"

    @Option(help: "Checklists folder, whose checklist.schema.json lists the rule ids and options.")
    var checklists: String = "Checklists"

    func run() throws {
        let folder = URL(fileURLWithPath: output).appendingPathComponent("Rules")
        let rules = builtInRules.map(\.description)
        for rule in rules { _ = try ReportWriter.write(RuleDocumentation.page(rule), named: "\(rule.id).md", in: folder) }
        _ = try ReportWriter.write(RuleDocumentation.index(rules), named: "README.md", in: folder)
        print("wrote \(rules.count + 1) files in \(folder.path)")
        let schemaFile = URL(fileURLWithPath: checklists).appendingPathComponent("checklist.schema.json")
        let schema = try String(contentsOf: schemaFile, encoding: .utf8)
        _ = try ReportWriter.write(try ChecklistSchema.updating(schema, rules: rules), named: schemaFile.lastPathComponent,
                                   in: schemaFile.deletingLastPathComponent())
        print("updated \(schemaFile.path)")
    }
}
