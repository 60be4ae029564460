import AuditCore
import Foundation

/// `report.sarif`: SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards.
/// One run; every rule in `tool.driver.rules` (so `ruleIndex` is the index in `report.rules`); a result per
/// failed finding (level from impact) and per cantTell finding (kind review, level none as the spec requires).
public struct SARIFReporter: Reporter {
    /// The tool's home page (absolute URI). wza has no public address yet, so it is omitted unless set.
    public var informationURI: String?

    public init(informationURI: String? = nil) { self.informationURI = informationURI }
    public var fileName: String { "report.sarif" }

    public func render(_ report: AuditReport, language: ReportLanguage) throws -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        let rules = report.rules.map { Self.descriptor($0, language: language) }
        var results: [Result] = []
        for page in report.pages {
            let fingerprints = findingFingerprints(page.result.findings)
            for (finding, fingerprint) in zip(page.result.findings, fingerprints) {
                results.append(Self.result(finding, fingerprint: fingerprint, ruleIndex: ruleIndex[finding.ruleID], language: language))
            }
        }
        let run = Run(
            tool: Tool(driver: Driver(
                name: report.metadata.toolName, version: report.metadata.toolVersion, informationUri: informationURI, rules: rules)),
            invocations: [Invocation(executionSuccessful: true, endTimeUtc: report.metadata.generatedAt)],
            originalUriBaseIds: ["SRCROOT": BaseURI(description: Message(text: Self.rootDescription.text(language)))],
            language: language.rawValue,
            results: results,
            properties: RunProperties(
                checklists: report.checklists.map { checklist in
                    ChecklistProperty(
                        id: checklist.id, title: checklist.title.text(language), verdict: checklist.site.verdict.rawValue,
                        score: checklist.site.score.map(Self.rounded), coveredPoints: Self.rounded(checklist.site.coveredPoints),
                        passMark: checklist.site.passMark, vetoItems: checklist.site.vetoItems,
                        weightedPassRate: checklist.site.weightedPassRate.map(Self.rounded))
                },
                totals: report.totals, inputs: report.metadata.inputs))
        let log = Log(schema: "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", version: "2.1.0", runs: [run])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(log), as: UTF8.self) + "\n"
    }

    /// SARIF levels from axe-style impact: what blocks people is an error, the rest warnings and notes.
    public static func level(for impact: Impact) -> String {
        switch impact {
        case .critical, .serious: "error"
        case .moderate: "warning"
        case .minor: "note"
        }
    }

    static func descriptor(_ rule: RuleSummary, language: ReportLanguage) -> ReportingDescriptor {
        let doc = "Docs/Rules/\(rule.id).md"
        var standards: [String] = rule.wcag.map { "WCAG \($0)" } + rule.act.map { "ACT \($0)" }
        standards += rule.references
        let markdown = rule.fix.text(language)
            + (standards.isEmpty ? "" : "\n\n" + standards.joined(separator: " · "))
            + "\n\n[\(doc)](\(doc))"
        return ReportingDescriptor(
            id: rule.id,
            name: rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
            shortDescription: Message(text: rule.title.text(language)),
            fullDescription: Message(text: rule.rationale.text(language)),
            help: MultiformatMessage(text: rule.fix.text(language), markdown: markdown),
            helpUri: doc,
            defaultConfiguration: Configuration(level: rule.informational ? "note" : level(for: rule.impact)),
            properties: RuleProperties(
                tags: ["accessibility"] + (rule.bestPractice ? ["best-practice"] : []) + standards, impact: rule.impact.rawValue,
                wcag: rule.wcag, act: rule.act, references: rule.references))
    }

    static func result(_ finding: Finding, fingerprint: String, ruleIndex: Int?, language: ReportLanguage) -> Result {
        let location = finding.location
        let uri = location.file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location.file
        // libxml2 gives line 0 for elements it implied; SARIF lines start at 1, so no region then.
        let region = location.line >= 1 ? Region(startLine: location.line, snippet: Message(text: location.snippet)) : nil
        return Result(
            ruleId: finding.ruleID, ruleIndex: ruleIndex,
            // SARIF §3.27.10: a result whose kind is not "fail" must have level "none".
            level: finding.outcome == .failed ? level(for: finding.impact) : "none",
            kind: finding.outcome == .failed ? "fail" : "review",
            message: Message(text: finding.message.text(language)),
            locations: [Location(
                physicalLocation: PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri, uriBaseId: "SRCROOT"), region: region),
                logicalLocations: [LogicalLocation(fullyQualifiedName: location.selector, kind: "element")])],
            partialFingerprints: ["wzaFingerprint/v1": fingerprint],
            properties: ResultProperties(outcome: finding.outcome.rawValue, impact: finding.impact.rawValue, fix: finding.fix.text(language)))
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    static let rootDescription = Localized(zh: "被审计的文件夹", en: "The audited folder")

    // MARK: SARIF object model (only the properties wza fills)

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var originalUriBaseIds: [String: BaseURI]
        var language: String
        var results: [Result]
        var properties: RunProperties
    }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String?
        var rules: [ReportingDescriptor]
    }
    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var endTimeUtc: String
    }
    struct BaseURI: Encodable { var description: Message }
    struct Message: Encodable { var text: String }
    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String
    }
    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var helpUri: String
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }
    struct Configuration: Encodable { var level: String }
    struct RuleProperties: Encodable {
        var tags: [String]
        var impact: String
        var wcag: [String]
        var act: [String]
        var references: [String]
    }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var kind: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var properties: ResultProperties
    }
    struct ResultProperties: Encodable {
        var outcome: String
        var impact: String
        var fix: String
    }
    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]
    }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }
    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String
    }
    struct Region: Encodable {
        var startLine: Int
        var snippet: Message
    }
    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
        var kind: String
    }
    struct RunProperties: Encodable {
        var checklists: [ChecklistProperty]
        var totals: ReportTotals
        var inputs: [String]
    }
    struct ChecklistProperty: Encodable {
        var id: String
        var title: String
        var verdict: String
        var score: Double?
        var coveredPoints: Double
        var passMark: Double
        var vetoItems: [String]
        var weightedPassRate: Double?
    }
}
