/// Selectors Level 3 plus `:is/:where/:not/:has`, from tokens. An invalid selector makes its whole
/// list invalid (as in browsers), except inside the forgiving `:is()`/`:where()`.
enum SelectorParser {
    /// Longer selectors and deeper nesting are treated as invalid: bounds the matcher's recursion.
    static let maximumCompounds = 32
    static let maximumDepth = 8

    /// Parses a selector list from text (for rules and tests). Nil when invalid.
    static func parse(_ text: String) -> [ComplexSelector]? {
        let tokens = CSSTokenizer.tokenize(text)
        return parseList(tokens, CSSParser.trimmed(tokens, 0..<tokens.count))
    }

    static func parseList(_ tokens: [CSSToken], _ range: Range<Int>, depth: Int = 0,
                          relative: Bool = false, forgiving: Bool = false) -> [ComplexSelector]? {
        guard depth <= maximumDepth else { return nil }
        var result: [ComplexSelector] = []
        for part in CSSParser.splitCommas(tokens, range) {
            let trimmed = CSSParser.trimmed(tokens, part)
            if let selector = parseComplex(tokens, trimmed, depth: depth, relative: relative) {
                result.append(selector)
            } else if !forgiving {
                return nil
            }
        }
        return result.isEmpty && !forgiving ? nil : result
    }

    private static func parseComplex(_ tokens: [CSSToken], _ range: Range<Int>, depth: Int, relative: Bool) -> ComplexSelector? {
        var index = range.lowerBound
        let end = range.upperBound
        guard index < end else { return nil }
        var compounds: [CompoundSelector] = []
        var combinators: [Combinator] = []
        if relative {
            compounds.append(CompoundSelector(pseudoClasses: [.hasAnchor]))
            if let leading = combinator(tokens[index]) {
                combinators.append(leading)
                index += 1
                while index < end, tokens[index].isWhitespace { index += 1 }
            } else {
                combinators.append(.descendant)
            }
        }
        var pseudoElement: PseudoElement?
        while true {
            guard index < end, pseudoElement == nil, compounds.count < maximumCompounds else { return nil }
            guard let (compound, element, next) = parseCompound(tokens, at: index, end: end, depth: depth) else { return nil }
            compounds.append(compound)
            pseudoElement = element
            index = next
            var sawWhitespace = false
            while index < end, tokens[index].isWhitespace { index += 1; sawWhitespace = true }
            if index >= end { break }
            if let explicit = combinator(tokens[index]) {
                combinators.append(explicit)
                index += 1
                while index < end, tokens[index].isWhitespace { index += 1 }
            } else if sawWhitespace {
                combinators.append(.descendant)
            } else {
                return nil
            }
        }
        return ComplexSelector(compounds: compounds.reversed(), combinators: combinators.reversed(),
                               pseudoElement: pseudoElement, text: CSSSerializer.serialize(tokens[range]))
    }

    private static func combinator(_ token: CSSToken) -> Combinator? {
        switch token {
        case .delim(">"): .child
        case .delim("+"): .nextSibling
        case .delim("~"): .subsequentSibling
        default: nil
        }
    }

    private static func parseCompound(_ tokens: [CSSToken], at start: Int, end: Int, depth: Int)
        -> (CompoundSelector, PseudoElement?, Int)? {
        var compound = CompoundSelector()
        var pseudoElement: PseudoElement?
        var index = start
        var consumed = false
        if case .ident(let name) = tokens[index] {
            compound.tag = name.asciiLowercased
            index += 1; consumed = true
        } else if tokens[index].isDelim("*") {
            index += 1; consumed = true
        }
        if index < end, tokens[index].isDelim("|") { return nil }  // namespaces are not supported
        loop: while index < end {
            switch tokens[index] {
            case .hash(let name, let isID):
                guard isID else { return nil }
                compound.ids.append(name)
                index += 1
            case .delim("."):
                guard index + 1 < end, case .ident(let name) = tokens[index + 1] else { return nil }
                compound.classes.append(name)
                index += 2
            case .openSquare:
                let (contents, next) = CSSParser.blockContents(tokens, open: index, end: end)
                guard let attribute = parseAttribute(tokens, CSSParser.trimmed(tokens, contents)) else { return nil }
                compound.attributes.append(attribute)
                index = next
            case .colon:
                guard index + 1 < end else { return nil }
                if tokens[index + 1] == .colon {
                    guard index + 2 < end else { return nil }
                    switch tokens[index + 2] {
                    case .ident(let name):
                        pseudoElement = pseudoElementNamed(name.asciiLowercased)
                        index += 3
                    case .function(let name):
                        pseudoElement = .other(name.asciiLowercased)
                        index = CSSParser.componentEnd(tokens, from: index + 2, end: end).end
                    default:
                        return nil
                    }
                    continue
                }
                switch tokens[index + 1] {
                case .ident(let name):
                    let lower = name.asciiLowercased
                    if ["before", "after", "first-line", "first-letter"].contains(lower) {
                        pseudoElement = pseudoElementNamed(lower)
                    } else {
                        guard let pseudo = pseudoClass(lower) else { return nil }
                        compound.pseudoClasses.append(pseudo)
                    }
                    index += 2
                case .function(let name):
                    let (contents, next) = CSSParser.blockContents(tokens, open: index + 1, end: end)
                    guard let pseudo = functionalPseudoClass(name.asciiLowercased, tokens, CSSParser.trimmed(tokens, contents), depth: depth)
                    else { return nil }
                    compound.pseudoClasses.append(pseudo)
                    index = next
                default:
                    return nil
                }
            default:
                break loop
            }
            consumed = true
        }
        return consumed || pseudoElement != nil ? (compound, pseudoElement, index) : nil
    }

    private static func pseudoElementNamed(_ name: String) -> PseudoElement {
        switch name {
        case "before": .before
        case "after": .after
        default: .other(name)
        }
    }

    private static func pseudoClass(_ name: String) -> PseudoClass? {
        switch name {
        case "first-child": .firstChild
        case "last-child": .lastChild
        case "only-child": .onlyChild
        case "first-of-type": .firstOfType
        case "last-of-type": .lastOfType
        case "only-of-type": .onlyOfType
        case "root", "scope": .root
        case "empty": .empty
        case "link": .link
        case "any-link", "-webkit-any-link": .anyLink
        case "visited": .visited
        case "checked": .checked
        case "disabled": .disabled
        case "enabled": .enabled
        case "required": .required
        case "optional": .optional
        case "read-only": .readOnly
        case "read-write": .readWrite
        case "placeholder-shown": .placeholderShown
        case "default": .defaultOption
        case "open": .open
        case "hover": .state(.hover)
        case "focus": .state(.focus)
        case "focus-visible": .state(.focusVisible)
        case "focus-within": .state(.focusWithin)
        case "active": .state(.active)
        case "target", "target-within", "invalid", "user-invalid", "fullscreen", "modal", "popover-open", "autofill",
             "-webkit-autofill", "indeterminate", "playing", "paused", "out-of-range", "picture-in-picture", "closed",
             "blank", "current", "past", "future", "local-link":
            .never
        case "defined", "valid", "user-valid", "in-range":
            .always
        default: nil
        }
    }

    private static func functionalPseudoClass(_ name: String, _ tokens: [CSSToken], _ range: Range<Int>, depth: Int) -> PseudoClass? {
        switch name {
        case "not":
            return parseList(tokens, range, depth: depth + 1).map { .not($0) }
        case "is", "matches", "-webkit-any", "-moz-any":
            return parseList(tokens, range, depth: depth + 1, forgiving: true).map { .isAny($0) }
        case "where":
            return parseList(tokens, range, depth: depth + 1, forgiving: true).map { .whereAny($0) }
        case "has":
            guard let list = parseList(tokens, range, depth: depth + 1, relative: true),
                  !list.contains(where: containsHas) else { return nil }
            return .has(list)
        case "nth-child", "nth-last-child":
            let of = CSSParser.firstTopLevel(tokens, in: range) { $0.keyword == "of" }
            guard let pattern = parseNth(tokens, range.lowerBound..<of) else { return nil }
            var list: [ComplexSelector]?
            if of < range.upperBound {
                guard let parsed = parseList(tokens, CSSParser.trimmed(tokens, of + 1..<range.upperBound), depth: depth + 1) else { return nil }
                list = parsed
            }
            return name == "nth-child" ? .nthChild(pattern, of: list) : .nthLastChild(pattern, of: list)
        case "nth-of-type", "nth-last-of-type":
            guard let pattern = parseNth(tokens, range) else { return nil }
            return name == "nth-of-type" ? .nthOfType(pattern) : .nthLastOfType(pattern)
        case "lang":
            var languages: [String] = []
            for part in CSSParser.splitCommas(tokens, range) {
                let trimmed = CSSParser.trimmed(tokens, part)
                guard trimmed.count == 1 else { return nil }
                switch tokens[trimmed.lowerBound] {
                case .ident(let value), .string(let value): languages.append(value.asciiLowercased)
                default: return nil
                }
            }
            return languages.isEmpty ? nil : .lang(languages)
        case "dir":
            guard range.count == 1, let value = tokens[range.lowerBound].keyword else { return nil }
            return value == "ltr" ? .always : .never
        default:
            return nil
        }
    }

    private static func containsHas(_ selector: ComplexSelector) -> Bool {
        selector.compounds.contains { compound in
            compound.pseudoClasses.contains { if case .has = $0 { true } else { false } }
        }
    }

    /// An+B, from the argument's text with white space removed (lenient about spacing).
    static func parseNth(_ tokens: [CSSToken], _ range: Range<Int>) -> NthPattern? {
        let text = CSSSerializer.serialize(tokens[range]).asciiLowercased.filter { !$0.isWhitespace }
        switch text {
        case "odd": return NthPattern(a: 2, b: 1)
        case "even": return NthPattern(a: 2, b: 0)
        default: break
        }
        guard let n = text.firstIndex(of: "n") else { return Int(text).map { NthPattern(a: 0, b: $0) } }
        let aText = text[..<n]
        let a: Int
        switch aText {
        case "", "+": a = 1
        case "-": a = -1
        default:
            guard let value = Int(aText) else { return nil }
            a = value
        }
        let bText = text[text.index(after: n)...]
        if bText.isEmpty { return NthPattern(a: a, b: 0) }
        guard let sign = bText.first, sign == "+" || sign == "-", let b = Int(bText.dropFirst()) else { return nil }
        return NthPattern(a: a, b: sign == "-" ? -b : b)
    }

    private static func parseAttribute(_ tokens: [CSSToken], _ range: Range<Int>) -> AttributeSelector? {
        var index = range.lowerBound
        let end = range.upperBound
        func skip() { while index < end, tokens[index].isWhitespace { index += 1 } }
        guard index < end, case .ident(let rawName) = tokens[index] else { return nil }
        index += 1
        skip()
        if index >= end { return AttributeSelector(name: rawName.asciiLowercased, operation: .exists, value: "") }
        let operation: AttributeOperator
        if tokens[index].isDelim("=") {
            operation = .equals
            index += 1
        } else {
            guard index + 1 < end, tokens[index + 1].isDelim("="), case .delim(let symbol) = tokens[index] else { return nil }
            switch symbol {
            case "~": operation = .includes
            case "|": operation = .dashMatch
            case "^": operation = .prefix
            case "$": operation = .suffix
            case "*": operation = .substring
            default: return nil
            }
            index += 2
        }
        skip()
        guard index < end else { return nil }
        let value: String
        switch tokens[index] {
        case .ident(let text), .string(let text): value = text
        default: return nil
        }
        index += 1
        skip()
        var caseInsensitive: Bool?
        if index < end {
            switch tokens[index].keyword {
            case "i": caseInsensitive = true
            case "s": caseInsensitive = false
            default: return nil
            }
            index += 1
            skip()
        }
        guard index == end else { return nil }
        return AttributeSelector(name: rawName.asciiLowercased, operation: operation, value: value, caseInsensitive: caseInsensitive)
    }
}
