/// A rule's metadata as reports show it (no examples, no code): the bridge that lets reporters describe
/// rules without importing the rule catalogue.
public struct RuleSummary: Codable, Sendable, Hashable {
    public var id: String
    public var title: Localized
    public var rationale: Localized
    public var fix: Localized
    public var impact: Impact
    public var wcag: [String]
    public var act: [String]
    public var references: [String]
    public var informational: Bool

    public init(_ description: RuleDescription) {
        id = description.id
        title = description.title
        rationale = description.rationale
        fix = description.fix
        impact = description.impact
        wcag = description.wcag
        act = description.act
        references = description.references
        informational = description.informational
    }
}
