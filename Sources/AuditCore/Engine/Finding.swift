/// Where a finding is, in a form that stays useful for minified pages: line, selector and snippet.
public struct SourceLocation: Codable, Sendable, Hashable {
    /// Path relative to the audited root.
    public var file: String
    /// 1-based line; libxml2 gives no columns.
    public var line: Int
    /// A CSS selector that finds the element.
    public var selector: String
    /// The element's start tag, shortened; raw text that each report format escapes.
    public var snippet: String

    public init(file: String, line: Int, selector: String, snippet: String) {
        self.file = file
        self.line = line
        self.selector = selector
        self.snippet = snippet
    }
}

/// One failed or cantTell verdict (or an informational note), ready for reports.
public struct Finding: Codable, Sendable, Hashable {
    public var ruleID: String
    public var outcome: Outcome
    public var impact: Impact
    public var message: Localized
    public var fix: Localized
    public var location: SourceLocation
    /// Order of the element in its page; keeps findings in document order.
    public var documentOrder: Int
    /// The element's normalised signature (`tag#id.classes[key=value]…`, see `ElementSignature`),
    /// computed from the element itself when the finding is made.
    public var elementSignature: String
    /// `wza/v1` fingerprint (16 hex digits): rule + page + element signature + occurrence among identical
    /// elements. Survives unrelated edits; baselines and config suppressions match on it.
    public var fingerprint: String
    /// Against a baseline (`--baseline`): `new` or `existing`; absent when no baseline was given.
    public var baselineStatus: BaselineStatus?

    public init(ruleID: String, outcome: Outcome, impact: Impact, message: Localized, fix: Localized, location: SourceLocation,
                documentOrder: Int, elementSignature: String = "", fingerprint: String = "", baselineStatus: BaselineStatus? = nil) {
        self.ruleID = ruleID
        self.outcome = outcome
        self.impact = impact
        self.message = message
        self.fix = fix
        self.location = location
        self.documentOrder = documentOrder
        self.elementSignature = elementSignature
        self.fingerprint = fingerprint
        self.baselineStatus = baselineStatus
    }
}

/// A passed check that says what it saw (the computed accessible name, a detected toolbar): a finding
/// without `impact` and `fix`, which mean nothing when nothing is wrong (and were a quarter of the notes'
/// bytes in report.json).
public struct Note: Codable, Sendable, Hashable {
    public var ruleID: String
    /// Always `passed`; kept so a note reads like a finding.
    public var outcome: Outcome
    public var message: Localized
    public var location: SourceLocation
    public var documentOrder: Int
    public var elementSignature: String
    public var fingerprint: String

    /// What a passed finding keeps as a note.
    public init(_ finding: Finding) {
        ruleID = finding.ruleID
        outcome = finding.outcome
        message = finding.message
        location = finding.location
        documentOrder = finding.documentOrder
        elementSignature = finding.elementSignature
        fingerprint = finding.fingerprint
    }
}

/// A finding's status against a baseline.
public enum BaselineStatus: String, Codable, Sendable, Hashable {
    /// Not in the baseline: the gates apply to it.
    case new
    /// Already in the baseline: reported, but no gate fails on it.
    case existing
}

/// A rule's result on one page: its combined outcome and how many elements fell in each outcome.
public struct RuleResult: Codable, Sendable, Hashable {
    public var ruleID: String
    public var outcome: Outcome
    public var passed: Int
    public var failed: Int
    public var cantTell: Int
    /// Findings of this rule on the page taken out by suppressions (not in `failed` or `cantTell`);
    /// absent when none.
    public var suppressed: Int?

    public init(ruleID: String, outcome: Outcome, passed: Int, failed: Int, cantTell: Int, suppressed: Int? = nil) {
        self.ruleID = ruleID
        self.outcome = outcome
        self.passed = passed
        self.failed = failed
        self.cantTell = cantTell
        self.suppressed = suppressed
    }
}
