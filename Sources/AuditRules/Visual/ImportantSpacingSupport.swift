import AuditCore
import HTMLDOM
import StyleEngine

/// The ACT "important spacing in style attributes" rules: a `style` attribute that sets letter, word or
/// line spacing with `!important` stops readers from overriding it, so the value must already be wide enough
/// (WCAG 1.4.12: 0.12, 0.16 and 1.5 times the font size).
enum ImportantSpacing {
    enum Property: String {
        case letterSpacing = "letter-spacing"
        case wordSpacing = "word-spacing"
        case lineHeight = "line-height"

        var factor: Double {
            switch self {
            case .letterSpacing: 0.12
            case .wordSpacing: 0.16
            case .lineHeight: 1.5
            }
        }

        func pixels(_ style: ComputedStyle) -> Double {
            switch self {
            case .letterSpacing: style.letterSpacing
            case .wordSpacing: style.wordSpacing
            case .lineHeight: style.lineHeightPixels
            }
        }
    }

    /// The declaration of `property` that wins inside the style attribute: the last `!important` one, else
    /// the last one; with whether it is important and its raw value.
    static func winningDeclaration(_ property: Property, in style: String) -> (value: String, important: Bool)? {
        var winner: (value: String, important: Bool)?
        for part in style.split(separator: ";") {
            guard let colon = part.firstIndex(of: ":") else { continue }
            guard part[..<colon].trimmedText.lowercased() == property.rawValue else { continue }
            var value = part[part.index(after: colon)...].trimmedText
            var important = false
            if let bang = value.lastIndex(of: "!"), value[value.index(after: bang)...].trimmedText.lowercased() == "important" {
                important = true
                value = value[..<bang].trimmedText
            }
            if important || winner?.important != true { winner = (value, important) }
        }
        return winner
    }

    static func verdict(_ property: Property, _ element: Element, in page: PageContext) -> Verdict {
        guard let style = element.attribute("style"), let declaration = winningDeclaration(property, in: style),
              declaration.important else { return .inapplicable }
        // inherit/unset take the parent's value: the rule is about values the attribute itself sets.
        if ["inherit", "unset", "revert", "revert-layer"].contains(declaration.value.lowercased()) { return .inapplicable }
        let computed = page.styles.computed(for: element)
        let fontSizes = textFontSizes(element, property, computed, in: page)
        guard let largest = fontSizes.max() else { return .inapplicable }
        if property == .lineHeight, wrapsDoubtfully(element, in: page) { return .cantTell(.mayNotWrap) }
        // The text is measured in its own font size (a 10px paragraph inside a 16px box needs less).
        let value = property.pixels(computed)
        let required = property.factor * largest
        if value + 0.01 >= required { return .passed() }
        return .failed(.tooTight(property.rawValue, declaration.value, value, required))
    }

    /// Font sizes of the visible text whose spacing comes from this element (not re-declared below it).
    static func textFontSizes(_ element: Element, _ property: Property, _ style: ComputedStyle, in page: PageContext) -> [Double] {
        let mine = property.pixels(style)
        var sizes: [Double] = []
        for node in element.descendantNodes where node.kind == .text && !node.text.isBlankText {
            guard let parent = node.parent, page.styles.visibility(of: parent) == .visible else { continue }
            let parentStyle = page.styles.computed(for: parent)
            // Inherited lengths stay equal; a unitless line height scales with the font size.
            let inherited = parent == element || abs(property.pixels(parentStyle) - mine) < 0.01
                || (property == .lineHeight && abs(property.pixels(parentStyle) / parentStyle.fontSize - mine / style.fontSize) < 0.01)
            if inherited { sizes.append(parentStyle.fontSize) }
        }
        return sizes
    }

    /// Text inside a horizontally scrolling box may never wrap, so its line height may not matter.
    static func wrapsDoubtfully(_ element: Element, in page: PageContext) -> Bool {
        ([element] + element.ancestors).contains { candidate in
            let style = page.styles.computed(for: candidate)
            return style.overflowX == "scroll" || style.overflowX == "auto"
        }
    }
}

extension Localized {
    static let mayNotWrap = Localized(zh: "文字位于可横向滚动的区域内，可能不换行，行高要求是否适用需人工确认。", en: "The text sits in a horizontally scrolling box and may not wrap; a person must check whether line height matters.")
    static func tooTight(_ property: String, _ written: String, _ value: Double, _ required: Double) -> Localized {
        let shown = value.roundedForMessage(decimals: 2), need = required.roundedForMessage(decimals: 2)
        return Localized(zh: "style 属性用 !important 把 \(property) 设为 \(written)（\(shown)px），小于字号要求的 \(need)px，读者无法用自定义样式加大。",
                         en: "The style attribute forces \(property): \(written) (\(shown)px) with !important, below the \(need)px the font size requires, and readers cannot override it.")
    }
}
