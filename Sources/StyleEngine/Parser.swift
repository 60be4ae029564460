import Synchronization

/// One declaration after shorthand expansion: a longhand (or a shorthand whose value waits for `var()`).
public struct Declaration: Sendable {
    /// Lower-cased property name; custom properties (`--x`) keep their case.
    public let property: String
    /// The value as written, white space trimmed, without `!important`.
    public let tokens: [CSSToken]
    public let important: Bool
    let value: CSSValue

    public var valueText: String { CSSSerializer.serialize(tokens) }
    var isCustom: Bool { property.hasPrefix("--") }
}

/// A style rule with its selectors, declarations and the `@media` blocks around it.
public struct StyleRule: Sendable {
    public let selectors: [ComplexSelector]
    public let declarations: [Declaration]
    /// 1-based line of the rule's prelude in its sheet.
    public let line: Int
    /// Index into `StyleSheet.mediaContexts`; -1 when no `@media` encloses the rule.
    let media: Int32
}

/// `@import url media;` — resolved by the page (the sheet itself never loads anything).
public struct ImportRule: Sendable {
    public let url: String
    public let media: MediaQueryList?
    public let line: Int
}

/// A parsed style sheet: a flat, `Sendable` value, independent of page and viewport, so one parse can
/// be shared by every page of a run (see `StyleSheetCache`).
public struct StyleSheet: Sendable {
    public internal(set) var rules: [StyleRule] = []
    public internal(set) var imports: [ImportRule] = []
    /// Style rules dropped because no selector in their list was valid (browsers drop them too).
    public internal(set) var invalidSelectorCount = 0
    /// Each context is the chain of `@media` lists around a block; all must match.
    var mediaContexts: [[MediaQueryList]] = []
    /// Selectors whose match follows from the element's ancestor chain (`SelectorReads`), and the rest.
    var index = SelectorIndex()
    var structuralIndex = SelectorIndex()
    /// The structural selectors, for a page to tell whether any can match it at all.
    var structuralSelectors: [ComplexSelector] = []
    /// What the chain-only selectors read of attributes: the attributes an element signature must include.
    var signatureReads = SelectorReads()
    /// What each rule may change that a narrow question asks about (see `RuleEffects`), by rule index.
    var effects: [RuleEffects] = []
    /// Some `::before`/`::after` rule may set `content`; some rule may set overflow.
    var hasGeneratedContentRules = false
    var hasOverflowRules = false
    /// Every dynamic state any selector names (`:focus`, `:hover`, `:focus-within`…).
    var usedStates = ElementState()
    /// Unique to this parse in the process: copies of one parsed sheet share it, so a page's list of
    /// sheets can be named across pages (see `StyleShareTable`).
    private(set) var serial = 0

    private static let serials = Atomic<Int>(0)

    public init(parsing text: String) {
        var parser = CSSParser(text: text)
        parser.parseStyleSheet()
        self = parser.sheet
        serial = Self.serials.add(1, ordering: .relaxed).newValue
        effects = rules.map(RuleEffects.init)
        index = SelectorIndex(rules: rules, effects: effects) { !$0.reads.dependsOnStructure }
        structuralIndex = SelectorIndex(rules: rules, effects: effects) { $0.reads.dependsOnStructure }
        for rule in rules {
            for selector in rule.selectors {
                if selector.reads.dependsOnStructure { structuralSelectors.append(selector) } else { signatureReads.formUnion(selector.reads) }
            }
        }
        hasGeneratedContentRules = zip(rules, effects).contains { rule, effects in
            effects.contains(.content) && rule.selectors.contains { $0.pseudoElement == .before || $0.pseudoElement == .after }
        }
        hasOverflowRules = zip(rules, effects).contains { rule, effects in
            effects.contains(.overflow) && rule.selectors.contains { $0.pseudoElement == nil }
        }
        usedStates = rules.reduce(ElementState()) { states, rule in rule.selectors.reduce(states) { $0.union($1.states) } }
    }

    init() {}

    /// Whether the `@media` context of rule `ruleIndex` matches the viewport.
    func mediaMatches(_ context: Int32, viewport: Viewport) -> Bool {
        guard context >= 0 else { return true }
        return mediaContexts[Int(context)].allSatisfy { $0.matches(viewport) }
    }
}

/// CSS Syntax Level 3 parsing over a flat token array. Blocks are found by skipping balanced component
/// values with an explicit stack; unclosed blocks end at end of input, as the spec says.
struct CSSParser {
    let tokens: [CSSToken]
    let lines: [Int32]
    var sheet = StyleSheet()
    private var rulesSeen = false
    /// Nested at-rules deeper than this are skipped (their content is ignored, never a crash).
    static let maximumNesting = 32

    init(text: String) {
        (tokens, lines) = CSSTokenizer.tokenizeWithLines(text)
    }

    init(tokens: [CSSToken]) {
        self.tokens = tokens
        self.lines = Array(repeating: 1, count: tokens.count)
    }

    // MARK: Component values

    /// Index just past the component value starting at `start`; `closed` is false when input ended first.
    static func componentEnd(_ tokens: [CSSToken], from start: Int, end: Int) -> (end: Int, closed: Bool) {
        guard let first = tokens[start].closer else { return (start + 1, true) }
        var expected: [CSSToken] = [first]
        var index = start + 1
        while index < end {
            let token = tokens[index]
            if token == expected[expected.count - 1] {
                expected.removeLast()
                if expected.isEmpty { return (index + 1, true) }
            } else if let closer = token.closer {
                expected.append(closer)
            }
            index += 1
        }
        return (end, false)
    }

    /// First index in `range` of a top-level token satisfying `stop`, or `range.upperBound`.
    static func firstTopLevel(_ tokens: [CSSToken], in range: Range<Int>, where stop: (CSSToken) -> Bool) -> Int {
        var index = range.lowerBound
        while index < range.upperBound {
            if stop(tokens[index]) { return index }
            index = componentEnd(tokens, from: index, end: range.upperBound).end
        }
        return range.upperBound
    }

    /// Splits a range at top-level commas.
    static func splitCommas(_ tokens: [CSSToken], _ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        while true {
            let comma = firstTopLevel(tokens, in: start..<range.upperBound) { $0 == .comma }
            parts.append(start..<comma)
            if comma >= range.upperBound { break }
            start = comma + 1
        }
        return parts
    }

    static func trimmed(_ tokens: [CSSToken], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, tokens[lower].isWhitespace { lower += 1 }
        while upper > lower, tokens[upper - 1].isWhitespace { upper -= 1 }
        return lower..<upper
    }

    /// The inside of the block that opens at `open`, and the index after the block.
    static func blockContents(_ tokens: [CSSToken], open: Int, end: Int) -> (contents: Range<Int>, next: Int) {
        guard tokens[open].closer != nil else { return (open + 1..<open + 1, open + 1) }
        let (blockEnd, closed) = componentEnd(tokens, from: open, end: end)
        return (open + 1..<(closed ? blockEnd - 1 : blockEnd), blockEnd)
    }

    // MARK: Style sheets

    mutating func parseStyleSheet() {
        parseRules(0..<tokens.count, media: -1, chain: [], depth: 0, topLevel: true)
    }

    private mutating func parseRules(_ range: Range<Int>, media: Int32, chain: [MediaQueryList], depth: Int, topLevel: Bool) {
        var index = range.lowerBound
        while index < range.upperBound {
            switch tokens[index] {
            case .whitespace, .semicolon: index += 1
            case .cdo where topLevel, .cdc where topLevel: index += 1
            case .atKeyword(let name):
                index = parseAtRule(name.asciiLowercased, at: index, end: range.upperBound, media: media, chain: chain, depth: depth)
            default:
                index = parseQualifiedRule(at: index, end: range.upperBound, media: media)
            }
        }
    }

    private mutating func parseQualifiedRule(at start: Int, end: Int, media: Int32) -> Int {
        let open = Self.firstTopLevel(tokens, in: start..<end) { $0 == .openCurly }
        guard open < end else { return end }  // EOF in the prelude: the rule is dropped
        let (contents, next) = Self.blockContents(tokens, open: open, end: end)
        rulesSeen = true
        let prelude = Self.trimmed(tokens, start..<open)
        guard let selectors = SelectorParser.parseList(tokens, prelude) else {
            sheet.invalidSelectorCount += 1
            return next
        }
        let declarations = Self.parseDeclarations(tokens, contents)
        sheet.rules.append(StyleRule(selectors: selectors, declarations: declarations, line: Int(lines[start]), media: media))
        return next
    }

    private mutating func parseAtRule(_ name: String, at start: Int, end: Int, media: Int32, chain: [MediaQueryList], depth: Int) -> Int {
        let stop = Self.firstTopLevel(tokens, in: start + 1..<end) { $0 == .semicolon || $0 == .openCurly }
        let prelude = Self.trimmed(tokens, start + 1..<stop)
        guard stop < end, tokens[stop] == .openCurly else {
            // Statement at-rule (or EOF). Only @import matters; it is valid before any style rule.
            if name == "import", !rulesSeen, chain.isEmpty { parseImport(prelude, line: Int(lines[start])) }
            return min(stop + 1, end)
        }
        let (contents, next) = Self.blockContents(tokens, open: stop, end: end)
        guard depth < Self.maximumNesting else { return next }
        switch name {
        case "media":
            let list = MediaQueryList(tokens: tokens, range: prelude)
            let newChain = chain + [list]
            sheet.mediaContexts.append(newChain)
            parseRules(contents, media: Int32(sheet.mediaContexts.count - 1), chain: newChain, depth: depth + 1, topLevel: false)
        case "supports":
            if SupportsCondition.evaluate(tokens, prelude) {
                parseRules(contents, media: media, chain: chain, depth: depth + 1, topLevel: false)
            }
        case "layer":
            // Layer order is not modelled: layered rules join the author origin in source order.
            parseRules(contents, media: media, chain: chain, depth: depth + 1, topLevel: false)
        default:
            break  // @font-face, @keyframes, @page, @container, unknown: skipped as a whole
        }
        rulesSeen = true
        return next
    }

    private mutating func parseImport(_ prelude: Range<Int>, line: Int) {
        guard !prelude.isEmpty else { return }
        var index = prelude.lowerBound
        let url: String
        switch tokens[index] {
        case .string(let value), .url(let value):
            url = value
            index += 1
        case .function(let name) where name.asciiLowercased == "url":
            let (contents, next) = Self.blockContents(tokens, open: index, end: prelude.upperBound)
            guard let argument = contents.first(where: { !tokens[$0].isWhitespace }),
                  case .string(let value) = tokens[argument] else { return }
            url = value
            index = next
        default:
            return
        }
        // Skip `layer`, `layer(…)` and `supports(…)` before the media list.
        var mediaStart = index
        while mediaStart < prelude.upperBound {
            let token = tokens[mediaStart]
            if token.isWhitespace || token.keyword == "layer" { mediaStart += 1; continue }
            if case .function(let name) = token, ["layer", "supports"].contains(name.asciiLowercased) {
                mediaStart = Self.componentEnd(tokens, from: mediaStart, end: prelude.upperBound).end
                continue
            }
            break
        }
        let mediaRange = Self.trimmed(tokens, mediaStart..<prelude.upperBound)
        let media = mediaRange.isEmpty ? nil : MediaQueryList(tokens: tokens, range: mediaRange)
        sheet.imports.append(ImportRule(url: url, media: media, line: line))
    }

    // MARK: Declarations

    /// Parses a declaration list (a rule's block or a `style` attribute), expanding shorthands and
    /// dropping declarations whose value is invalid for a property wza models.
    static func parseDeclarations(_ tokens: [CSSToken], _ range: Range<Int>) -> [Declaration] {
        var result: [Declaration] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let token = tokens[index]
            switch token {
            case .whitespace, .semicolon:
                index += 1
            case .atKeyword:
                // Nested at-rules inside a declaration list are skipped as a whole.
                let stop = firstTopLevel(tokens, in: index..<end) { $0 == .semicolon || $0 == .openCurly }
                index = stop < end && tokens[stop] == .openCurly ? componentEnd(tokens, from: stop, end: end).end : stop + 1
            case .ident(let name):
                let stop = firstTopLevel(tokens, in: index..<end) { $0 == .semicolon || $0 == .openCurly }
                if stop < end, tokens[stop] == .openCurly {
                    // A nested rule (CSS Nesting) such as `span { … }`: not modelled, skipped whole.
                    index = componentEnd(tokens, from: stop, end: end).end
                    continue
                }
                defer { index = stop + 1 }
                var colon = index + 1
                while colon < stop, tokens[colon].isWhitespace { colon += 1 }
                guard colon < stop, tokens[colon] == .colon else { continue }
                let property = name.hasPrefix("--") ? name : name.asciiLowercased
                var value = trimmed(tokens, colon + 1..<stop)
                let important = importantSuffix(tokens, &value)
                let valueTokens = Array(tokens[value])
                if valueTokens.isEmpty, !property.hasPrefix("--") { continue }
                result.append(contentsOf: PropertyTable.declarations(property, valueTokens, important: important))
            default:
                // Anything else starts a nested rule or junk: skip to the end of its block or to `;`.
                let stop = firstTopLevel(tokens, in: index..<end) { $0 == .semicolon || $0 == .openCurly }
                index = stop < end && tokens[stop] == .openCurly ? componentEnd(tokens, from: stop, end: end).end : stop + 1
            }
        }
        return result
    }

    /// Removes a trailing `! important` (any spacing, any case) and reports whether it was there.
    static func importantSuffix(_ tokens: [CSSToken], _ value: inout Range<Int>) -> Bool {
        var last = value.upperBound - 1
        guard last >= value.lowerBound, tokens[last].keyword == "important" else { return false }
        last -= 1
        while last >= value.lowerBound, tokens[last].isWhitespace { last -= 1 }
        guard last >= value.lowerBound, tokens[last].isDelim("!") else { return false }
        value = trimmed(tokens, value.lowerBound..<last)
        return true
    }

    /// A `style` attribute or any other bare declaration list.
    static func parseDeclarationList(_ text: String) -> [Declaration] {
        let tokens = CSSTokenizer.tokenize(text)
        return parseDeclarations(tokens, 0..<tokens.count)
    }
}

/// `@supports`: declarations count as supported (wza cannot know better), `not`/`and`/`or` combine,
/// `selector(…)` asks the selector parser, anything else is unsupported.
enum SupportsCondition {
    static func evaluate(_ tokens: [CSSToken], _ range: Range<Int>, depth: Int = 0) -> Bool {
        guard depth < 16 else { return false }
        var index = range.lowerBound
        func skip() { while index < range.upperBound, tokens[index].isWhitespace { index += 1 } }
        skip()
        guard index < range.upperBound else { return false }
        if tokens[index].keyword == "not" {
            index += 1; skip()
            guard index < range.upperBound else { return false }
            return !inParens(tokens, at: index, end: range.upperBound, depth: depth)
        }
        var result = inParens(tokens, at: index, end: range.upperBound, depth: depth)
        index = CSSParser.componentEnd(tokens, from: index, end: range.upperBound).end
        while true {
            skip()
            guard index < range.upperBound, let joiner = tokens[index].keyword, joiner == "and" || joiner == "or" else { break }
            index += 1; skip()
            guard index < range.upperBound else { return false }
            let next = inParens(tokens, at: index, end: range.upperBound, depth: depth)
            result = joiner == "and" ? (result && next) : (result || next)
            index = CSSParser.componentEnd(tokens, from: index, end: range.upperBound).end
        }
        return result
    }

    private static func inParens(_ tokens: [CSSToken], at index: Int, end: Int, depth: Int) -> Bool {
        let (contents, _) = CSSParser.blockContents(tokens, open: index, end: end)
        switch tokens[index] {
        case .openParen:
            let inner = CSSParser.trimmed(tokens, contents)
            guard let first = inner.first else { return false }
            if case .ident = tokens[first], tokens[first].keyword != "not" {
                return inner.contains { tokens[$0] == .colon }
            }
            return evaluate(tokens, inner, depth: depth + 1)
        case .function(let name) where name.asciiLowercased == "selector":
            return SelectorParser.parseList(tokens, CSSParser.trimmed(tokens, contents)) != nil
        default:
            return false
        }
    }
}

/// Turns tokens back into text (for diagnostics, raw values and generated content); not byte-exact.
enum CSSSerializer {
    static func serialize<C: Collection>(_ tokens: C) -> String where C.Element == CSSToken {
        var text = ""
        for token in tokens { text += serialize(token) }
        return text
    }

    static func serialize(_ token: CSSToken) -> String {
        switch token {
        case .ident(let name): name
        case .function(let name): name + "("
        case .atKeyword(let name): "@" + name
        case .hash(let name, _): "#" + name
        case .string(let value): "\"" + value + "\""
        case .badString: "\""
        case .url(let value): "url(" + value + ")"
        case .badURL: "url()"
        case .delim(let scalar): String(scalar)
        case .number(let number): format(number)
        case .percentage(let value): format(value) + "%"
        case .dimension(let number, let unit): format(number) + unit
        case .whitespace: " "
        case .cdo: "<!--"
        case .cdc: "-->"
        case .colon: ":"
        case .semicolon: ";"
        case .comma: ","
        case .openSquare: "["
        case .closeSquare: "]"
        case .openParen: "("
        case .closeParen: ")"
        case .openCurly: "{"
        case .closeCurly: "}"
        }
    }

    static func format(_ number: CSSNumeric) -> String {
        let text = format(number.value)
        return number.signed && number.value >= 0 ? "+" + text : text
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
