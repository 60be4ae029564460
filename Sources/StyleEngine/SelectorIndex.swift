/// Rule buckets keyed by the subject compound's id, else a class, else its tag (else "universal"), so
/// an element only tests selectors that could match it. Built once per parsed sheet.
struct SelectorIndex: Sendable {
    struct Entry: Sendable {
        let rule: Int32
        let selector: Int32
    }

    private(set) var byID: [String: [Entry]] = [:]
    private(set) var byClass: [String: [Entry]] = [:]
    private(set) var byTag: [String: [Entry]] = [:]
    private(set) var universal: [Entry] = []

    init() {}

    /// - Parameter include: which selectors of which rules to index (all by default); the narrower
    ///   indexes answer one question (visibility, generated content) without testing unrelated rules.
    init(rules: [StyleRule], where include: (StyleRule, ComplexSelector) -> Bool = { _, _ in true }) {
        for (ruleIndex, rule) in rules.enumerated() {
            for (selectorIndex, selector) in rule.selectors.enumerated() where include(rule, selector) {
                let entry = Entry(rule: Int32(ruleIndex), selector: Int32(selectorIndex))
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

    /// Candidate entries for an element with this tag, id and classes.
    func candidates(tag: String, id: String?, classes: [String], into result: inout [Entry]) {
        // Empty buckets are skipped without hashing (narrow indexes are mostly empty).
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

    /// Selectors of the element itself whose rule may set display, visibility or content-visibility.
    static func visibility(_ rules: [StyleRule]) -> SelectorIndex {
        SelectorIndex(rules: rules) { rule, selector in
            selector.pseudoElement == nil && rule.declarations.contains { declaration($0, mayAffect: visibilityProperties) }
        }
    }

    /// Selectors of the element itself whose rule may set overflow.
    static func overflow(_ rules: [StyleRule]) -> SelectorIndex {
        SelectorIndex(rules: rules) { rule, selector in
            selector.pseudoElement == nil && rule.declarations.contains { declaration($0, mayAffect: ["overflow-x", "overflow-y"]) }
        }
    }

    /// `::before`/`::after` selectors whose rule may set `content`.
    static func generatedContent(_ rules: [StyleRule]) -> SelectorIndex {
        SelectorIndex(rules: rules) { rule, selector in
            (selector.pseudoElement == .before || selector.pseudoElement == .after)
                && rule.declarations.contains { declaration($0, mayAffect: ["content"]) }
        }
    }
}
