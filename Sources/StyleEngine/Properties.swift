/// `inherit`, `initial`, `unset`, `revert` (treated as `unset`: origins are not rolled back).
enum WideKeyword: Sendable {
    case inherit, initial, unset
}

/// A parsed (specified) value of a longhand wza models.
enum CSSValue: Sendable, Equatable {
    case wide(WideKeyword)
    /// Contains `var()`: parsed after substitution, per element.
    case pending
    case keyword(String)
    case color(CSSColor)
    case length(CalcExpression)
    case number(Double)
    /// A property wza keeps as tokens and interprets when read (transform, content, shadows…).
    case raw
}

/// Longhand grammars and shorthand expansion. Validating at parse time matters: an invalid later
/// declaration must not override a valid earlier one (`display:block; display:-ms-grid`).
enum PropertyTable {
    enum Kind {
        case color, keyword(Set<String>), anyKeyword, keywordList(Set<String>), length(Set<String>)
        case fontSize, fontWeight, lineHeight, spacing, zIndex, opacity, lineWidth, image, raw
    }

    static let lengthKeywords: Set<String> = ["auto", "min-content", "max-content", "fit-content", "-webkit-fill-available", "stretch"]
    static let lineStyles: Set<String> = ["none", "hidden", "dotted", "dashed", "solid", "double", "groove", "ridge", "inset", "outset"]
    static let sizeKeywords: [String: Double] = [
        "xx-small": 9, "x-small": 10, "small": 13, "medium": 16, "large": 18, "x-large": 24, "xx-large": 32,
        "xxx-large": 48, "-webkit-xxx-large": 48, "math": 16,
    ]
    static let displayKeywords: Set<String> = [
        "none", "block", "inline", "inline-block", "flex", "inline-flex", "grid", "inline-grid", "flow-root", "contents",
        "table", "inline-table", "table-row", "table-cell", "table-row-group", "table-header-group", "table-footer-group",
        "table-column", "table-column-group", "table-caption", "list-item", "run-in", "ruby", "ruby-text", "flow",
        "-webkit-box", "-webkit-inline-box", "-webkit-flex", "-webkit-inline-flex", "math",
    ]

    static let longhands: [String: Kind] = {
        var table: [String: Kind] = [
            "color": .color, "background-color": .color, "outline-color": .color, "text-decoration-color": .color,
            "-webkit-text-fill-color": .color,
            "display": .keywordList(displayKeywords),
            "visibility": .keyword(["visible", "hidden", "collapse"]),
            "position": .keyword(["static", "relative", "absolute", "fixed", "sticky", "-webkit-sticky"]),
            "overflow-x": .keyword(["visible", "hidden", "clip", "scroll", "auto", "overlay"]),
            "overflow-y": .keyword(["visible", "hidden", "clip", "scroll", "auto", "overlay"]),
            "content-visibility": .keyword(["visible", "hidden", "auto"]),
            "outline-style": .keyword(lineStyles.union(["auto"])),
            "font-style": .anyKeyword, "white-space": .anyKeyword, "text-overflow": .anyKeyword, "text-align": .anyKeyword,
            "text-transform": .anyKeyword, "pointer-events": .anyKeyword,
            "text-decoration-line": .keywordList(["none", "underline", "overline", "line-through", "blink", "spelling-error", "grammar-error"]),
            "width": .length(lengthKeywords), "height": .length(lengthKeywords),
            "min-width": .length(lengthKeywords), "min-height": .length(lengthKeywords),
            "max-width": .length(lengthKeywords.union(["none"])), "max-height": .length(lengthKeywords.union(["none"])),
            "top": .length(["auto"]), "right": .length(["auto"]), "bottom": .length(["auto"]), "left": .length(["auto"]),
            "text-indent": .length([]), "outline-offset": .length([]),
            "font-size": .fontSize, "font-weight": .fontWeight, "line-height": .lineHeight,
            "letter-spacing": .spacing, "word-spacing": .spacing,
            "z-index": .zIndex, "opacity": .opacity, "outline-width": .lineWidth,
            "background-image": .image,
            "transform": .raw, "content": .raw, "clip": .raw, "clip-path": .raw, "text-shadow": .raw,
            "box-shadow": .raw, "font-family": .raw, "cursor": .raw,
        ]
        for side in sides {
            table["margin-" + side] = .length(["auto"])
            table["padding-" + side] = .length([])
            table["border-\(side)-width"] = .lineWidth
            table["border-\(side)-style"] = .keyword(lineStyles)
            table["border-\(side)-color"] = .color
        }
        return table
    }()

    static let sides = ["top", "right", "bottom", "left"]

    /// Declarations for one property as written (shorthands expanded; invalid values give none).
    static func declarations(_ property: String, _ tokens: [CSSToken], important: Bool) -> [Declaration] {
        if property.hasPrefix("--") { return [Declaration(property: property, tokens: tokens, important: important, value: .raw)] }
        if containsVar(tokens) { return [Declaration(property: property, tokens: tokens, important: important, value: .pending)] }
        guard let values = expand(property, tokens) else { return [] }
        return values.map { Declaration(property: $0.0, tokens: $0.2, important: important, value: $0.1) }
    }

    static func containsVar(_ tokens: [CSSToken]) -> Bool {
        tokens.contains { if case .function(let name) = $0 { name.asciiLowercased == "var" || name.asciiLowercased == "env" } else { false } }
    }

    static func wideKeyword(_ tokens: [CSSToken]) -> WideKeyword? {
        guard tokens.count == 1 else { return nil }
        switch tokens[0].keyword {
        case "inherit": return .inherit
        case "initial": return .initial
        case "unset", "revert", "revert-layer": return .unset
        default: return nil
        }
    }

    /// Longhand (name, value, tokens) triples; nil when the value is invalid.
    static func expand(_ property: String, _ tokens: [CSSToken]) -> [(String, CSSValue, [CSSToken])]? {
        if let wide = wideKeyword(tokens) {
            return Shorthands.longhands(of: property).map { ($0, .wide(wide), tokens) }
        }
        if let expanded = Shorthands.expand(property, tokens) { return expanded.isEmpty ? nil : expanded }
        guard let kind = longhands[property] else {
            return Shorthands.isShorthand(property) ? nil : [(property, .raw, tokens)]
        }
        return parse(kind, tokens).map { [(property, $0, tokens)] }
    }

    static func parse(_ property: String, _ tokens: [CSSToken]) -> CSSValue? {
        if let wide = wideKeyword(tokens) { return .wide(wide) }
        guard let kind = longhands[property] else { return .raw }
        return parse(kind, tokens)
    }

    static func parse(_ kind: Kind, _ tokens: [CSSToken]) -> CSSValue? {
        let words = tokens.filter { !$0.isWhitespace }
        guard !words.isEmpty else { return nil }
        let single = words.count == 1 ? words[0].keyword : nil
        switch kind {
        case .color:
            if single == "invert" { return .color(.currentColor) }
            if single == "auto" { return .keyword("auto") }
            return ColorParser.parse(tokens[...]).map(CSSValue.color)
        case .keyword(let allowed):
            guard let single, allowed.contains(single) else { return nil }
            return .keyword(single)
        case .anyKeyword:
            let keywords = words.compactMap(\.keyword)
            return keywords.count == words.count ? .keyword(keywords.joined(separator: " ")) : nil
        case .keywordList(let allowed):
            let keywords = words.compactMap(\.keyword)
            guard keywords.count == words.count, keywords.allSatisfy(allowed.contains) else { return nil }
            return .keyword(keywords.joined(separator: " "))
        case .length(let keywords):
            if let single { return keywords.contains(single) ? .keyword(single) : nil }
            return LengthParser.parse(tokens[...]).map(CSSValue.length)
        case .fontSize:
            if let single { return sizeKeywords[single] != nil || single == "larger" || single == "smaller" ? .keyword(single) : nil }
            return LengthParser.parse(tokens[...]).map(CSSValue.length)
        case .fontWeight:
            switch single {
            case "normal": return .number(400)
            case "bold": return .number(700)
            case "bolder", "lighter": return .keyword(single!)
            default:
                guard words.count == 1, case .number(let n) = words[0], n.value >= 1, n.value <= 1000 else { return nil }
                return .number(n.value)
            }
        case .lineHeight:
            if let single { return single == "normal" ? .keyword("normal") : nil }
            guard let value = LengthParser.parse(tokens[...], allowNumber: true) else { return nil }
            if case .leaf(let number, .number) = value { return number >= 0 ? .number(number) : nil }
            return .length(value)
        case .spacing:
            if let single { return single == "normal" ? .keyword("normal") : nil }
            return LengthParser.parse(tokens[...]).map(CSSValue.length)
        case .zIndex:
            if single == "auto" { return .keyword("auto") }
            guard words.count == 1, case .number(let n) = words[0], n.isInteger else { return nil }
            return .number(n.value)
        case .opacity:
            guard words.count == 1 else { return nil }
            switch words[0] {
            case .number(let n): return .number(min(max(n.value, 0), 1))
            case .percentage(let p): return .number(min(max(p / 100, 0), 1))
            default: return nil
            }
        case .lineWidth:
            switch single {
            case "thin": return .length(.px(1))
            case "medium": return .length(.px(3))
            case "thick": return .length(.px(5))
            case .some: return nil
            case nil: return LengthParser.parse(tokens[...]).map(CSSValue.length)
            }
        case .image:
            if single == "none" { return .keyword("none") }
            let hasImage = words.contains {
                switch $0 {
                case .url: return true
                case .function(let name): return Shorthands.imageFunctions.contains(name.asciiLowercased)
                default: return false
                }
            }
            return hasImage ? .keyword("image") : nil
        case .raw:
            return .raw
        }
    }
}
