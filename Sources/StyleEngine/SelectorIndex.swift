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

    init(rules: [StyleRule]) {
        for (ruleIndex, rule) in rules.enumerated() {
            for (selectorIndex, selector) in rule.selectors.enumerated() {
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

    /// Candidate entries for an element with this tag, id and classes.
    func candidates(tag: String, id: String?, classes: [String], into result: inout [Entry]) {
        if let id, let entries = byID[id] { result += entries }
        for name in classes { if let entries = byClass[name] { result += entries } }
        if let entries = byTag[tag] { result += entries }
        result += universal
    }
}
