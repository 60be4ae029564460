import AuditCore
import AuditRules
import ArgumentParser
import Foundation
import HTMLDOM

/// Runs wza over the W3C ACT Rules test cases and reports, per ACT rule, whether wza is consistent.
struct ACTConformanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "act-conformance",
        abstract: "Run wza over the W3C ACT test cases (a folder with manifest.json) and report consistency per ACT rule.",
        discussion: "Exit 1 when any ACT rule is inconsistent (a passed or inapplicable case reported failed).")

    @Argument(help: "The ACT corpus folder (with manifest.json; `/` in asset URLs maps to this folder).")
    var folder: String

    @Flag(name: .long, help: "List the failed cases wza missed, per rule.")
    var verbose = false

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let cases: [ACTTestCase]
        do {
            cases = try JSONDecoder().decode([ACTTestCase].self, from: Data(contentsOf: root.appendingPathComponent("manifest.json")))
        } catch {
            printError("wza: cannot read \(root.appendingPathComponent("manifest.json").path): \(error)")
            throw ExitStatus.usage.exitCode
        }
        var implementations: [String: [String]] = [:]
        for rule in builtInRules { for act in rule.description.act { implementations[act, default: []].append(rule.id) } }

        // Audit every case file once, in parallel, keeping each wza rule's outcome per file.
        let paths = Array(Set(cases.filter { !$0.deprecated && implementations[$0.ruleId] != nil }.map(\.path))).sorted()
        // `/` in the cases' asset URLs is the corpus folder.
        let resources = SiteFiles.loader(root: root, maxBytes: 64 << 20)
        let inputs = paths.map { path in
            PageInput(path: path, isInFolder: false, resources: resources) { [UInt8](try Data(contentsOf: root.appendingPathComponent(path))) }
        }
        let site = Auditor(rules: builtInRules).audit(inputs, options: AuditOptions())
        let pages = Dictionary(uniqueKeysWithValues: site.pages.map { ($0.path, $0) })

        let reports = ACTConformance.classify(cases: cases, implementations: implementations) { testCase in
            guard let page = pages[testCase.path] else { return .inapplicable }
            return Outcome.combine((implementations[testCase.ruleId] ?? []).map { page.outcome(of: $0) })
        }
        for report in reports where report.consistency != .untested {
            let tag = report.approved ? "approved" : "proposed"
            print("\(report.ruleID) \(report.consistency.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(tag)  \(report.name) [\(report.wzaRules.joined(separator: ", "))]")
            for (title, path) in report.falsePositives { print("    false positive: \(title) \(path)") }
            if verbose { for (title, path, outcome) in report.missed { print("    missed (\(outcome.rawValue)): \(title) \(path)") } }
        }
        let untested = reports.filter { $0.consistency == .untested }
        print("untested: " + untested.map(\.ruleID).joined(separator: " "))
        print(ACTConformance.summaryLine(reports))
        if reports.contains(where: { $0.consistency == .inconsistent }) { throw ExitStatus.gateFailed.exitCode }
    }
}
