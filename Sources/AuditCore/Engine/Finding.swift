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
}

/// A rule's result on one page: its combined outcome and how many elements fell in each outcome.
public struct RuleResult: Codable, Sendable, Hashable {
    public var ruleID: String
    public var outcome: Outcome
    public var passed: Int
    public var failed: Int
    public var cantTell: Int
}
