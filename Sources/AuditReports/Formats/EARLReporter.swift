import AuditCore
import Foundation

/// `report.earl.json`: W3C EARL in JSON-LD with the ACT rules context, the format of ACT implementation
/// reports (PEERS.md §5.4). One TestSubject per page; one Assertion per rule that ran on the page, with
/// its combined ACT outcome and CSS-selector pointers to the elements that failed or need review.
public struct EARLReporter: Reporter {
    public init() {}
    public var fileName: String { "report.earl.json" }

    static let context = "https://www.w3.org/WAI/content-assets/wcag-act-rules/earl-context.json"
    static let assertorID = "_:wza"

    public func render(_ report: AuditReport, language: ReportLanguage) throws -> String {
        let rules = Dictionary(uniqueKeysWithValues: report.rules.map { ($0.id, $0) })
        var graph: [Node] = [.assertor(Assertor(
            id: Self.assertorID, type: ["Assertor", "Software", "Project"], name: report.metadata.toolName,
            release: Version(type: "Version", revision: report.metadata.toolVersion)))]
        for page in report.pages {
            let assertions = page.result.rules.map { result -> Assertion in
                // Pointers and messages of the elements that gave the rule its outcome on this page.
                let findings = page.result.findings.filter { $0.ruleID == result.ruleID && $0.outcome == result.outcome }
                var messages: [String] = []
                for finding in findings where !messages.contains(finding.message.text(language)) { messages.append(finding.message.text(language)) }
                return Assertion(
                    type: "Assertion", assertedBy: Self.assertorID, mode: "earl:automatic",
                    test: TestCase(type: "TestCase", title: result.ruleID, isPartOf: Self.partOf(rules[result.ruleID])),
                    result: TestResult(
                        type: "TestResult", outcome: "earl:" + result.outcome.rawValue,
                        pointer: findings.isEmpty ? nil : findings.map(\.location.selector),
                        info: messages.isEmpty ? nil : messages.joined(separator: "\n")))
            }
            graph.append(.subject(TestSubject(type: ["TestSubject", "WebPage"], source: page.result.path, title: page.result.title, assertions: assertions)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(context: Self.context, graph: graph)), as: UTF8.self) + "\n"
    }

    /// ACT rules the rule implements (as their W3C pages) and its WCAG criteria (in the "WCAG 2: 1.1.1" form
    /// the ACT report format accepts).
    static func partOf(_ rule: RuleSummary?) -> [PartOf]? {
        guard let rule else { return nil }
        let parts = rule.act.map { PartOf(id: "https://www.w3.org/WAI/standards-guidelines/act/rules/\($0)/", title: "ACT \($0)") }
            + rule.wcag.map { PartOf(id: nil, title: "WCAG 2: \($0)") }
        return parts.isEmpty ? nil : parts
    }

    // MARK: JSON-LD nodes (terms from the ACT EARL context: earl is the default vocabulary)

    struct Document: Encodable {
        var context: String
        var graph: [Node]
        enum CodingKeys: String, CodingKey { case context = "@context", graph = "@graph" }
    }
    enum Node: Encodable {
        case assertor(Assertor)
        case subject(TestSubject)
        func encode(to encoder: any Encoder) throws {
            switch self {
            case .assertor(let node): try node.encode(to: encoder)
            case .subject(let node): try node.encode(to: encoder)
            }
        }
    }
    struct Assertor: Encodable {
        var id: String
        var type: [String]
        var name: String
        var release: Version
        enum CodingKeys: String, CodingKey { case id = "@id", type = "@type", name, release }
    }
    struct Version: Encodable {
        var type: String
        var revision: String
        enum CodingKeys: String, CodingKey { case type = "@type", revision }
    }
    struct TestSubject: Encodable {
        var type: [String]
        var source: String
        var title: String?
        var assertions: [Assertion]
        enum CodingKeys: String, CodingKey { case type = "@type", source, title, assertions }
    }
    struct Assertion: Encodable {
        var type: String
        var assertedBy: String
        var mode: String
        var test: TestCase
        var result: TestResult
        enum CodingKeys: String, CodingKey { case type = "@type", assertedBy, mode, test, result }
    }
    struct TestCase: Encodable {
        var type: String
        var title: String
        var isPartOf: [PartOf]?
        enum CodingKeys: String, CodingKey { case type = "@type", title, isPartOf }
    }
    struct PartOf: Encodable {
        var id: String?
        var title: String
        enum CodingKeys: String, CodingKey { case id = "@id", title }
    }
    struct TestResult: Encodable {
        var type: String
        var outcome: String
        var pointer: [String]?
        var info: String?
        enum CodingKeys: String, CodingKey { case type = "@type", outcome, pointer, info }
    }
}
