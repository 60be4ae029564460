import HTMLDOM

/// Everything wza found on one page. Value type: safe to send between tasks and to keep after the
/// document is freed.
public struct PageResult: Codable, Sendable {
    public var path: String
    /// Decoded `<title>`, if the page has one.
    public var title: String?
    public var traits: PageTraits
    public var encoding: EncodingReport
    public var byteCount: Int
    public var elementCount: Int
    /// Parser diagnostics: the count, and the first few for the report.
    public var parserDiagnosticCount: Int
    public var parserDiagnostics: [ParseDiagnostic]
    /// Style sheets the page refers to that wza did not read: remote ones (never fetched), missing ones,
    /// and any outside the audited root ("not loaded: remote (https://…)").
    public var styleSheetsNotLoaded: [String] = []
    /// One entry per rule that ran, sorted by rule id.
    public var rules: [RuleResult]
    /// Failed and cantTell findings, in document order then rule id.
    public var findings: [Finding]
    /// Informational notes (passed verdicts that carry a message, e.g. a detected toolbar), in document order.
    public var notes: [Note]
    /// Findings taken out of `findings` by a suppression (inline comment or config), with the reason;
    /// they count in no score or gate but stay visible. Document order, like `findings`.
    public var suppressed: [SuppressedFinding] = []
    /// `wza-disable-next` comments found in the page, as parsed (not encoded: the report lists them
    /// with their use in `AuditReport.suppressions`).
    public var inlineSuppressions: [InlineSuppression] = []

    enum CodingKeys: String, CodingKey {
        case path, title, traits, encoding, byteCount, elementCount, parserDiagnosticCount, parserDiagnostics, rules, findings, notes
        case suppressed, styleSheetsNotLoaded
    }

    public func outcome(of ruleID: String) -> Outcome {
        rules.first { $0.ruleID == ruleID }?.outcome ?? .inapplicable
    }
}

/// A file that was found but could not be audited, with the reason (binary, empty, unreadable…).
public struct SkippedFile: Codable, Sendable, Hashable {
    public var path: String
    public var reason: Localized

    public init(path: String, reason: Localized) {
        self.path = path
        self.reason = reason
    }
}
