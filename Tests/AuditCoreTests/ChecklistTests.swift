import AuditRules
import Foundation
import Testing
import WZAResources

@testable import AuditCore

@Suite struct ChecklistTests {
    let rules = Set(builtInRules.map(\.id))

    static let valid = """
        formatVersion: 1
        id: sample
        title: {zh: 示例, en: Sample}
        description: {zh: 说明, en: About}
        source: {zh: 测试, en: test}
        scoring:
          passMark: 60
          principles: {perceivable: 30, operable: 30, understandable: 20, robust: 20}
        items:
          - id: A1
            title: {zh: 图片, en: Images}
            principle: perceivable
            rules: [image-alt]
          - id: M1
            title: {zh: 人工, en: Manual}
            principle: robust
            rules: []
            manual: true
        """

    func problems(_ yaml: String) -> [String] {
        do {
            _ = try ChecklistLoader.load(yaml: yaml, file: "sample.yml", knownRules: rules)
            return []
        } catch let error as ChecklistProblems {
            return error.problems.map(\.message)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func validChecklistLoads() throws {
        let checklist = try ChecklistLoader.load(yaml: Self.valid, file: "sample.yml", knownRules: rules)
        #expect(checklist.items.count == 2)
        #expect(checklist.items[1].isManual)
        #expect(checklist.ruleIDs == ["image-alt"])
    }

    @Test func unknownKeysAreReportedWithTheirLine() throws {
        do {
            _ = try ChecklistLoader.load(yaml: Self.valid.replacingOccurrences(of: "    principle: robust", with: "    principle: robust\n    wieght: 2"),
                                         file: "sample.yml", knownRules: rules)
            Issue.record("expected an error")
        } catch let error as ChecklistProblems {
            let problem = try #require(error.problems.first)
            #expect(problem.message.contains("unknown key 'wieght'"))
            #expect(problem.line == 17)
        }
    }

    @Test func semanticErrorsAreAllReported() {
        let broken = Self.valid
            .replacingOccurrences(of: "robust: 20}", with: "robust: 10}")
            .replacingOccurrences(of: "[image-alt]", with: "[image-alt, no-such-rule]")
            .replacingOccurrences(of: "  - id: M1", with: "  - id: A1")
            .replacingOccurrences(of: "    manual: true", with: "")
        let messages = problems(broken)
        #expect(messages.contains { $0.contains("sum to 90") })
        #expect(messages.contains { $0.contains("unknown rule 'no-such-rule'") })
        #expect(messages.contains { $0.contains("duplicate item id 'A1'") })
        #expect(messages.contains { $0.contains("must say manual: true") })
    }

    @Test func typeErrorsAndBadYAMLAreClear() {
        #expect(problems("items: [").contains { $0.contains("not valid YAML") })
        #expect(problems(Self.valid.replacingOccurrences(of: "passMark: 60", with: "passMark: lots")).contains { $0.contains("passMark") })
        #expect(problems(Self.valid.replacingOccurrences(of: "principle: perceivable", with: "principle: pretty")).contains { $0.contains("principle") })
        #expect(problems("").contains { $0.contains("empty") })
    }

    /// Every shipped checklist loads, names only existing rules, and covers what it promises.
    @Test func builtInChecklistsLoadAndCoverTheirStandards() throws {
        let folder = WZAResources.checklistsDirectory
        var loaded: [String: Checklist] = [:]
        for name in ["miit-aging-web", "gb-t-37668-2019", "wcag-2.1-aa", "wcag-2.2-aa"] {
            let text = try String(contentsOf: folder.appendingPathComponent("\(name).yml"), encoding: .utf8)
            loaded[name] = try ChecklistLoader.load(yaml: text, file: "\(name).yml", knownRules: rules, ruleOptions: Self.declared)
        }
        // The item counts of Checklists/README.md's table.
        #expect(loaded["miit-aging-web"]?.items.count == 35)
        #expect(loaded["gb-t-37668-2019"]?.items.count == 45)
        #expect(loaded["wcag-2.1-aa"]?.items.count == 50)
        #expect(loaded["wcag-2.2-aa"]?.items.count == 55)
        #expect(loaded["wcag-2.2-aa"]?.items.contains { $0.id == "4.1.1" } == false)
        let miit = try #require(loaded["miit-aging-web"])
        for number in 1...24 { #expect(miit.items.contains { $0.id == String(format: "W%02d", number) }) }
        #expect(miit.items.filter(\.isVeto).map(\.id) == ["W01", "W02", "W03"])
        // Clause numbers are marked verified only where STANDARDS-CN confirms them.
        let gbt = try #require(loaded["gb-t-37668-2019"])
        let verified = Set(gbt.items.filter { $0.clauseVerified == true }.compactMap(\.clause))
        #expect(verified == ["3.2.1.3", "3.2.1.4", "3.2.4.2", "3.3.2.2", "3.3.3.6", "3.3.4.2", "3.3.4.4", "3.5.1.2"])
        // The MIIT checklist carries the APP spec's numbers; the WCAG ones keep WCAG's large text.
        #expect(miit.ruleOptions?["color-contrast"]?["largeText"] == .keyword("miit"))
        #expect(miit.ruleOptions?["target-size"]?["elderMinimumPixels"] == .number(60))
        #expect(loaded["wcag-2.2-aa"]?.ruleOptions?["target-size"]?["minimumPixels"] == .number(24))
        // Best practices report findings but are mapped to no built-in item (README, RuleDescription.bestPractice).
        let bestPractices = Set(builtInRules.filter(\.description.bestPractice).map(\.id))
        for (name, checklist) in loaded.sorted(by: { $0.key < $1.key }) {
            let mapped = checklist.ruleIDs.filter(bestPractices.contains)
            #expect(mapped.isEmpty, "\(name) maps the best practices \(mapped)")
        }
    }

    // MARK: Rule options

    static let declared = builtInRuleOptions

    func optionProblems(_ block: String) -> [ChecklistProblem] {
        do {
            _ = try ChecklistLoader.load(yaml: Self.valid + "\n" + block, file: "sample.yml", knownRules: rules, ruleOptions: Self.declared)
            return []
        } catch let error as ChecklistProblems {
            return error.problems
        } catch {
            return [ChecklistProblem(file: "", line: nil, message: "\(error)")]
        }
    }

    @Test func ruleOptionsLoadAndBadOnesAreReportedWithTheirLine() throws {
        let checklist = try ChecklistLoader.load(
            yaml: Self.valid + "\nruleOptions:\n  color-contrast: {largeText: miit}\n  elder-font-size: {minimumPixels: 20}",
            file: "sample.yml", knownRules: rules, ruleOptions: Self.declared)
        #expect(checklist.ruleOptions == ["color-contrast": ["largeText": .keyword("miit")], "elder-font-size": ["minimumPixels": .number(20)]])

        let badValue = optionProblems("ruleOptions:\n  color-contrast: {largeText: huge}")
        #expect(badValue.count == 1)
        #expect(badValue.first?.message.contains("must be one of wcag, miit") == true)
        #expect(badValue.first?.line == 20)
        #expect(optionProblems("ruleOptions:\n  elder-font-size: {minimumPixels: 2}").first?.message.contains("between 8 and 72") == true)
        #expect(optionProblems("ruleOptions:\n  elder-font-size: {minimumPixels: big}").first?.message.contains("between 8 and 72") == true)
        #expect(optionProblems("ruleOptions:\n  elder-font-size: {minimumPixel: 20}").first?.message.contains("did you mean 'minimumPixels'") == true)
        // image-alt has no options, so it is not a key of ruleOptions at all.
        #expect(optionProblems("ruleOptions:\n  image-alt: {x: 1}").first?.message.contains("unknown key 'image-alt'") == true)
    }

    @Test func theConfigurationThenTheFirstChecklistDecideEachOption() {
        let miit: RuleOptionSettings = ["color-contrast": ["largeText": .keyword("miit")], "target-size": ["minimumPixels": .number(44)]]
        let wcag: RuleOptionSettings = ["color-contrast": ["largeText": .keyword("wcag")], "target-size": ["minimumPixels": .number(24)]]
        let options = RuleOptions.resolve(configuration: ["target-size": ["minimumPixels": .number(30)]],
                                          checklists: [("miit-aging-web", miit), ("wcag-2.2-aa", wcag)])
        let largeText = ContrastOptionProbe.largeText
        #expect(options.keyword(largeText) == "miit")
        #expect(options.sources["color-contrast"]?["largeText"] == "miit-aging-web")
        #expect(options.values["target-size"]?["minimumPixels"] == .number(30))
        #expect(options.sources["target-size"]?["minimumPixels"] == "wza.yml")
        // Both of wcag-2.2-aa's values lost, and the report says so; miit's target size lost to wza.yml.
        #expect(Set(options.overridden.map { "\($0.source):\($0.rule).\($0.key)" })
                == ["wcag-2.2-aa:color-contrast.largeText", "wcag-2.2-aa:target-size.minimumPixels", "miit-aging-web:target-size.minimumPixels"])
        // Unset options read their default.
        #expect(RuleOptions.defaults.keyword(largeText) == "wcag")
    }
}

/// The declared largeText option of color-contrast, looked up the way the catalogue exposes it.
enum ContrastOptionProbe {
    static var largeText: RuleOption { builtInRuleOptions["color-contrast"]!.first { $0.key == "largeText" }! }
}
