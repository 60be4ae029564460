import AuditCore
import HTMLDOM
import Testing

@testable import AuditRules

/// One example of one rule, as a test case ("image-alt failing #2 (ImageAltRule.swift:24)").
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    enum Kind: String, Sendable { case passing, failing, cantTell }

    let ruleIndex: Int
    let kind: Kind
    let index: Int

    var rule: any Rule { builtInRules[ruleIndex] }

    var example: RuleExample {
        switch kind {
        case .passing: rule.description.passingExamples[index]
        case .failing: rule.description.failingExamples[index]
        case .cantTell: rule.description.cantTellExamples[index]
        }
    }

    var testDescription: String { "\(rule.id) \(kind.rawValue) #\(index + 1) (\(example.fileID):\(example.line))" }

    static var all: [RuleExampleCase] {
        builtInRules.indices.flatMap { ruleIndex in
            let description = builtInRules[ruleIndex].description
            return description.passingExamples.indices.map { RuleExampleCase(ruleIndex: ruleIndex, kind: .passing, index: $0) }
                + description.failingExamples.indices.map { RuleExampleCase(ruleIndex: ruleIndex, kind: .failing, index: $0) }
                + description.cantTellExamples.indices.map { RuleExampleCase(ruleIndex: ruleIndex, kind: .cantTell, index: $0) }
        }
    }
}

/// The `↓` markers of an example: the (line, tag) of every element that must fail.
struct MarkedHTML {
    let html: String
    let expected: [String]

    init(_ marked: String) {
        var lines = 1
        var expected: [String] = []
        var characters = Array(marked)
        var index = 0
        while index < characters.count {
            if characters[index] == "\n" { lines += 1 }
            if characters[index] == RuleExample.marker {
                let tag = String(characters[(index + 2)...].prefix { $0.isLetter || $0.isNumber })
                expected.append("\(lines):\(tag.lowercased())")
                characters.remove(at: index)
                continue
            }
            index += 1
        }
        html = String(characters)
        self.expected = expected.sorted()
    }
}

func audit(_ html: String, with rule: any Rule, traits: PageTraits = PageTraits(),
           options: [String: RuleOptionValue] = [:]) throws -> PageResult {
    let document = try HTMLDocument(bytes: Array(html.utf8))
    let settings = options.isEmpty ? RuleOptions.defaults : RuleOptions(values: [rule.id: options])
    return Auditor(rules: [rule], options: settings).audit(document, path: "example.html", traits: traits)
}

func lineAndTag(_ finding: Finding) -> String {
    let tag = finding.location.snippet.dropFirst().prefix { $0.isLetter || $0.isNumber }
    return "\(finding.location.line):\(tag)"
}

@Test(arguments: RuleExampleCase.all)
func ruleExampleBehavesAsDocumented(_ test: RuleExampleCase) throws {
    let marked = MarkedHTML(test.example.html)
    let result = try audit(marked.html, with: test.rule, traits: test.example.page, options: test.example.options)
    let failures = result.findings.filter { $0.outcome == .failed }
    let reviews = result.findings.filter { $0.outcome == .cantTell }
    let location = Testing.SourceLocation(fileID: test.example.fileID, filePath: test.example.fileID, line: test.example.line, column: 1)
    switch test.kind {
    case .passing:
        #expect(failures.isEmpty && reviews.isEmpty, "unexpected: \(result.findings.map { "\($0.outcome) \(lineAndTag($0)) \($0.message.en)" })", sourceLocation: location)
    case .failing:
        #expect(failures.map(lineAndTag).sorted() == marked.expected, sourceLocation: location)
        #expect(failures.allSatisfy { !$0.message.zh.isEmpty && !$0.message.en.isEmpty }, sourceLocation: location)
    case .cantTell:
        #expect(failures.isEmpty, "a cantTell example must never fail: \(failures.map(\.message.en))", sourceLocation: location)
        #expect(!reviews.isEmpty, "expected a cantTell verdict", sourceLocation: location)
        #expect(reviews.allSatisfy { !$0.message.zh.isEmpty && !$0.message.en.isEmpty }, sourceLocation: location)
    }
}

/// A failing example still fails, once, when the page around it changes (a CJK paragraph before it,
/// a <main> around the body's content), and never fails inside <template>.
@Test(arguments: RuleExampleCase.all.filter { $0.kind == .failing })
func failingExampleIsRobust(_ test: RuleExampleCase) throws {
    let marked = MarkedHTML(test.example.html)
    guard !marked.html.lowercased().contains("<html") else { return }
    let location = Testing.SourceLocation(fileID: test.example.fileID, filePath: test.example.fileID, line: test.example.line, column: 1)
    // The paragraph is itself accessible (large, spaced, dark on white) so it adds no failure of its own.
    let prefixed = try audit("<p style=\"font-size:20px;line-height:2;color:#000;background:#fff\">无障碍环境建设法</p>\n<main>\n"
                             + marked.html + "\n</main>", with: test.rule, traits: test.example.page, options: test.example.options)
    #expect(prefixed.findings.filter { $0.outcome == .failed }.count == marked.expected.count, sourceLocation: location)
    let inert = try audit("<template>" + marked.html + "</template>", with: test.rule, traits: test.example.page, options: test.example.options)
    #expect(inert.findings.filter { $0.outcome == .failed && $0.location.snippet.hasPrefix("<template") == false }.isEmpty
            || test.rule.description.id == "document-charset", sourceLocation: location)
}
