import AuditCore
import AuditReports
import AuditRules
import ArgumentParser
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule with its impact, WCAG criteria and ACT ids.")

    enum Output: String, ExpressibleByArgument { case table, json }

    @Option(name: .long, help: "table or json.")
    var format: Output = .table

    @Option(name: .long, help: "Language of titles: zh-CN or en.")
    var lang: ReportLanguage = .zh

    func run() throws {
        let summaries = builtInRules.map { RuleSummary($0.description) }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summaries), as: UTF8.self))
        case .table:
            // Pad to the longest id: a fixed width cut `landmark-no-duplicate-…` ids to the same text.
            let width = summaries.map(\.id.count).max() ?? 0
            for rule in summaries {
                let standards = (rule.wcag.map { "WCAG \($0)" } + rule.act.map { "ACT \($0)" } + rule.references).joined(separator: ", ")
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let impact = rule.impact.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                print("\(id) \(impact) \(rule.title.text(lang))\(rule.informational ? " (info)" : "")\(rule.bestPractice ? " (best practice)" : "")  [\(standards)]")
            }
        }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show a rule's rationale, fix and examples.")

    @Argument(help: "Rule id, e.g. image-alt.")
    var rule: String

    @Option(name: .long, help: "Language: zh-CN or en.")
    var lang: ReportLanguage = .zh

    func run() throws {
        guard let found = builtInRules.first(where: { $0.id == rule }) else {
            printError("wza: no rule '\(rule)'. Run `wza rules` for the list.")
            throw ExitStatus.usage.exitCode
        }
        print(RuleDocumentation.render(found.description, language: lang), terminator: "")
    }
}
