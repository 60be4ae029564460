import HTMLDOM

/// Static visibility: what markup and inline styles alone say. A later CSS stage refines this with
/// style sheets; until then an element hidden only by a style sheet counts as shown.
enum Visibility {
    /// Hidden from everyone: `hidden`, inline `display:none` / `visibility:hidden`, or inside such an element.
    static func isHidden(_ element: Element) -> Bool {
        if hidesItself(element) { return true }
        return element.ancestors.contains(where: hidesItself)
    }

    /// Hidden from assistive technologies (also counts `aria-hidden="true"` on the element or an ancestor).
    static func isHiddenFromAssistiveTechnology(_ element: Element) -> Bool {
        if isHidden(element) { return true }
        if ariaHidden(element) { return true }
        return element.ancestors.contains(where: ariaHidden)
    }

    private static func ariaHidden(_ element: Element) -> Bool {
        element.attribute("aria-hidden")?.trimmedText.lowercased() == "true"
    }

    private static func hidesItself(_ element: Element) -> Bool {
        if element.hasAttribute("hidden") { return true }
        if element.name == "input", element.attribute("type")?.lowercased() == "hidden" { return true }
        guard let style = element.attribute("style")?.lowercased() else { return false }
        let declarations = InlineStyle.declarations(style)
        return declarations["display"] == "none" || declarations["visibility"] == "hidden"
    }
}

/// Reads `style` attributes into property → value (last wins, `!important` dropped).
enum InlineStyle {
    static func declarations(_ style: String) -> [String: String] {
        var result: [String: String] = [:]
        for part in style.split(separator: ";") {
            guard let colon = part.firstIndex(of: ":") else { continue }
            let property = part[..<colon].trimmedText.lowercased()
            var value = part[part.index(after: colon)...].trimmedText.lowercased()
            if let bang = value.range(of: "!important") { value = String(value[..<bang.lowerBound]).trimmedText }
            result[property] = value
        }
        return result
    }
}
