import Foundation

/// Units after parsing: absolute units are already converted to px.
enum LengthUnit: Sendable, Equatable {
    case px, em, rem, ex, ch, vw, vh, vmin, vmax, percent, number
}

/// A length, percentage or `calc()`/`min()`/`max()`/`clamp()` expression, kept symbolic until the
/// element's font size and the viewport are known.
indirect enum CalcExpression: Sendable, Equatable {
    case leaf(Double, LengthUnit)
    case sum([CalcExpression])
    case scaled(CalcExpression, Double)
    case minimum([CalcExpression])
    case maximum([CalcExpression])
    case clamp(CalcExpression, CalcExpression, CalcExpression)

    static func px(_ value: Double) -> CalcExpression { .leaf(value, .px) }

    /// Context for resolving relative units.
    struct Context {
        var em: Double
        var rem: Double
        var viewport: Viewport
        /// What 100% is, when known.
        var percentBasis: Double?
    }

    /// A linear result: `px + percent%` (a percentage stays symbolic when its basis is unknown).
    struct Linear: Equatable {
        var px: Double = 0
        var percent: Double = 0
        var number: Double = 0
    }

    func evaluate(_ context: Context) -> Linear? {
        switch self {
        case .leaf(let value, let unit):
            switch unit {
            case .px: return Linear(px: value)
            case .em: return Linear(px: value * context.em)
            case .rem: return Linear(px: value * context.rem)
            case .ex, .ch: return Linear(px: value * context.em * 0.5)
            case .vw: return Linear(px: value * context.viewport.width / 100)
            case .vh: return Linear(px: value * context.viewport.height / 100)
            case .vmin: return Linear(px: value * min(context.viewport.width, context.viewport.height) / 100)
            case .vmax: return Linear(px: value * max(context.viewport.width, context.viewport.height) / 100)
            case .percent:
                if let basis = context.percentBasis { return Linear(px: value * basis / 100) }
                return Linear(percent: value)
            case .number: return Linear(number: value)
            }
        case .sum(let terms):
            var total = Linear()
            for term in terms {
                guard let value = term.evaluate(context) else { return nil }
                total.px += value.px; total.percent += value.percent; total.number += value.number
            }
            return total
        case .scaled(let inner, let factor):
            guard let value = inner.evaluate(context) else { return nil }
            return Linear(px: value.px * factor, percent: value.percent * factor, number: value.number * factor)
        case .minimum(let terms), .maximum(let terms):
            let values = terms.compactMap { $0.evaluate(context) }
            // Comparing needs one kind of quantity: unresolved percentages cannot be compared.
            guard values.count == terms.count, !values.isEmpty, values.allSatisfy({ $0.percent == 0 }) else { return nil }
            let lengths = values.map { $0.px + $0.number }
            let isLength = values.contains { $0.px != 0 }
            let chosen: Double
            if case .minimum = self { chosen = lengths.min()! } else { chosen = lengths.max()! }
            return isLength ? Linear(px: chosen) : Linear(number: chosen)
        case .clamp(let low, let middle, let high):
            guard let result = CalcExpression.maximum([low, .minimum([middle, high])]).evaluate(context) else { return nil }
            return result
        }
    }

    /// True when the expression needs no font size, viewport or percentage basis.
    var isAbsolute: Bool {
        switch self {
        case .leaf(_, let unit): return unit == .px || unit == .number
        case .sum(let terms), .minimum(let terms), .maximum(let terms): return terms.allSatisfy(\.isAbsolute)
        case .scaled(let inner, _): return inner.isAbsolute
        case .clamp(let a, let b, let c): return a.isAbsolute && b.isAbsolute && c.isAbsolute
        }
    }

    var containsPercent: Bool {
        switch self {
        case .leaf(_, let unit): return unit == .percent
        case .sum(let terms), .minimum(let terms), .maximum(let terms): return terms.contains(where: \.containsPercent)
        case .scaled(let inner, _): return inner.containsPercent
        case .clamp(let a, let b, let c): return a.containsPercent || b.containsPercent || c.containsPercent
        }
    }
}

/// Parsing of lengths, percentages, numbers and math functions from tokens.
enum LengthParser {
    static func unit(_ name: String) -> (LengthUnit, Double)? {
        switch name.asciiLowercased {
        case "px": (.px, 1)
        case "pt": (.px, 96.0 / 72.0)
        case "pc": (.px, 16)
        case "in": (.px, 96)
        case "cm": (.px, 96 / 2.54)
        case "mm": (.px, 96 / 25.4)
        case "q": (.px, 96 / 101.6)
        case "em": (.em, 1)
        case "rem": (.rem, 1)
        case "ex": (.ex, 1)
        case "ch", "ic": (.ch, 1)
        case "lh": (.em, 1.2)
        case "rlh": (.rem, 1.2)
        case "vw", "svw", "lvw", "dvw", "vi", "svi", "lvi", "dvi": (.vw, 1)
        case "vh", "svh", "lvh", "dvh", "vb", "svb", "lvb", "dvb": (.vh, 1)
        case "vmin", "svmin", "lvmin", "dvmin": (.vmin, 1)
        case "vmax", "svmax", "lvmax", "dvmax": (.vmax, 1)
        default: nil
        }
    }

    /// One length-percentage (or a unitless number when `allowNumber`), from exactly the given tokens.
    static func parse(_ tokens: ArraySlice<CSSToken>, allowNumber: Bool = false) -> CalcExpression? {
        let meaningful = tokens.filter { !$0.isWhitespace }
        guard let first = meaningful.first else { return nil }
        if case .function = first {
            let array = Array(tokens)
            let start = array.firstIndex(where: { !$0.isWhitespace })!
            let end = CSSParser.componentEnd(array, from: start, end: array.count).end
            guard CSSParser.trimmed(array, end..<array.count).isEmpty else { return nil }
            var parser = CalcParser(tokens: array)
            return parser.function(at: start, depth: 0)
        }
        guard meaningful.count == 1 else { return nil }
        return leaf(first, allowNumber: allowNumber)
    }

    static func leaf(_ token: CSSToken, allowNumber: Bool) -> CalcExpression? {
        switch token {
        case .dimension(let number, let name):
            guard let (unit, factor) = unit(name) else { return nil }
            return .leaf(number.value * factor, unit)
        case .percentage(let value): return .leaf(value, .percent)
        case .number(let number):
            if allowNumber { return .leaf(number.value, .number) }
            return number.value == 0 ? .px(0) : nil
        default: return nil
        }
    }

    /// An angle in degrees (deg, rad, grad, turn; a bare 0).
    static func angle(_ token: CSSToken) -> Double? {
        switch token {
        case .dimension(let number, let unit):
            switch unit.asciiLowercased {
            case "deg": return number.value
            case "rad": return number.value * 180 / .pi
            case "grad": return number.value * 0.9
            case "turn": return number.value * 360
            default: return nil
            }
        case .number(let number): return number.value == 0 ? 0 : nil
        default: return nil
        }
    }
}

/// Recursive descent over `calc()` syntax; nesting is capped so hostile input cannot exhaust the stack.
private struct CalcParser {
    let tokens: [CSSToken]
    var index = 0
    static let maximumDepth = 16

    init(tokens: [CSSToken]) { self.tokens = tokens }

    mutating func function(at start: Int, depth: Int) -> CalcExpression? {
        guard depth < Self.maximumDepth, case .function(let rawName) = tokens[start] else { return nil }
        let name = rawName.asciiLowercased
        let (contents, _) = CSSParser.blockContents(tokens, open: start, end: tokens.count)
        let arguments = CSSParser.splitCommas(tokens, contents)
        switch name {
        case "calc", "-webkit-calc", "-moz-calc":
            guard arguments.count == 1 else { return nil }
            return expression(arguments[0], depth: depth + 1)
        case "min", "max":
            let terms = arguments.compactMap { expression($0, depth: depth + 1) }
            guard terms.count == arguments.count, !terms.isEmpty else { return nil }
            return name == "min" ? .minimum(terms) : .maximum(terms)
        case "clamp":
            let terms = arguments.compactMap { expression($0, depth: depth + 1) }
            guard terms.count == 3 else { return nil }
            return .clamp(terms[0], terms[1], terms[2])
        default:
            return nil
        }
    }

    /// A whole argument: sum of products; `+` and `-` must be surrounded by white space.
    private mutating func expression(_ range: Range<Int>, depth: Int) -> CalcExpression? {
        let trimmed = CSSParser.trimmed(tokens, range)
        guard !trimmed.isEmpty else { return nil }
        var terms: [CalcExpression] = []
        var sign = 1.0
        var start = trimmed.lowerBound
        var cursor = trimmed.lowerBound
        while cursor < trimmed.upperBound {
            let token = tokens[cursor]
            if (token.isDelim("+") || token.isDelim("-")), cursor > start,
               tokens[cursor - 1].isWhitespace, cursor + 1 < trimmed.upperBound, tokens[cursor + 1].isWhitespace {
                guard let term = product(start..<cursor, depth: depth) else { return nil }
                terms.append(sign == 1 ? term : .scaled(term, -1))
                sign = token.isDelim("-") ? -1 : 1
                start = cursor + 1
            }
            cursor = CSSParser.componentEnd(tokens, from: cursor, end: trimmed.upperBound).end
        }
        guard let last = product(start..<trimmed.upperBound, depth: depth) else { return nil }
        terms.append(sign == 1 ? last : .scaled(last, -1))
        return terms.count == 1 ? terms[0] : .sum(terms)
    }

    private mutating func product(_ range: Range<Int>, depth: Int) -> CalcExpression? {
        var values: [CalcExpression] = []
        var operators: [Unicode.Scalar] = []
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            let token = tokens[cursor]
            if token.isWhitespace { cursor += 1; continue }
            if case .delim(let symbol) = token, symbol == "*" || symbol == "/" {
                operators.append(symbol); cursor += 1; continue
            }
            guard let value = self.value(at: cursor, end: range.upperBound, depth: depth) else { return nil }
            values.append(value)
            cursor = CSSParser.componentEnd(tokens, from: cursor, end: range.upperBound).end
        }
        guard !values.isEmpty, operators.count == values.count - 1 else { return nil }
        var result = values[0]
        for (position, symbol) in operators.enumerated() {
            let right = values[position + 1]
            if symbol == "*" {
                if case .leaf(let factor, .number) = right { result = .scaled(result, factor) }
                else if case .leaf(let factor, .number) = result { result = .scaled(right, factor) }
                else { return nil }
            } else {
                guard case .leaf(let divisor, .number) = right, divisor != 0 else { return nil }
                result = .scaled(result, 1 / divisor)
            }
        }
        return result
    }

    private mutating func value(at index: Int, end: Int, depth: Int) -> CalcExpression? {
        switch tokens[index] {
        case .openParen:
            let (contents, _) = CSSParser.blockContents(tokens, open: index, end: end)
            return depth < Self.maximumDepth ? expression(contents, depth: depth + 1) : nil
        case .function: return function(at: index, depth: depth + 1)
        default: return LengthParser.leaf(tokens[index], allowNumber: true)
        }
    }
}
