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
    /// A best practice (axe-core's `best-practice` tag), not a requirement of a WCAG success criterion.
    public var bestPractice: Bool
    /// The rule's options as this run used them, with where each value came from; absent for rules without options.
    public var options: [OptionInEffect]?

    public struct OptionInEffect: Codable, Sendable, Hashable {
        public var key: String
        public var value: RuleOptionValue
        /// `default`, `wza.yml` or the id of the checklist that set it.
        public var source: String
    }

    public init(_ description: RuleDescription, options: RuleOptions = .defaults) {
        id = description.id
        title = description.title
        rationale = description.rationale
        fix = description.fix
        impact = description.impact
        wcag = description.wcag
        act = description.act
        references = description.references
        informational = description.informational
        bestPractice = description.bestPractice
        self.options = description.options.isEmpty ? nil : description.options.map { option in
            OptionInEffect(key: option.key, value: options.value(option),
                           source: options.sources[option.rule]?[option.key] ?? "default")
        }
    }
}
