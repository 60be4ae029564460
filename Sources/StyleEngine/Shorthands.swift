/// Shorthand expansion into the longhands wza models. A shorthand resets every longhand it covers,
/// so `background: url(x.png)` makes the background colour transparent, as in browsers.
enum Shorthands {
    typealias Longhand = (String, CSSValue, [CSSToken])

    static let imageFunctions: Set<String> = [
        "url", "linear-gradient", "radial-gradient", "conic-gradient", "repeating-linear-gradient",
        "repeating-radial-gradient", "repeating-conic-gradient", "-webkit-linear-gradient", "-webkit-radial-gradient",
        "-moz-linear-gradient", "-o-linear-gradient", "-webkit-gradient", "image-set", "-webkit-image-set", "cross-fade", "element", "image",
    ]

    private static let covered: [String: [String]] = {
        var table: [String: [String]] = [
            "margin": PropertyTable.sides.map { "margin-" + $0 },
            "padding": PropertyTable.sides.map { "padding-" + $0 },
            "inset": PropertyTable.sides,
            "overflow": ["overflow-x", "overflow-y"],
            "outline": ["outline-style", "outline-width", "outline-color"],
            "text-decoration": ["text-decoration-line", "text-decoration-color"],
            "background": ["background-color", "background-image"],
            "font": ["font-style", "font-weight", "font-size", "line-height", "font-family"],
            "border-width": PropertyTable.sides.map { "border-\($0)-width" },
            "border-style": PropertyTable.sides.map { "border-\($0)-style" },
            "border-color": PropertyTable.sides.map { "border-\($0)-color" },
            "border": PropertyTable.sides.flatMap { ["border-\($0)-width", "border-\($0)-style", "border-\($0)-color"] },
        ]
        for side in PropertyTable.sides {
            table["border-" + side] = ["border-\(side)-width", "border-\(side)-style", "border-\(side)-color"]
        }
        table["all"] = PropertyTable.longhands.keys.filter { $0 != "direction" }.sorted()
        return table
    }()

    static func isShorthand(_ property: String) -> Bool { covered[property] != nil }

    /// The longhands a property sets (itself for a longhand).
    static func longhands(of property: String) -> [String] { covered[property] ?? [property] }

    /// Top-level, white-space separated components (functions and blocks stay whole).
    static func components(_ tokens: [CSSToken]) -> [[CSSToken]] {
        var result: [[CSSToken]] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].isWhitespace { index += 1; continue }
            let end = CSSParser.componentEnd(tokens, from: index, end: tokens.count).end
            result.append(Array(tokens[index..<end]))
            index = end
        }
        return result
    }

    /// nil: not a shorthand; empty: invalid.
    static func expand(_ property: String, _ tokens: [CSSToken]) -> [Longhand]? {
        switch property {
        case "margin", "padding", "inset", "border-width", "border-style", "border-color":
            let names = covered[property]!
            let kind = PropertyTable.longhands[names[0]]!
            let parts = components(tokens)
            guard (1...4).contains(parts.count) else { return [] }
            let values = parts.compactMap { PropertyTable.parse(kind, $0) }
            guard values.count == parts.count else { return [] }
            let order: [Int] = switch values.count {
            case 1: [0, 0, 0, 0]
            case 2: [0, 1, 0, 1]
            case 3: [0, 1, 2, 1]
            default: [0, 1, 2, 3]
            }
            return names.enumerated().map { ($1, values[order[$0]], parts[order[$0]]) }
        case "overflow":
            let parts = components(tokens)
            guard (1...2).contains(parts.count) else { return [] }
            let kind = PropertyTable.longhands["overflow-x"]!
            let values = parts.compactMap { PropertyTable.parse(kind, $0) }
            guard values.count == parts.count else { return [] }
            return [("overflow-x", values[0], parts[0]), ("overflow-y", values.last!, parts.last!)]
        case "outline":
            return lineShorthand(tokens, names: ("outline-width", "outline-style", "outline-color"), allowAuto: true)
        case "border":
            guard let side = lineShorthand(tokens, names: ("border-top-width", "border-top-style", "border-top-color"), allowAuto: false),
                  !side.isEmpty else { return [] }
            return PropertyTable.sides.flatMap { name in
                side.map { ($0.0.replacingOccurrences(of: "-top-", with: "-\(name)-"), $0.1, $0.2) }
            }
        case "border-top", "border-right", "border-bottom", "border-left":
            return lineShorthand(tokens, names: ("\(property)-width", "\(property)-style", "\(property)-color"), allowAuto: false)
        case "text-decoration":
            return textDecoration(tokens)
        case "background":
            return background(tokens)
        case "font":
            return font(tokens)
        default:
            return nil
        }
    }

    /// `outline` / `border-*`: width, style and colour in any order; missing ones reset to initial.
    private static func lineShorthand(_ tokens: [CSSToken], names: (String, String, String), allowAuto: Bool) -> [Longhand]? {
        var width: Longhand = (names.0, .length(.px(3)), [])
        var style: Longhand = (names.1, .keyword("none"), [])
        var color: Longhand = (names.2, .color(.currentColor), [])
        var seen = (false, false, false)
        let styles = allowAuto ? PropertyTable.lineStyles.union(["auto"]) : PropertyTable.lineStyles
        for part in components(tokens) {
            if !seen.1, let word = part.first?.keyword, part.count == 1, styles.contains(word) {
                style = (names.1, .keyword(word), part); seen.1 = true
            } else if !seen.0, let value = PropertyTable.parse(.lineWidth, part) {
                width = (names.0, value, part); seen.0 = true
            } else if !seen.2, let value = PropertyTable.parse(.color, part) {
                color = (names.2, value, part); seen.2 = true
            } else {
                return []
            }
        }
        return [width, style, color]
    }

    private static func textDecoration(_ tokens: [CSSToken]) -> [Longhand] {
        var lines: [String] = []
        var color: CSSValue = .color(.currentColor)
        let lineWords: Set<String> = ["none", "underline", "overline", "line-through", "blink"]
        let styleWords: Set<String> = ["solid", "double", "dotted", "dashed", "wavy"]
        for part in components(tokens) {
            if let word = part.first?.keyword, part.count == 1 {
                if lineWords.contains(word) { lines.append(word); continue }
                if styleWords.contains(word) || word == "auto" || word == "from-font" { continue }
            }
            if let value = PropertyTable.parse(.color, part), case .color = value { color = value; continue }
            if LengthParser.parse(part[...]) != nil { continue }  // thickness
            return []
        }
        let line = lines.isEmpty ? "none" : lines.filter { $0 != "none" }.joined(separator: " ")
        return [("text-decoration-line", .keyword(line.isEmpty ? "none" : line), tokens), ("text-decoration-color", color, tokens)]
    }

    /// Only the colour (last layer) and whether any layer has an image matter to wza.
    private static func background(_ tokens: [CSSToken]) -> [Longhand] {
        var color: CSSValue = .color(.rgba(.transparent))
        var hasImage = false
        let layers = CSSParser.splitCommas(tokens, 0..<tokens.count)
        for (position, layer) in layers.enumerated() {
            for part in components(Array(tokens[layer])) {
                switch part[0] {
                case .url: hasImage = true; continue
                case .function(let name) where imageFunctions.contains(name.asciiLowercased): hasImage = true; continue
                default: break
                }
                if position == layers.count - 1, part.count == 1 || part.first.map({ if case .function = $0 { true } else { false } }) == true,
                   let value = ColorParser.parse(part[...]) {
                    color = .color(value)
                }
            }
        }
        return [("background-color", color, tokens), ("background-image", .keyword(hasImage ? "image" : "none"), tokens)]
    }

    private static let fontStyles: Set<String> = ["italic", "oblique"]
    private static let fontStretches: Set<String> = [
        "ultra-condensed", "extra-condensed", "condensed", "semi-condensed", "semi-expanded", "expanded", "extra-expanded", "ultra-expanded",
    ]
    private static let systemFonts: Set<String> = ["caption", "icon", "menu", "message-box", "small-caption", "status-bar"]

    /// `font: [style || variant || weight || stretch]? size [/ line-height]? family`.
    private static func font(_ tokens: [CSSToken]) -> [Longhand] {
        var index = 0
        func skip() { while index < tokens.count, tokens[index].isWhitespace { index += 1 } }
        var style: CSSValue = .keyword("normal")
        var weight: CSSValue = .number(400)
        skip()
        if index < tokens.count, let word = tokens[index].keyword, systemFonts.contains(word) {
            return [("font-size", .length(.px(13)), tokens)]
        }
        var size: CalcExpression?
        var sizeKeyword: String?
        while index < tokens.count {
            let token = tokens[index]
            if let word = token.keyword {
                if word == "normal" || word == "small-caps" || fontStretches.contains(word) { index += 1; skip(); continue }
                if fontStyles.contains(word) { style = .keyword(word); index += 1; skip(); continue }
                if let value = PropertyTable.parse(.fontWeight, [token]) { weight = value; index += 1; skip(); continue }
                if PropertyTable.sizeKeywords[word] != nil || word == "larger" || word == "smaller" {
                    sizeKeyword = word; index += 1; break
                }
                return []
            }
            if case .number(let n) = token, n.value >= 1, n.value <= 1000 { weight = .number(n.value); index += 1; skip(); continue }
            let end = CSSParser.componentEnd(tokens, from: index, end: tokens.count).end
            guard let value = LengthParser.parse(tokens[index..<end]) else { return [] }
            size = value
            index = end
            break
        }
        guard size != nil || sizeKeyword != nil else { return [] }
        skip()
        var lineHeight: CSSValue = .keyword("normal")
        if index < tokens.count, tokens[index].isDelim("/") {
            index += 1; skip()
            guard index < tokens.count else { return [] }
            let end = CSSParser.componentEnd(tokens, from: index, end: tokens.count).end
            guard let value = PropertyTable.parse(.lineHeight, Array(tokens[index..<end])) else { return [] }
            lineHeight = value
            index = end
            skip()
        }
        let family = Array(tokens[index...])
        guard !family.isEmpty else { return [] }
        let sizeValue: CSSValue = sizeKeyword.map { .keyword($0) } ?? .length(size!)
        return [("font-style", style, tokens), ("font-weight", weight, tokens), ("font-size", sizeValue, tokens),
                ("line-height", lineHeight, tokens), ("font-family", .raw, family)]
    }
}
