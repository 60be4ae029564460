/// The screen media queries are evaluated for.
public struct Viewport: Hashable, Sendable {
    public var width: Double
    public var height: Double
    /// Touch devices: `(hover: none)`, `(pointer: coarse)`.
    public var isTouch: Bool
    public var devicePixelRatio: Double

    public init(width: Double, height: Double, isTouch: Bool = false, devicePixelRatio: Double = 1) {
        self.width = width; self.height = height; self.isTouch = isTouch; self.devicePixelRatio = devicePixelRatio
    }

    public static let desktop = Viewport(width: 1280, height: 800)
    public static let mobile = Viewport(width: 375, height: 667, isTouch: true, devicePixelRatio: 2)

    /// `desktop`, `mobile` or `WxH` (e.g. `1024x768`).
    public init?(_ description: String) {
        switch description.asciiLowercased {
        case "desktop": self = .desktop
        case "mobile": self = .mobile
        default:
            let parts = description.asciiLowercased.split(separator: "x")
            guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]), width > 0, height > 0 else { return nil }
            self.init(width: width, height: height, isTouch: width < 768)
        }
    }
}

/// A comma-separated media query list; empty means `all`. Invalid queries are `not all`.
public struct MediaQueryList: Sendable {
    let queries: [MediaQuery]
    public let text: String

    public init(_ text: String) {
        let tokens = CSSTokenizer.tokenize(text)
        self.init(tokens: tokens, range: CSSParser.trimmed(tokens, 0..<tokens.count))
    }

    init(tokens: [CSSToken], range: Range<Int>) {
        text = CSSSerializer.serialize(tokens[range])
        queries = range.isEmpty ? [] : CSSParser.splitCommas(tokens, range).map { MediaQuery(tokens, CSSParser.trimmed(tokens, $0)) }
    }

    public func matches(_ viewport: Viewport) -> Bool {
        queries.isEmpty || queries.contains { $0.matches(viewport) }
    }
}

struct MediaQuery: Sendable {
    var negated = false
    var type = "all"
    var condition: MediaCondition?
    var valid = true

    init(_ tokens: [CSSToken], _ range: Range<Int>) {
        var index = range.lowerBound
        let end = range.upperBound
        func skip() { while index < end, tokens[index].isWhitespace { index += 1 } }
        guard index < end else { valid = false; return }
        if case .ident = tokens[index], let word = tokens[index].keyword, word != "not" || !Self.startsCondition(tokens, after: index, end: end) {
            // [not|only]? type [and condition]?
            var typeWord = word
            if word == "not" || word == "only" {
                negated = word == "not"
                index += 1; skip()
                guard index < end, let next = tokens[index].keyword else { valid = false; return }
                typeWord = next
            }
            type = typeWord
            index += 1; skip()
            if index < end {
                guard tokens[index].keyword == "and" else { valid = false; return }
                index += 1; skip()
                condition = MediaCondition.parse(tokens, index..<end, depth: 0)
                if condition == nil { valid = false }
            }
            return
        }
        condition = MediaCondition.parse(tokens, index..<end, depth: 0)
        if condition == nil { valid = false }
    }

    /// `not (…)` is a condition, `not screen` a negated type.
    private static func startsCondition(_ tokens: [CSSToken], after index: Int, end: Int) -> Bool {
        var next = index + 1
        while next < end, tokens[next].isWhitespace { next += 1 }
        return next < end && tokens[next] == .openParen
    }

    func matches(_ viewport: Viewport) -> Bool {
        guard valid else { return false }
        let typeMatches = type == "all" || type == "screen"
        let result = typeMatches && (condition?.evaluate(viewport) ?? true)
        return negated ? !result : result
    }
}

indirect enum MediaCondition: Sendable {
    case feature(MediaFeature)
    case not(MediaCondition)
    case and([MediaCondition])
    case or([MediaCondition])
    /// Valid syntax wza does not understand (general enclosed): false.
    case unknown

    static func parse(_ tokens: [CSSToken], _ range: Range<Int>, depth: Int) -> MediaCondition? {
        guard depth < 16 else { return nil }
        var index = range.lowerBound
        let end = range.upperBound
        func skip() { while index < end, tokens[index].isWhitespace { index += 1 } }
        skip()
        guard index < end else { return nil }
        if tokens[index].keyword == "not" {
            index += 1; skip()
            guard index < end, let inner = inParens(tokens, at: index, end: end, depth: depth) else { return nil }
            index = CSSParser.componentEnd(tokens, from: index, end: end).end
            skip()
            return index == end ? .not(inner) : nil
        }
        guard let first = inParens(tokens, at: index, end: end, depth: depth) else { return nil }
        var terms = [first]
        var joiner: String?
        index = CSSParser.componentEnd(tokens, from: index, end: end).end
        while true {
            skip()
            guard index < end else { break }
            guard let word = tokens[index].keyword, word == "and" || word == "or", joiner == nil || joiner == word else { return nil }
            joiner = word
            index += 1; skip()
            guard index < end, let term = inParens(tokens, at: index, end: end, depth: depth) else { return nil }
            terms.append(term)
            index = CSSParser.componentEnd(tokens, from: index, end: end).end
        }
        if terms.count == 1 { return first }
        return joiner == "or" ? .or(terms) : .and(terms)
    }

    private static func inParens(_ tokens: [CSSToken], at index: Int, end: Int, depth: Int) -> MediaCondition? {
        switch tokens[index] {
        case .openParen:
            let (contents, _) = CSSParser.blockContents(tokens, open: index, end: end)
            let inner = CSSParser.trimmed(tokens, contents)
            guard let first = inner.first else { return nil }
            if tokens[first] == .openParen || tokens[first].keyword == "not" {
                return parse(tokens, inner, depth: depth + 1) ?? .unknown
            }
            return MediaFeature(tokens, inner).map(MediaCondition.feature) ?? .unknown
        case .function:
            return .unknown
        default:
            return nil
        }
    }

    func evaluate(_ viewport: Viewport) -> Bool {
        switch self {
        case .feature(let feature): return feature.evaluate(viewport)
        case .not(let inner): return !inner.evaluate(viewport)
        case .and(let terms): return terms.allSatisfy { $0.evaluate(viewport) }
        case .or(let terms): return terms.contains { $0.evaluate(viewport) }
        case .unknown: return false
        }
    }
}

/// `(name)`, `(name: value)`, `(min-/max-name: value)` and range syntax (`(400px <= width < 700px)`).
struct MediaFeature: Sendable {
    enum Value: Sendable, Equatable {
        case number(Double)
        case keyword(String)
    }

    enum Comparison: Sendable { case less, lessOrEqual, equal, greaterOrEqual, greater }

    var name: String
    /// (comparison, value) meaning `feature <comparison> value`; empty for the boolean form.
    var tests: [(Comparison, Value)] = []

    init?(_ tokens: [CSSToken], _ range: Range<Int>) {
        let parts = range.filter { !tokens[$0].isWhitespace }.map { tokens[$0] }
        guard !parts.isEmpty else { return nil }
        // Boolean and colon forms.
        if case .ident(let raw) = parts[0], parts.count == 1 || parts[1] == .colon {
            var feature = raw.asciiLowercased
            if parts.count == 1 { name = feature; return }
            guard let value = Self.value(Array(parts.dropFirst(2))) else { return nil }
            var comparison = Comparison.equal
            if feature.hasPrefix("min-") { comparison = .greaterOrEqual; feature.removeFirst(4) }
            else if feature.hasPrefix("max-") { comparison = .lessOrEqual; feature.removeFirst(4) }
            if feature.hasPrefix("-webkit-min-") { comparison = .greaterOrEqual; feature = "-webkit-" + feature.dropFirst(12) }
            if feature.hasPrefix("-webkit-max-") { comparison = .lessOrEqual; feature = "-webkit-" + feature.dropFirst(12) }
            name = feature
            tests = [(comparison, value)]
            return
        }
        // Range form: split at comparison operators.
        var operands: [[CSSToken]] = [[]]
        var operators: [Comparison] = []
        var index = 0
        while index < parts.count {
            if case .delim(let symbol) = parts[index], symbol == "<" || symbol == ">" || symbol == "=" {
                let orEqual = index + 1 < parts.count && parts[index + 1].isDelim("=") && symbol != "="
                operators.append(symbol == "=" ? .equal : symbol == "<" ? (orEqual ? .lessOrEqual : .less) : (orEqual ? .greaterOrEqual : .greater))
                index += orEqual ? 2 : 1
                operands.append([])
                continue
            }
            operands[operands.count - 1].append(parts[index])
            index += 1
        }
        guard operators.count == 1 || operators.count == 2, operands.allSatisfy({ !$0.isEmpty }) else { return nil }
        func flipped(_ comparison: Comparison) -> Comparison {
            switch comparison {
            case .less: .greater
            case .lessOrEqual: .greaterOrEqual
            case .greater: .less
            case .greaterOrEqual: .lessOrEqual
            case .equal: .equal
            }
        }
        if operators.count == 1 {
            if operands[0].count == 1, let feature = operands[0][0].keyword, let value = Self.value(operands[1]) {
                name = feature; tests = [(operators[0], value)]
            } else if operands[1].count == 1, let feature = operands[1][0].keyword, let value = Self.value(operands[0]) {
                name = feature; tests = [(flipped(operators[0]), value)]
            } else {
                return nil
            }
            return
        }
        guard operands[1].count == 1, let feature = operands[1][0].keyword,
              let low = Self.value(operands[0]), let high = Self.value(operands[2]) else { return nil }
        name = feature
        tests = [(flipped(operators[0]), low), (operators[1], high)]
    }

    /// Lengths in px (em = 16px in media queries), numbers, ratios, resolutions in dppx, keywords.
    private static func value(_ tokens: [CSSToken]) -> Value? {
        if tokens.count == 3, case .number(let a) = tokens[0], tokens[1].isDelim("/"), case .number(let b) = tokens[2], b.value != 0 {
            return .number(a.value / b.value)
        }
        guard tokens.count == 1 else { return nil }
        switch tokens[0] {
        case .number(let number): return .number(number.value)
        case .ident(let word): return .keyword(word.asciiLowercased)
        case .dimension(let number, let rawUnit):
            let unit = rawUnit.asciiLowercased
            switch unit {
            case "dppx", "x": return .number(number.value)
            case "dpi": return .number(number.value / 96)
            case "dpcm": return .number(number.value * 2.54 / 96)
            case "em", "rem": return .number(number.value * 16)
            default:
                guard let (kind, factor) = LengthParser.unit(unit), kind == .px else { return nil }
                return .number(number.value * factor)
            }
        default: return nil
        }
    }

    func evaluate(_ viewport: Viewport) -> Bool {
        let actual: Value
        switch name {
        case "width", "device-width": actual = .number(viewport.width)
        case "height", "device-height": actual = .number(viewport.height)
        case "aspect-ratio", "device-aspect-ratio": actual = .number(viewport.width / viewport.height)
        case "orientation": actual = .keyword(viewport.height >= viewport.width ? "portrait" : "landscape")
        case "resolution", "-webkit-device-pixel-ratio": actual = .number(viewport.devicePixelRatio)
        case "hover", "any-hover": actual = .keyword(viewport.isTouch ? "none" : "hover")
        case "pointer", "any-pointer": actual = .keyword(viewport.isTouch ? "coarse" : "fine")
        case "color": actual = .number(8)
        case "monochrome", "grid", "color-index": actual = .number(0)
        case "prefers-color-scheme": actual = .keyword("light")
        case "prefers-reduced-motion", "prefers-reduced-transparency", "prefers-contrast", "prefers-reduced-data":
            actual = .keyword("no-preference")
        case "forced-colors", "inverted-colors": actual = .keyword("none")
        case "scripting": actual = .keyword("enabled")
        case "update": actual = .keyword("fast")
        case "display-mode": actual = .keyword("browser")
        case "dynamic-range", "video-dynamic-range": actual = .keyword("standard")
        default: return false
        }
        if tests.isEmpty {
            // Boolean context: true unless the value is zero or `none`.
            switch actual {
            case .number(let value): return value != 0
            case .keyword(let word): return word != "none" && word != "no-preference"
            }
        }
        for (comparison, expected) in tests {
            switch (actual, expected) {
            case (.keyword(let a), .keyword(let b)):
                guard comparison == .equal, a == b else { return false }
            case (.number(let a), .number(let b)):
                let holds: Bool
                switch comparison {
                case .less: holds = a < b
                case .lessOrEqual: holds = a <= b + 1e-9
                case .equal: holds = abs(a - b) < 1e-9
                case .greaterOrEqual: holds = a + 1e-9 >= b
                case .greater: holds = a > b
                }
                guard holds else { return false }
            default:
                return false
            }
        }
        return true
    }
}
