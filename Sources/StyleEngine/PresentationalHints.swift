import HTMLDOM

/// Presentational attributes (`<font color size>`, `bgcolor`, `width`/`height`…), still common on older
/// government sites. HTML maps them to author-level declarations with zero specificity.
enum PresentationalHints {
    private static let colorHosts: Set<String> = ["body", "table", "thead", "tbody", "tfoot", "tr", "td", "th"]
    private static let sizeHosts: Set<String> = ["img", "iframe", "video", "canvas", "embed", "object", "table", "td", "th", "col", "applet", "marquee"]
    private static let fontSizes = ["x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large"]
    private static let alignHosts: Set<String> = ["div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr"]

    /// Every attribute `css(for:)` reads: an element with none of them has no hints.
    static let attributes = ["bgcolor", "background", "text", "color", "size", "type", "width", "height", "align", "nowrap"]

    /// The element's hints as CSS declarations (`background-color:#eee;width:100px;`); empty when it has none.
    /// `PageStyles` parses them through the run's cache: a legacy site repeats a handful on every page.
    static func css(for element: Element) -> String {
        guard element.hasAttributes else { return "" }
        var css = ""
        let name = element.name
        if colorHosts.contains(name), let color = element.attribute("bgcolor").flatMap(legacyColor) {
            css += "background-color:\(color);"
        }
        if colorHosts.contains(name), let image = element.attribute("background"), !image.isBlankText {
            css += "background-image:url(x);"
        }
        if name == "body", let color = element.attribute("text").flatMap(legacyColor) { css += "color:\(color);" }
        if name == "font" {
            if let color = element.attribute("color").flatMap(legacyColor) { css += "color:\(color);" }
            if let size = element.attribute("size").flatMap(fontSize) { css += "font-size:\(size);" }
        }
        if sizeHosts.contains(name) || (name == "input" && element.attribute("type")?.lowercased() == "image") {
            if let width = element.attribute("width").flatMap(dimension) { css += "width:\(width);" }
            if let height = element.attribute("height").flatMap(dimension) { css += "height:\(height);" }
        }
        if alignHosts.contains(name),
           let align = element.attribute("align")?.trimmedText.lowercased(), ["left", "right", "center", "justify"].contains(align) {
            css += "text-align:\(align);"
        }
        if (name == "td" || name == "th"), element.hasAttribute("nowrap") { css += "white-space:nowrap;" }
        return css
    }

    /// HTML's legacy colour parsing, simplified: names, `#rgb`/`#rrggbb`, and hex without the `#`.
    static func legacyColor(_ raw: String) -> String? {
        let value = raw.trimmedText.lowercased()
        guard !value.isEmpty, value != "transparent" else { return nil }
        if NamedColors.table[value] != nil { return value }
        let hex = value.hasPrefix("#") ? String(value.dropFirst()) : value
        guard [3, 6].contains(hex.count), hex.unicodeScalars.allSatisfy(\.properties.isASCIIHexDigit) else { return nil }
        return "#" + hex
    }

    /// `<font size>`: 1…7, or relative to 3 with a sign.
    static func fontSize(_ raw: String) -> String? {
        let value = raw.trimmedText
        guard let first = value.first else { return nil }
        let digits = value.drop { $0 == "+" || $0 == "-" }.prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits) else { return nil }
        var size = first == "+" ? 3 + number : first == "-" ? 3 - number : number
        size = min(max(size, 1), 7)
        return fontSizes[size - 1]
    }

    /// `width="100"` → 100px, `width="50%"` → 50%.
    static func dimension(_ raw: String) -> String? {
        let value = raw.trimmedText
        let digits = value.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard !digits.isEmpty, let number = Double(digits) else { return nil }
        return value.dropFirst(digits.count).hasPrefix("%") ? "\(number)%" : "\(number)px"
    }
}
