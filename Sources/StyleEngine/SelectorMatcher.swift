import HTMLDOM

/// Per-page lookups the matcher repeats: class lists and element-sibling positions.
final class DOMCache {
    let document: HTMLDocument
    /// Interned names of the attributes every element is asked about (nil: not on this page).
    let idName: Int32?
    let className: Int32?
    let styleName: Int32?
    let ariaHiddenName: Int32?
    let inertName: Int32?
    private var classLists: NodeSlots<[String]>
    private var siblingLists: [Int: [Element]] = [:]
    private var positions: [Int: Int] = [:]

    init(document: HTMLDocument) {
        self.document = document
        idName = document.nameID("id")
        className = document.nameID("class")
        styleName = document.nameID("style")
        ariaHiddenName = document.nameID("aria-hidden")
        inertName = document.nameID("inert")
        classLists = NodeSlots(count: document.nodeCount)
    }

    /// Frees the per-node tables (see `PageStyles.dropTables`).
    func drop() {
        classLists = NodeSlots(count: 0)
        siblingLists = [:]
        positions = [:]
    }

    func id(_ element: Element) -> String? { idName.flatMap { element.attribute(nameID: $0) } }
    func style(_ element: Element) -> String? { styleName.flatMap { element.attribute(nameID: $0) } }
    func ariaHidden(_ element: Element) -> String? { ariaHiddenName.flatMap { element.attribute(nameID: $0) } }
    func isInert(_ element: Element) -> Bool { inertName.flatMap { element.attribute(nameID: $0) } != nil }

    /// Class names, case-sensitive (standards mode), duplicates removed.
    func classes(_ element: Element) -> [String] {
        guard let className, let value = element.attribute(nameID: className) else { return [] }
        if let known = classLists[element.documentOrder] { return known }
        var names: [String] = []
        for name in value.split(whereSeparator: { $0.isHTMLWhitespace }) {
            let name = String(name)
            if !names.contains(name) { names.append(name) }
        }
        classLists[element.documentOrder] = names
        return names
    }

    /// The element siblings of `element` (itself included) and its 0-based position among them.
    func siblings(_ element: Element) -> (list: [Element], position: Int) {
        let key = element.parent?.documentOrder ?? -1
        if siblingLists[key] == nil {
            let list = element.parent?.children ?? document.elements.filter { $0.parent == nil }
            siblingLists[key] = list
            for (position, sibling) in list.enumerated() { positions[sibling.documentOrder] = position }
        }
        return (siblingLists[key]!, positions[element.documentOrder] ?? 0)
    }

    func previousSibling(_ element: Element) -> Element? {
        let (list, position) = siblings(element)
        return position > 0 ? list[position - 1] : nil
    }
}

/// Right-to-left matching. Failures say where to resume, so descendant and sibling combinators never
/// backtrack into work that cannot succeed (a long ancestor chain stays linear).
struct SelectorMatcher {
    let dom: DOMCache
    /// The element a `:has()` argument is relative to.
    var anchor: Element?

    private enum Outcome { case matched, restartFromLaterSibling, restartFromDescendant, failedGlobally }

    init(dom: DOMCache) { self.dom = dom }

    func matches(_ selector: ComplexSelector, _ element: Element, state: ElementState, filter: AncestorFilter? = nil) -> Bool {
        if let filter {
            for key in selector.ancestorKeys where !filter.mightContain(key) { return false }
        }
        return match(selector, 0, element, state, ancestorState: state.forAncestors) == .matched
    }

    private func match(_ selector: ComplexSelector, _ position: Int, _ element: Element,
                       _ state: ElementState, ancestorState: ElementState) -> Outcome {
        guard matchesCompound(selector.compounds[position], element, state) else { return .restartFromLaterSibling }
        if position == selector.compounds.count - 1 { return .matched }
        let combinator = selector.combinators[position]
        let isSibling = combinator == .nextSibling || combinator == .subsequentSibling
        var next = isSibling ? dom.previousSibling(element) : element.parent
        while let candidate = next {
            let outcome = match(selector, position + 1, candidate, isSibling ? [] : ancestorState, ancestorState: ancestorState)
            switch (outcome, combinator) {
            case (.matched, _), (.failedGlobally, _), (_, .nextSibling): return outcome
            case (_, .child): return .restartFromDescendant
            case (.restartFromDescendant, .subsequentSibling): return outcome
            default: break
            }
            next = isSibling ? dom.previousSibling(candidate) : candidate.parent
        }
        return isSibling ? .restartFromDescendant : .failedGlobally
    }

    private func matchesAny(_ list: [ComplexSelector], _ element: Element, _ state: ElementState) -> Bool {
        list.contains { match($0, 0, element, state, ancestorState: state.forAncestors) == .matched }
    }

    private func matchesCompound(_ compound: CompoundSelector, _ element: Element, _ state: ElementState) -> Bool {
        if let tag = compound.tag, element.name != tag { return false }
        if !compound.ids.isEmpty {
            guard let id = dom.id(element), compound.ids.allSatisfy({ $0 == id }) else { return false }
        }
        if !compound.classes.isEmpty {
            let classes = dom.classes(element)
            guard compound.classes.allSatisfy(classes.contains) else { return false }
        }
        for attribute in compound.attributes where !Self.matches(attribute, element) { return false }
        for pseudo in compound.pseudoClasses where !matches(pseudo, element, state) { return false }
        return true
    }

    // MARK: Attributes

    /// Attributes whose values HTML compares ASCII case-insensitively in selectors.
    private static let caseInsensitiveAttributes: Set<String> = [
        "accept", "accept-charset", "align", "alink", "axis", "bgcolor", "charset", "checked", "clear", "codetype",
        "color", "compact", "declare", "defer", "dir", "direction", "disabled", "enctype", "face", "frame",
        "hreflang", "http-equiv", "lang", "language", "link", "media", "method", "multiple", "nohref", "noresize",
        "noshade", "nowrap", "readonly", "rel", "rev", "rules", "scope", "scrolling", "selected", "shape", "target",
        "text", "type", "valign", "valuetype", "vlink",
    ]

    static func matches(_ selector: AttributeSelector, _ element: Element) -> Bool {
        guard var actual = element.attribute(selector.name) else { return false }
        if selector.operation == .exists { return true }
        var expected = selector.value
        if selector.caseInsensitive ?? caseInsensitiveAttributes.contains(selector.name) {
            actual = actual.asciiLowercased
            expected = expected.asciiLowercased
        }
        switch selector.operation {
        case .exists: return true
        case .equals: return actual == expected
        case .includes:
            guard !expected.isEmpty, !expected.contains(where: { $0.isHTMLWhitespace }) else { return false }
            return actual.split(whereSeparator: { $0.isHTMLWhitespace }).contains { $0 == expected }
        case .dashMatch: return actual == expected || actual.hasPrefix(expected + "-")
        case .prefix: return !expected.isEmpty && actual.hasPrefix(expected)
        case .suffix: return !expected.isEmpty && actual.hasSuffix(expected)
        case .substring: return !expected.isEmpty && actual.contains(expected)
        }
    }

    // MARK: Pseudo-classes

    private static let formControls: Set<String> = ["button", "input", "select", "textarea", "optgroup", "option", "fieldset"]
    private static let textInputTypes: Set<String> = [
        "", "text", "search", "url", "tel", "email", "password", "date", "month", "week", "time", "datetime-local", "number",
    ]

    private func matches(_ pseudo: PseudoClass, _ element: Element, _ state: ElementState) -> Bool {
        switch pseudo {
        case .firstChild: return dom.siblings(element).position == 0
        case .lastChild:
            let (list, position) = dom.siblings(element)
            return position == list.count - 1
        case .onlyChild: return dom.siblings(element).list.count == 1
        case .firstOfType: return typePosition(element, fromEnd: false) == 1
        case .lastOfType: return typePosition(element, fromEnd: true) == 1
        case .onlyOfType: return typePosition(element, fromEnd: false) == 1 && typePosition(element, fromEnd: true) == 1
        case .nthChild(let pattern, let filter): return pattern.matches(childPosition(element, fromEnd: false, filter: filter))
        case .nthLastChild(let pattern, let filter): return pattern.matches(childPosition(element, fromEnd: true, filter: filter))
        case .nthOfType(let pattern): return pattern.matches(typePosition(element, fromEnd: false))
        case .nthLastOfType(let pattern): return pattern.matches(typePosition(element, fromEnd: true))
        case .not(let list): return !matchesAny(list, element, state)
        case .isAny(let list), .whereAny(let list): return matchesAny(list, element, state)
        case .has(let list): return hasRelative(list, element)
        case .root: return element.parent == nil
        case .empty:
            return element.childNodes.allSatisfy { $0.kind == .comment || ($0.kind == .text && $0.text.isEmpty) }
        case .link: return isLink(element) && !state.contains(.visited)
        case .visited: return isLink(element) && state.contains(.visited)
        case .anyLink: return isLink(element)
        case .checked, .defaultOption:
            switch element.name {
            case "input":
                let type = element.attribute("type")?.asciiLowercased
                return (type == "checkbox" || type == "radio") && element.hasAttribute("checked")
            case "option": return element.hasAttribute("selected")
            default: return false
            }
        case .disabled: return isDisabled(element)
        case .enabled: return Self.formControls.contains(element.name) && !isDisabled(element)
        case .lang(let languages): return matchesLanguage(element, languages)
        case .required: return ["input", "select", "textarea"].contains(element.name) && element.hasAttribute("required")
        case .optional: return ["input", "select", "textarea"].contains(element.name) && !element.hasAttribute("required")
        case .readWrite: return isReadWrite(element)
        case .readOnly: return !isReadWrite(element)
        case .placeholderShown:
            return (element.name == "input" || element.name == "textarea") && element.hasAttribute("placeholder")
                && (element.attribute("value") ?? "").isEmpty && (element.name != "textarea" || element.textContent.isEmpty)
        case .open: return (element.name == "details" || element.name == "dialog") && element.hasAttribute("open")
        case .state(let required):
            // A focused element also matches :focus-within.
            var effective = state
            if state.contains(.focus) { effective.insert(.focusWithin) }
            return effective.isSuperset(of: required)
        case .never: return false
        case .always: return true
        case .hasAnchor: return anchor == element
        }
    }

    private func isLink(_ element: Element) -> Bool {
        (element.name == "a" || element.name == "area" || element.name == "link") && element.hasAttribute("href")
    }

    private func isDisabled(_ element: Element) -> Bool {
        guard Self.formControls.contains(element.name) else { return false }
        if element.hasAttribute("disabled") { return true }
        if element.name == "option", let group = element.parent, group.name == "optgroup", group.hasAttribute("disabled") { return true }
        // Inside a disabled fieldset, except within its first legend.
        var current = element.parent
        var child = element
        while let ancestor = current {
            if ancestor.name == "fieldset", ancestor.hasAttribute("disabled") {
                let firstLegend = ancestor.children.first { $0.name == "legend" }
                return !(firstLegend == child)
            }
            child = ancestor
            current = ancestor.parent
        }
        return false
    }

    private func isReadWrite(_ element: Element) -> Bool {
        switch element.name {
        case "input":
            let type = element.attribute("type")?.asciiLowercased ?? ""
            return Self.textInputTypes.contains(type) && !element.hasAttribute("readonly") && !isDisabled(element)
        case "textarea": return !element.hasAttribute("readonly") && !isDisabled(element)
        default:
            var current: Element? = element
            while let node = current {
                if let editable = node.attribute("contenteditable")?.asciiLowercased {
                    return editable != "false"
                }
                current = node.parent
            }
            return false
        }
    }

    private func matchesLanguage(_ element: Element, _ languages: [String]) -> Bool {
        var current: Element? = element
        while let node = current {
            if let value = node.attribute("lang") ?? node.attribute("xml:lang") {
                let language = value.asciiLowercased
                return languages.contains { language == $0 || language.hasPrefix($0 + "-") }
            }
            current = node.parent
        }
        return false
    }

    /// 1-based position among siblings (optionally only those matching `filter`).
    private func childPosition(_ element: Element, fromEnd: Bool, filter: [ComplexSelector]?) -> Int {
        let (list, position) = dom.siblings(element)
        guard let filter else { return fromEnd ? list.count - position : position + 1 }
        guard matchesAny(filter, element, []) else { return 0 }
        let range = fromEnd ? Array(list[position...]) : Array(list[...position])
        return range.filter { matchesAny(filter, $0, []) }.count
    }

    private func typePosition(_ element: Element, fromEnd: Bool) -> Int {
        let (list, position) = dom.siblings(element)
        let name = element.name
        let range = fromEnd ? list[position...] : list[...position]
        return range.reduce(0) { $0 + ($1.name == name ? 1 : 0) }
    }

    /// `:has()`: tries the relative selectors against descendants (or following siblings and their
    /// subtrees). Linear in the subtree; `:has` cannot nest, so this never compounds.
    private func hasRelative(_ list: [ComplexSelector], _ element: Element) -> Bool {
        var relative = self
        relative.anchor = element
        for selector in list {
            // The combinator next to the anchor (the leftmost) decides where candidates live.
            let siblingRelative = selector.combinators.last == .nextSibling || selector.combinators.last == .subsequentSibling
            var candidates: [Element]
            if siblingRelative {
                let (siblings, position) = dom.siblings(element)
                candidates = []
                for sibling in siblings[(position + 1)...] {
                    candidates.append(sibling)
                    candidates += sibling.descendants
                }
            } else {
                candidates = element.descendants
            }
            if candidates.contains(where: { relative.match(selector, 0, $0, [], ancestorState: []) == .matched }) { return true }
        }
        return false
    }
}
