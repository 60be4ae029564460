/// Rule buckets keyed by the subject compound's id, else a class, else its tag (else "universal"), so
/// an element only tests selectors that could match it. Built once per parsed sheet.
struct SelectorIndex: Sendable {
    /// A selector of a rule, with what matching asks of its rule, so the matcher never copies the rule.
    struct Entry: Sendable {
        let rule: Int32
        let selector: ComplexSelector
        /// The rule's `@media` context (-1: none) and what its declarations may change.
        let media: Int32
        let effects: RuleEffects
    }

    private(set) var byID: [String: [Entry]] = [:]
    private(set) var byClass: [String: [Entry]] = [:]
    private(set) var byTag: [String: [Entry]] = [:]
    private(set) var universal: [Entry] = []

    init() {}

    init(rules: [StyleRule], effects: [RuleEffects], where include: (ComplexSelector) -> Bool) {
        for (ruleIndex, rule) in rules.enumerated() {
            for selector in rule.selectors where include(selector) {
                let entry = Entry(rule: Int32(ruleIndex), selector: selector, media: rule.media, effects: effects[ruleIndex])
                let subject = selector.compounds[0]
                if let id = subject.ids.first {
                    byID[id, default: []].append(entry)
                } else if let name = subject.classes.first {
                    byClass[name, default: []].append(entry)
                } else if let tag = subject.tag {
                    byTag[tag, default: []].append(entry)
                } else {
                    universal.append(entry)
                }
            }
        }
    }

    var isEmpty: Bool { byID.isEmpty && byClass.isEmpty && byTag.isEmpty && universal.isEmpty }

    /// Whether candidates depend on the element's id or classes.
    var readsIDOrClass: Bool { !byID.isEmpty || !byClass.isEmpty }

    /// Candidate entries for an element with this tag, id and classes.
    func candidates(tag: String, id: String?, classes: [String], into result: inout [Entry]) {
        // Empty buckets are skipped without hashing (many sheets have no id rules, a small one no class rules).
        if let id, !byID.isEmpty, let entries = byID[id] { result += entries }
        if !byClass.isEmpty { for name in classes { if let entries = byClass[name] { result += entries } } }
        if !byTag.isEmpty, let entries = byTag[tag] { result += entries }
        if !universal.isEmpty { result += universal }
    }
}

extension SelectorIndex {
    /// The longhands that decide whether an element is rendered.
    static let visibilityProperties: Set<String> = ["display", "visibility", "content-visibility"]

    /// Whether `declaration` may set one of `properties` (a `var()` shorthand that covers one counts).
    static func declaration(_ declaration: Declaration, mayAffect properties: Set<String>) -> Bool {
        if properties.contains(declaration.property) { return true }
        guard case .pending = declaration.value, !declaration.isCustom else { return false }
        return Shorthands.longhands(of: declaration.property).contains(where: properties.contains)
    }
}

/// What a rule's declarations may change, for the questions that need no full style: whether an element
/// is rendered, may overflow, or generates content. A `var()` shorthand counts for every longhand it covers.
struct RuleEffects: OptionSet, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// display, visibility or content-visibility.
    static let visibility = RuleEffects(rawValue: 1)
    static let overflow = RuleEffects(rawValue: 2)
    static let content = RuleEffects(rawValue: 4)

    init(_ rule: StyleRule) {
        self.init()
        for declaration in rule.declarations {
            if SelectorIndex.declaration(declaration, mayAffect: SelectorIndex.visibilityProperties) { insert(.visibility) }
            if SelectorIndex.declaration(declaration, mayAffect: ["overflow-x", "overflow-y"]) { insert(.overflow) }
            if SelectorIndex.declaration(declaration, mayAffect: ["content"]) { insert(.content) }
        }
    }
}
