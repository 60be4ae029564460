import AuditCore
import Foundation
import Testing

@testable import AuditRules

@Suite struct RuleCatalogTests {
    @Test func idsAreUniqueKebabCaseAndSorted() {
        let ids = builtInRules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        for id in ids {
            #expect(id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }, "\(id) is not kebab-case")
        }
    }

    /// Every `*Rule.swift` file is listed, and each type is named after its id (image-alt → ImageAltRule).
    @Test func everyRuleFileIsListedUnderItsID() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/AuditRules").standardized
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: Set<String> = []
        while let url = walker?.nextObject() as? URL {
            if url.lastPathComponent.hasSuffix("Rule.swift") { files.insert(url.deletingPathExtension().lastPathComponent) }
        }
        let expected = Set(builtInRules.map { rule in
            rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Rule"
        })
        #expect(files == expected)
        for rule in builtInRules {
            #expect(String(describing: type(of: rule)) == rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Rule")
        }
    }

    @Test func everyRuleIsDocumentedInBothLanguagesWithExamples() {
        for rule in builtInRules {
            let description = rule.description
            for text in [description.title, description.rationale, description.fix] {
                #expect(!text.zh.isEmpty && !text.en.isEmpty, "\(rule.id) lacks a translation")
                #expect(text.zh != text.en, "\(rule.id): zh and en texts are identical")
            }
            #expect(!description.passingExamples.isEmpty, "\(rule.id) has no passing example")
            // Review-only rules (target-size: spacing may satisfy it) show cantTell examples instead of failures.
            #expect(description.informational || !description.failingExamples.isEmpty || !description.cantTellExamples.isEmpty,
                    "\(rule.id) has no failing example")
            for example in description.failingExamples {
                #expect(example.html.contains(RuleExample.marker), "\(rule.id): failing example without ↓ marker")
            }
        }
    }

    @Test func informationalRulesNeverFail() throws {
        for rule in builtInRules where rule.description.informational {
            for example in rule.description.passingExamples {
                let result = try audit(example.html, with: rule, traits: example.page)
                #expect(result.findings.isEmpty)
            }
        }
    }
}
