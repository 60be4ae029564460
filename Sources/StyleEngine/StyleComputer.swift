import Foundation
import HTMLDOM

/// The cascade's winners for one element: longhand → (value, tokens), after `var()` and shorthands.
typealias DeclaredValues = [String: (value: CSSValue, tokens: [CSSToken])]

/// Specified → computed values for one element, given its parent's computed style. Font size first
/// (em and line-height depend on it), then colour (currentcolor), then everything else.
///
/// Values are computed into a plain `ComputedStyle.Values` and boxed once at the end; no key paths, no
/// copies of the parent's fields beyond the inherited ones.
struct StyleComputer {
    let values: DeclaredValues
    let parent: ComputedStyle.Values?
    let rootFontSize: Double
    let viewport: Viewport
    let element: Element
    let pseudo: PseudoElement?

    init(values: DeclaredValues, parent: ComputedStyle?, rootFontSize: Double, viewport: Viewport, element: Element, pseudo: PseudoElement?) {
        self.values = values
        self.parent = parent?.values
        self.rootFontSize = rootFontSize
        self.viewport = viewport
        self.element = element
        self.pseudo = pseudo
    }

    /// The starting point: inherited properties take the parent's computed values, the rest their initial ones.
    private func initialValues() -> ComputedStyle.Values {
        var style = ComputedStyle.Values()
        guard let parent else { return style }
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
        return style
    }

    /// Applies a declared value to `target`, handling the CSS-wide keywords; `compute` returns nil to keep
    /// the current value. `parentValue` is read only for `inherit`/`unset`.
    @inline(__always)
    private func apply<T>(_ target: inout T, _ name: String, inherited: Bool, initial: T, parent parentValue: (ComputedStyle.Values) -> T?,
                          _ compute: (CSSValue) -> T?) {
        guard let value = values[name]?.value else { return }
        switch value {
        case .wide(.inherit): target = parent.flatMap(parentValue) ?? initial
        case .wide(.initial): target = initial
        case .wide(.unset), .pending: target = inherited ? (parent.flatMap(parentValue) ?? initial) : initial
        default: if let computed = compute(value) { target = computed }
        }
    }

    /// An optional field's parent value as the old key-path lookup saw it: nil (use the initial value)
    /// when the parent's value is nil.
    private static func flat<U>(_ value: U?) -> U?? { value.map { .some($0) } }

    private static func keyword(_ value: CSSValue) -> String? { if case .keyword(let word) = value { word } else { nil } }

    private func raw(_ name: String) -> [CSSToken]? {
        guard let entry = values[name], case .raw = entry.value else { return nil }
        return entry.tokens
    }

    private static func dimension(_ value: CSSValue, _ emContext: CalcExpression.Context) -> Dimension? {
        switch value {
        case .keyword(let word): return word == "auto" ? .auto : .keyword(word)
        case .length(let expression):
            guard let linear = expression.evaluate(emContext) else { return .unknown }
            return linear.percent == 0 ? .px(linear.px) : .percent(linear.percent, plusPx: linear.px)
        default: return nil
        }
    }

    private static func pixels(_ value: CSSValue, _ emContext: CalcExpression.Context) -> Double? {
        guard case .length(let expression) = value, let linear = expression.evaluate(emContext), linear.percent == 0 else { return nil }
        return linear.px
    }

    private static func color(_ value: CSSValue, current: RGBA?) -> RGBA?? {
        switch value {
        case .color(.rgba(let rgba)): return .some(rgba)
        case .color(.currentColor), .keyword("auto"): return .some(current)
        case .color(.unknown): return .some(nil)
        default: return nil
        }
    }

    func compute() -> ComputedStyle {
        var style = initialValues()
        let keyword = Self.keyword
        let parentFontSize = parent?.fontSize ?? 16
        let rootFontSize = self.rootFontSize, viewport = self.viewport, isRoot = parent == nil
        apply(&style.fontSize, "font-size", inherited: true, initial: 16, parent: { $0.fontSize }) { value in
            switch value {
            case .keyword("larger"): return parentFontSize * 1.2
            case .keyword("smaller"): return parentFontSize / 1.2
            case .keyword(let word): return PropertyTable.sizeKeywords[word]
            case .length(let expression):
                let context = CalcExpression.Context(em: parentFontSize, rem: isRoot ? 16 : rootFontSize, viewport: viewport, percentBasis: parentFontSize)
                guard let linear = expression.evaluate(context), linear.px >= 0 else { return nil }
                return linear.px
            default: return nil
            }
        }
        let parentColor = parent?.color ?? .black
        apply(&style.color, "color", inherited: true, initial: .black, parent: { Self.flat($0.color) }) { value in
            if case .color(.currentColor) = value { return .some(parentColor) }
            return Self.color(value, current: parentColor)
        }
        let current = style.color
        let emContext = CalcExpression.Context(em: style.fontSize, rem: rootFontSize, viewport: viewport, percentBasis: nil)
        let ownFontSize = style.fontSize
        let parentWeight = parent?.fontWeight ?? 400
        apply(&style.fontWeight, "font-weight", inherited: true, initial: 400, parent: { $0.fontWeight }) { value in
            switch value {
            case .number(let weight): return weight
            case .keyword("bolder"): return parentWeight < 350 ? 400 : parentWeight < 550 ? 700 : 900
            case .keyword("lighter"): return parentWeight < 550 ? 100 : parentWeight < 750 ? 400 : 700
            default: return nil
            }
        }
        apply(&style.fontStyle, "font-style", inherited: true, initial: "normal", parent: { $0.fontStyle }, keyword)
        let fontFamily = raw("font-family")
        apply(&style.fontFamily, "font-family", inherited: true, initial: nil, parent: { Self.flat($0.fontFamily) }) { _ in
            fontFamily.map { .some(CSSSerializer.serialize($0)) }
        }
        apply(&style.lineHeight, "line-height", inherited: true, initial: .normal, parent: { $0.lineHeight }) { value in
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
        let spacing = { (value: CSSValue) -> Double? in keyword(value) == "normal" ? 0 : Self.pixels(value, emContext) }
        apply(&style.letterSpacing, "letter-spacing", inherited: true, initial: 0, parent: { $0.letterSpacing }, spacing)
        apply(&style.wordSpacing, "word-spacing", inherited: true, initial: 0, parent: { $0.wordSpacing }, spacing)
        let dimension = { (value: CSSValue) -> Dimension? in Self.dimension(value, emContext) }
        apply(&style.textIndent, "text-indent", inherited: true, initial: .px(0), parent: { $0.textIndent }, dimension)
        apply(&style.textAlign, "text-align", inherited: true, initial: "start", parent: { $0.textAlign }, keyword)
        apply(&style.textTransform, "text-transform", inherited: true, initial: "none", parent: { $0.textTransform }, keyword)
        apply(&style.whiteSpace, "white-space", inherited: true, initial: "normal", parent: { $0.whiteSpace }, keyword)
        apply(&style.textOverflow, "text-overflow", inherited: false, initial: "clip", parent: { $0.textOverflow }) { value in
            keyword(value) ?? "string"
        }
        apply(&style.visibility, "visibility", inherited: true, initial: "visible", parent: { $0.visibility }, keyword)
        apply(&style.pointerEvents, "pointer-events", inherited: true, initial: "auto", parent: { $0.pointerEvents }, keyword)
        let cursor = raw("cursor")
        apply(&style.cursor, "cursor", inherited: true, initial: "auto", parent: { $0.cursor }) { _ in cursor.map { CSSSerializer.serialize($0).asciiLowercased } }
        let textShadow = raw("text-shadow")
        apply(&style.hasTextShadow, "text-shadow", inherited: true, initial: false, parent: { $0.hasTextShadow }) { _ in textShadow.map { !Self.isNone($0) } }

        // Not inherited.
        apply(&style.backgroundColor, "background-color", inherited: false, initial: .transparent, parent: { Self.flat($0.backgroundColor) }) {
            Self.color($0, current: current)
        }
        apply(&style.hasBackgroundImage, "background-image", inherited: false, initial: false, parent: { $0.hasBackgroundImage }) {
            keyword($0).map { $0 == "image" }
        }
        apply(&style.opacity, "opacity", inherited: false, initial: 1, parent: { $0.opacity }) { if case .number(let n) = $0 { n } else { nil } }
        let boxShadow = raw("box-shadow")
        apply(&style.hasBoxShadow, "box-shadow", inherited: false, initial: false, parent: { $0.hasBoxShadow }) { _ in boxShadow.map { !Self.isNone($0) } }
        apply(&style.display, "display", inherited: false, initial: "inline", parent: { $0.display }, keyword)
        apply(&style.contentVisibility, "content-visibility", inherited: false, initial: "visible", parent: { $0.contentVisibility }, keyword)
        apply(&style.position, "position", inherited: false, initial: "static", parent: { $0.position }, keyword)
        apply(&style.zIndex, "z-index", inherited: false, initial: nil, parent: { Self.flat($0.zIndex) }) { value in
            if case .number(let n) = value { return .some(Int(n)) }
            return keyword(value) == "auto" ? .some(nil) : nil
        }
        apply(&style.overflowX, "overflow-x", inherited: false, initial: "visible", parent: { $0.overflowX }, keyword)
        apply(&style.overflowY, "overflow-y", inherited: false, initial: "visible", parent: { $0.overflowY }, keyword)
        apply(&style.width, "width", inherited: false, initial: .auto, parent: { $0.width }, dimension)
        apply(&style.height, "height", inherited: false, initial: .auto, parent: { $0.height }, dimension)
        apply(&style.minWidth, "min-width", inherited: false, initial: .auto, parent: { $0.minWidth }, dimension)
        apply(&style.minHeight, "min-height", inherited: false, initial: .auto, parent: { $0.minHeight }, dimension)
        apply(&style.maxWidth, "max-width", inherited: false, initial: .keyword("none"), parent: { $0.maxWidth }, dimension)
        apply(&style.maxHeight, "max-height", inherited: false, initial: .keyword("none"), parent: { $0.maxHeight }, dimension)
        apply(&style.top, "top", inherited: false, initial: .auto, parent: { $0.top }, dimension)
        apply(&style.right, "right", inherited: false, initial: .auto, parent: { $0.right }, dimension)
        apply(&style.bottom, "bottom", inherited: false, initial: .auto, parent: { $0.bottom }, dimension)
        apply(&style.left, "left", inherited: false, initial: .auto, parent: { $0.left }, dimension)
        apply(&style.margin.top, "margin-top", inherited: false, initial: .px(0), parent: { $0.margin.top }, dimension)
        apply(&style.margin.right, "margin-right", inherited: false, initial: .px(0), parent: { $0.margin.right }, dimension)
        apply(&style.margin.bottom, "margin-bottom", inherited: false, initial: .px(0), parent: { $0.margin.bottom }, dimension)
        apply(&style.margin.left, "margin-left", inherited: false, initial: .px(0), parent: { $0.margin.left }, dimension)
        apply(&style.padding.top, "padding-top", inherited: false, initial: .px(0), parent: { $0.padding.top }, dimension)
        apply(&style.padding.right, "padding-right", inherited: false, initial: .px(0), parent: { $0.padding.right }, dimension)
        apply(&style.padding.bottom, "padding-bottom", inherited: false, initial: .px(0), parent: { $0.padding.bottom }, dimension)
        apply(&style.padding.left, "padding-left", inherited: false, initial: .px(0), parent: { $0.padding.left }, dimension)

        apply(&style.textDecorationLine, "text-decoration-line", inherited: false, initial: [], parent: { $0.textDecorationLine }) { value in
            keyword(value).map { Set($0.split(separator: " ").map(String.init).filter { $0 != "none" }) }
        }
        style.textDecorationsInEffect.formUnion(style.textDecorationLine)
        style.textDecorationColor = current
        apply(&style.textDecorationColor, "text-decoration-color", inherited: false, initial: current, parent: { Self.flat($0.textDecorationColor) }) {
            Self.color($0, current: current)
        }

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
        return ComputedStyle(values: style)
    }

    /// Longhand names per border side (no string building per element).
    private static let borderNames: [(style: String, width: String, color: String)] = ["top", "right", "bottom", "left"].map {
        ("border-\($0)-style", "border-\($0)-width", "border-\($0)-color")
    }

    private func computeOutlineAndBorders(_ style: inout ComputedStyle.Values, current: RGBA?, _ emContext: CalcExpression.Context) {
        let keyword = Self.keyword
        let pixels = { (value: CSSValue) -> Double? in Self.pixels(value, emContext) }
        let color = { (value: CSSValue) -> RGBA?? in Self.color(value, current: current) }
        style.outline.color = current
        apply(&style.outline.style, "outline-style", inherited: false, initial: "none", parent: { $0.outline.style }, keyword)
        apply(&style.outline.width, "outline-width", inherited: false, initial: 3, parent: { $0.outline.width }, pixels)
        apply(&style.outline.color, "outline-color", inherited: false, initial: current, parent: { Self.flat($0.outline.color) }, color)
        apply(&style.outline.offset, "outline-offset", inherited: false, initial: 0, parent: { $0.outline.offset }, pixels)
        if values["outline-width"] == nil { style.outline.width = 3 }
        if style.outline.style == "none" { style.outline.width = 0 }
        computeSide(&style.border.top, Self.borderNames[0], current: current, parent: { $0.border.top }, pixels, color)
        computeSide(&style.border.right, Self.borderNames[1], current: current, parent: { $0.border.right }, pixels, color)
        computeSide(&style.border.bottom, Self.borderNames[2], current: current, parent: { $0.border.bottom }, pixels, color)
        computeSide(&style.border.left, Self.borderNames[3], current: current, parent: { $0.border.left }, pixels, color)
    }

    @inline(__always)
    private func computeSide(_ side: inout BorderSide, _ names: (style: String, width: String, color: String), current: RGBA?,
                             parent parentSide: (ComputedStyle.Values) -> BorderSide,
                             _ pixels: (CSSValue) -> Double?, _ color: (CSSValue) -> RGBA??) {
        side.color = current
        side.width = 3
        apply(&side.style, names.style, inherited: false, initial: "none", parent: { parentSide($0).style }, Self.keyword)
        apply(&side.width, names.width, inherited: false, initial: 3, parent: { parentSide($0).width }, pixels)
        apply(&side.color, names.color, inherited: false, initial: current, parent: { Self.flat(parentSide($0).color) }, color)
        if side.style == "none" || side.style == "hidden" { side.width = 0 }
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
    static func visuallyHiddenReason(_ style: ComputedStyle.Values) -> VisuallyHiddenReason? {
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
