/// Everything a rule says about itself: identity, texts in both languages, standards, and the examples
/// that are at once its documentation and its tests.
public struct RuleDescription: Sendable {
    /// kebab-case; axe-core's id where the meaning is the same, so users can migrate.
    public var id: String
    public var title: Localized
    /// Why it matters, for the people the rule protects.
    public var rationale: Localized
    /// How to fix a failure.
    public var fix: Localized
    public var impact: Impact
    /// WCAG 2.x success criteria, e.g. "1.1.1".
    public var wcag: [String]
    /// W3C ACT rule ids this rule implements.
    public var act: [String]
    /// Items of the Chinese specs this rule evidences, e.g. "SLH-04", "W03" (see STANDARDS-CN §7).
    public var references: [String]
    /// Informational rules report what they see and never fail (e.g. a detected accessibility toolbar).
    public var informational: Bool
    /// A best practice (axe-core's `best-practice` tag), not a requirement of a WCAG success criterion: such
    /// rules list no WCAG criteria of their own and map to a checklist item only where its text truly covers them.
    public var bestPractice: Bool
    public var passingExamples: [RuleExample]
    public var failingExamples: [RuleExample]
    /// Examples that must end in cantTell (or inapplicable) and never in a failure.
    public var cantTellExamples: [RuleExample]
    /// Thresholds a checklist or `wza.yml` may set (`ruleOptions`), with their defaults.
    public var options: [RuleOption]

    public init(
        id: String, title: Localized, rationale: Localized, fix: Localized, impact: Impact,
        wcag: [String] = [], act: [String] = [], references: [String] = [], informational: Bool = false,
        bestPractice: Bool = false, passing: [RuleExample], failing: [RuleExample], cantTell: [RuleExample] = [],
        options: [RuleOption] = []
    ) {
        self.id = id
        self.title = title
        self.rationale = rationale
        self.fix = fix
        self.impact = impact
        self.wcag = wcag
        self.act = act
        self.references = references
        self.informational = informational
        self.bestPractice = bestPractice
        self.passingExamples = passing
        self.failingExamples = failing
        self.cantTellExamples = cantTell
        self.options = options
    }
}

/// An HTML example. In failing examples, `↓` stands right before the `<` of each element that must
/// fail; the marker is removed before parsing. Page context (a home page, an elder page) can be set.
public struct RuleExample: Sendable {
    public var html: String
    public var page: PageTraits
    /// Option values of the rule for this example (e.g. the MIIT large-text variant), by key.
    public var options: [String: RuleOptionValue]
    public var fileID: String
    public var line: Int

    public init(_ html: String, page: PageTraits = PageTraits(), options: [String: RuleOptionValue] = [:],
                fileID: String = #fileID, line: Int = #line) {
        self.html = html
        self.page = page
        self.options = options
        self.fileID = fileID
        self.line = line
    }

    public static let marker: Character = "↓"

    /// The example without markers, as parsed.
    public var unmarkedHTML: String { html.filter { $0 != Self.marker } }
}
