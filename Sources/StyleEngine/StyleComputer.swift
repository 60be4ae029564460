import Foundation
import HTMLDOM

/// The cascade's winners for one element: longhand → (value, tokens), after `var()` and shorthands.
typealias DeclaredValues = [String: (value: CSSValue, tokens: [CSSToken])]

/// Specified → computed values for one element, given its parent's computed style. Font size first
/// (em and line-height depend on it), then colour (currentcolor), then everything else.
struct StyleComputer {
    let values: DeclaredValues
    let parent: ComputedStyle?
    let rootFontSize: Double
    let viewport: Viewport
    let element: Element
    let pseudo: PseudoElement?
    private var initial = ComputedStyle()

    init(values: DeclaredValues, parent: ComputedStyle?, rootFontSize: Double, viewport: Viewport, element: Element, pseudo: PseudoElement?) {
        self.values = values
        self.parent = parent
        self.rootFontSize = rootFontSize
        self.viewport = viewport
        self.element = element
        self.pseudo = pseudo
        var style = ComputedStyle()
        defer { initial = style }
        if let parent {
            // Inherited properties start as the parent's computed values.
            style.color = parent.color
            style.fontSize = parent.fontSize
            style.fontWeight = parent.fontWeight
            style.fontStyle = parent.fontStyle
            style.fontFamily = parent.fontFamily
            style.lineHeight = parent.lineHeight
            style.letterSpacing = parent.letterSpacing
            style.wordSpacing = parent.wordSpacing
            style.textIndent = parent.textIndent
            style.textAlign = parent.textAlign
            style.textTransform = parent.textTransform
            style.whiteSpace = parent.whiteSpace
            style.visibility = parent.visibility
            style.hasTextShadow = parent.hasTextShadow
            style.pointerEvents = parent.pointerEvents
            style.cursor = parent.cursor
            style.customProperties = parent.customProperties
            style.textDecorationsInEffect = parent.textDecorationsInEffect
            style.inNoneSubtree = parent.inNoneSubtree
            style.inSkippedContent = parent.inSkippedContent || parent.contentVisibility == "hidden"
            style.ariaHiddenChain = parent.ariaHiddenChain
            style.inertChain = parent.inertChain
            style.visuallyHiddenReason = parent.visuallyHiddenReason
        }
    }


    /// Applies a declared value, handling the CSS-wide keywords; `compute` returns nil to keep the default.
    private func apply<T>(_ style: inout ComputedStyle, _ name: String, _ keyPath: WritableKeyPath<ComputedStyle, T>, inherited: Bool, initial: T,
                                   _ compute: (CSSValue) -> T?) {
        guard let value = values[name]?.value else { return }
        let inheritedValue = parent?[keyPath: keyPath] ?? initial
        switch value {
        case .wide(.inherit): style[keyPath: keyPath] = inheritedValue
        case .wide(.initial): style[keyPath: keyPath] = initial
        case .wide(.unset), .pending: style[keyPath: keyPath] = inherited ? inheritedValue : initial
        default: if let computed = compute(value) { style[keyPath: keyPath] = computed }
        }
    }

    private func keyword(_ value: CSSValue) -> String? { if case .keyword(let word) = value { word } else { nil } }

    private func raw(_ name: String) -> [CSSToken]? {
        guard let entry = values[name], case .raw = entry.value else { return nil }
        return entry.tokens
    }

    private func dimension(_ value: CSSValue, _ emContext: CalcExpression.Context) -> Dimension? {
        switch value {
        case .keyword(let word): return word == "auto" ? .auto : .keyword(word)
        case .length(let expression):
            guard let linear = expression.evaluate(emContext) else { return .unknown }
            return linear.percent == 0 ? .px(linear.px) : .percent(linear.percent, plusPx: linear.px)
        default: return nil
        }
    }

    private func pixels(_ value: CSSValue, _ emContext: CalcExpression.Context) -> Double? {
        guard case .length(let expression) = value, let linear = expression.evaluate(emContext), linear.percent == 0 else { return nil }
        return linear.px
    }

    private func color(_ value: CSSValue, current: RGBA?) -> RGBA?? {
        switch value {
        case .color(.rgba(let rgba)): return .some(rgba)
        case .color(.currentColor), .keyword("auto"): return .some(current)
        case .color(.unknown): return .some(nil)
        default: return nil
        }
    }

    func compute() -> ComputedStyle {
        var style = initial
        let parentFontSize = parent?.fontSize ?? 16
        apply(&style, "font-size", \.fontSize, inherited: true, initial: 16) { value in
            switch value {
            case .keyword("larger"): return parentFontSize * 1.2
            case .keyword("smaller"): return parentFontSize / 1.2
            case .keyword(let word): return PropertyTable.sizeKeywords[word]
            case .length(let expression):
                let context = CalcExpression.Context(em: parentFontSize, rem: parent == nil ? 16 : rootFontSize, viewport: viewport, percentBasis: parentFontSize)
                guard let linear = expression.evaluate(context), linear.px >= 0 else { return nil }
                return linear.px
            default: return nil
            }
        }
        let parentColor = parent?.color ?? .black
        apply(&style, "color", \.color, inherited: true, initial: .black) { value in
            if case .color(.currentColor) = value { return .some(parentColor) }
            return color(value, current: parentColor)
        }
        let current = style.color
        let emContext = CalcExpression.Context(em: style.fontSize, rem: rootFontSize, viewport: viewport, percentBasis: nil)
        let ownFontSize = style.fontSize
        let parentWeight = parent?.fontWeight ?? 400
        apply(&style, "font-weight", \.fontWeight, inherited: true, initial: 400) { value in
            switch value {
            case .number(let weight): return weight
            case .keyword("bolder"): return parentWeight < 350 ? 400 : parentWeight < 550 ? 700 : 900
            case .keyword("lighter"): return parentWeight < 550 ? 100 : parentWeight < 750 ? 400 : 700
            default: return nil
            }
        }
        apply(&style, "font-style", \.fontStyle, inherited: true, initial: "normal", keyword)
        apply(&style, "font-family", \.fontFamily, inherited: true, initial: nil) { _ in raw("font-family").map { .some(CSSSerializer.serialize($0)) } }
        apply(&style, "line-height", \.lineHeight, inherited: true, initial: .normal) { value in
            switch value {
            case .keyword("normal"): return .normal
            case .number(let factor): return .multiple(factor)
            case .length(let expression):
                var context = emContext
                context.percentBasis = ownFontSize
                return expression.evaluate(context).map { .px($0.px) }
            default: return nil
            }
        }
        for (name, keyPath) in [("letter-spacing", \ComputedStyle.letterSpacing), ("word-spacing", \ComputedStyle.wordSpacing)] {
            apply(&style, name, keyPath, inherited: true, initial: 0) { value in keyword(value) == "normal" ? 0 : pixels(value, emContext) }
        }
        apply(&style, "text-indent", \.textIndent, inherited: true, initial: .px(0)) { dimension($0, emContext) }
        apply(&style, "text-align", \.textAlign, inherited: true, initial: "start", keyword)
        apply(&style, "text-transform", \.textTransform, inherited: true, initial: "none", keyword)
        apply(&style, "white-space", \.whiteSpace, inherited: true, initial: "normal", keyword)
        apply(&style, "visibility", \.visibility, inherited: true, initial: "visible", keyword)
        apply(&style, "pointer-events", \.pointerEvents, inherited: true, initial: "auto", keyword)
        apply(&style, "cursor", \.cursor, inherited: true, initial: "auto") { _ in raw("cursor").map { CSSSerializer.serialize($0).asciiLowercased } }
        apply(&style, "text-shadow", \.hasTextShadow, inherited: true, initial: false) { _ in raw("text-shadow").map { !Self.isNone($0) } }

        // Not inherited.
        apply(&style, "background-color", \.backgroundColor, inherited: false, initial: .transparent) { color($0, current: current) }
        apply(&style, "background-image", \.hasBackgroundImage, inherited: false, initial: false) { keyword($0).map { $0 == "image" } }
        apply(&style, "opacity", \.opacity, inherited: false, initial: 1) { if case .number(let n) = $0 { n } else { nil } }
        apply(&style, "box-shadow", \.hasBoxShadow, inherited: false, initial: false) { _ in raw("box-shadow").map { !Self.isNone($0) } }
        apply(&style, "display", \.display, inherited: false, initial: "inline", keyword)
        apply(&style, "content-visibility", \.contentVisibility, inherited: false, initial: "visible", keyword)
        apply(&style, "position", \.position, inherited: false, initial: "static", keyword)
        apply(&style, "z-index", \.zIndex, inherited: false, initial: nil) { value in
            if case .number(let n) = value { return .some(Int(n)) }
            return keyword(value) == "auto" ? .some(nil) : nil
        }
        apply(&style, "overflow-x", \.overflowX, inherited: false, initial: "visible", keyword)
        apply(&style, "overflow-y", \.overflowY, inherited: false, initial: "visible", keyword)
        let dimensions: [(String, WritableKeyPath<ComputedStyle, Dimension>, Dimension)] = [
            ("width", \.width, .auto), ("height", \.height, .auto), ("min-width", \.minWidth, .auto),
            ("min-height", \.minHeight, .auto), ("max-width", \.maxWidth, .keyword("none")), ("max-height", \.maxHeight, .keyword("none")),
            ("top", \.top, .auto), ("right", \.right, .auto), ("bottom", \.bottom, .auto), ("left", \.left, .auto),
            ("margin-top", \.margin.top, .px(0)), ("margin-right", \.margin.right, .px(0)),
            ("margin-bottom", \.margin.bottom, .px(0)), ("margin-left", \.margin.left, .px(0)),
            ("padding-top", \.padding.top, .px(0)), ("padding-right", \.padding.right, .px(0)),
            ("padding-bottom", \.padding.bottom, .px(0)), ("padding-left", \.padding.left, .px(0)),
        ]
        for (name, keyPath, initial) in dimensions { apply(&style, name, keyPath, inherited: false, initial: initial) { dimension($0, emContext) } }

        apply(&style, "text-decoration-line", \.textDecorationLine, inherited: false, initial: []) { value in
            keyword(value).map { Set($0.split(separator: " ").map(String.init).filter { $0 != "none" }) }
        }
        style.textDecorationsInEffect.formUnion(style.textDecorationLine)
        style.textDecorationColor = current
        apply(&style, "text-decoration-color", \.textDecorationColor, inherited: false, initial: current) { color($0, current: current) }

        computeOutlineAndBorders(&style, current: current, emContext)
        if let tokens = raw("transform") ?? raw("rotate") { style.transform = Self.transform(tokens) }
        if let tokens = raw("clip") { style.clipRect = Self.clipRect(tokens, context: emContext) }
        if let tokens = raw("clip-path"), !Self.isNone(tokens) { style.clipPath = CSSSerializer.serialize(tokens).asciiLowercased }
        if pseudo == .before || pseudo == .after, let tokens = raw("content") { style.content = Self.generatedContent(tokens, element: element) }

        style.effectiveOpacity = (parent?.effectiveOpacity ?? 1) * style.opacity
        if style.display == "none" { style.inNoneSubtree = true }
        if element.attribute("aria-hidden")?.trimmedText.lowercased() == "true" { style.ariaHiddenChain = true }
        if element.hasAttribute("inert") { style.inertChain = true }
        if style.visuallyHiddenReason == nil { style.visuallyHiddenReason = Self.visuallyHiddenReason(style) }
        return style
    }

    private func computeOutlineAndBorders(_ style: inout ComputedStyle, current: RGBA?, _ emContext: CalcExpression.Context) {
        style.outline.color = current
        apply(&style, "outline-style", \.outline.style, inherited: false, initial: "none", keyword)
        apply(&style, "outline-width", \.outline.width, inherited: false, initial: 3) { pixels($0, emContext) }
        apply(&style, "outline-color", \.outline.color, inherited: false, initial: current) { color($0, current: current) }
        apply(&style, "outline-offset", \.outline.offset, inherited: false, initial: 0) { pixels($0, emContext) }
        if values["outline-width"] == nil { style.outline.width = 3 }
        if style.outline.style == "none" { style.outline.width = 0 }
        let sides: [(String, WritableKeyPath<ComputedStyle, BorderSide>)] = [
            ("top", \.border.top), ("right", \.border.right), ("bottom", \.border.bottom), ("left", \.border.left),
        ]
        for (name, keyPath) in sides {
            style[keyPath: keyPath].color = current
            style[keyPath: keyPath].width = 3
            apply(&style, "border-\(name)-style", keyPath.appending(path: \.style), inherited: false, initial: "none", keyword)
            apply(&style, "border-\(name)-width", keyPath.appending(path: \.width), inherited: false, initial: 3) { pixels($0, emContext) }
            apply(&style, "border-\(name)-color", keyPath.appending(path: \.color), inherited: false, initial: current) { color($0, current: current) }
            let side = style[keyPath: keyPath]
            if side.style == "none" || side.style == "hidden" { style[keyPath: keyPath].width = 0 }
        }
    }

    // MARK: Raw values

    static func isNone(_ tokens: [CSSToken]) -> Bool {
        let words = tokens.filter { !$0.isWhitespace }
        return words.count == 1 && words[0].keyword == "none"
    }

    /// Rotation from `rotate()`, `rotateZ()`, `matrix()`/`matrix3d()` and the `rotate` property.
    static func transform(_ tokens: [CSSToken]) -> Transform {
        if isNone(tokens) { return Transform() }
        var rotation: Double? = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let (contents, next) = CSSParser.blockContents(tokens, open: index, end: tokens.count)
            defer { index = token.closer == nil ? index + 1 : next }
            if token.isWhitespace { continue }
            let arguments = CSSParser.splitCommas(tokens, contents).map { Array(tokens[CSSParser.trimmed(tokens, $0)]) }
            switch token {
            case .dimension:  // the `rotate` property: a bare angle
                rotation = rotation.flatMap { base in LengthParser.angle(token).map { base + $0 } }
            case .function(let rawName):
                let name = rawName.asciiLowercased
                switch name {
                case "rotate", "rotatez":
                    let angle = arguments.count == 1 && arguments[0].count == 1 ? LengthParser.angle(arguments[0][0]) : nil
                    rotation = rotation.flatMap { base in angle.map { base + $0 } }
                case "matrix", "matrix3d":
                    let numbers = arguments.compactMap { argument -> Double? in
                        if argument.count == 1, case .number(let n) = argument[0] { return n.value }
                        return nil
                    }
                    if numbers.count >= 2 {
                        rotation = rotation.map { $0 + atan2(numbers[1], numbers[0]) * 180 / .pi }
                    } else {
                        rotation = nil
                    }
                case "rotate3d", "rotatex", "rotatey", "perspective":
                    rotation = nil
                default:
                    break  // translate, scale, skew: no rotation
                }
            default:
                rotation = nil
            }
        }
        if let value = rotation {
            var normalized = value.truncatingRemainder(dividingBy: 360)
            if normalized <= -180 { normalized += 360 }
            if normalized > 180 { normalized -= 360 }
            rotation = abs(normalized) < 1e-9 ? 0 : normalized
        }
        return Transform(isNone: false, rotation: rotation)
    }

    static func clipRect(_ tokens: [CSSToken], context: CalcExpression.Context) -> [Double?]? {
        guard let start = tokens.firstIndex(where: { !$0.isWhitespace }), case .function(let name) = tokens[start],
              name.asciiLowercased == "rect" else { return nil }
        let (contents, _) = CSSParser.blockContents(tokens, open: start, end: tokens.count)
        let parts = tokens[contents].filter { !$0.isWhitespace && $0 != .comma }
        guard parts.count == 4 else { return nil }
        return parts.map { token in
            if token.keyword == "auto" { return nil }
            return LengthParser.leaf(token, allowNumber: false)?.evaluate(context)?.px
        }
    }

    static func generatedContent(_ tokens: [CSSToken], element: Element) -> GeneratedContent? {
        let words = tokens.filter { !$0.isWhitespace }
        if words.count == 1, let word = words[0].keyword, word == "none" || word == "normal" { return nil }
        var content = GeneratedContent(text: "", hasImage: false, alternativeText: nil)
        var alternative: String?
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let next = token.closer == nil ? index + 1 : CSSParser.componentEnd(tokens, from: index, end: tokens.count).end
            defer { index = next }
            var piece: String?
            switch token {
            case .delim("/"): alternative = ""; continue
            case .string(let text): piece = text
            case .url: content.hasImage = true
            case .ident(let word):
                switch word.asciiLowercased {
                case "open-quote": piece = "\u{201C}"
                case "close-quote": piece = "\u{201D}"
                default: break
                }
            case .function(let name):
                let lower = name.asciiLowercased
                if lower == "attr" {
                    let inner = CSSParser.blockContents(tokens, open: index, end: tokens.count).contents
                    if let attribute = inner.lazy.compactMap({ tokens[$0].keyword }).first {
                        piece = element.attribute(attribute) ?? ""
                    }
                } else if Shorthands.imageFunctions.contains(lower) {
                    content.hasImage = true
                }
            default: break
            }
            if let piece {
                if alternative != nil { alternative! += piece } else { content.text += piece }
            }
        }
        content.alternativeText = alternative
        return content
    }

    /// The sr-only family of patterns on this element alone.
    static func visuallyHiddenReason(_ style: ComputedStyle) -> VisuallyHiddenReason? {
        let positioned = style.position == "absolute" || style.position == "fixed"
        if positioned, let rect = style.clipRect {
            let top = rect[0] ?? 0, right = rect[1] ?? .infinity, bottom = rect[2] ?? .infinity, left = rect[3] ?? 0
            if (right - left) <= 1 || (bottom - top) <= 1 { return .clipped }
        }
        if let path = style.clipPath?.replacingOccurrences(of: " ", with: "") {
            if path.hasPrefix("inset(50%") || path.hasPrefix("inset(100%") || path.hasPrefix("circle(0") || path == "polygon(0000,0000,0000)" {
                return .clipped
            }
        }
        let hidesOverflow = style.overflowX == "hidden" || style.overflowY == "hidden" || style.overflowX == "clip" || style.overflowY == "clip"
        if hidesOverflow, let width = style.width.pixels, let height = style.height.pixels, width <= 1, height <= 1 {
            return .tinyBox
        }
        if style.position != "static" {
            for edge in [style.left, style.top] { if let value = edge.pixels, value <= -999 { return .offScreen } }
            if positioned, let value = style.right.pixels, value <= -999 { return .offScreen }
        }
        if let indent = style.textIndent.pixels, indent <= -999 { return .textIndent }
        return nil
    }
}
