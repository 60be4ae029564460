import HTMLDOM
import StyleEngine

/// Bounds on the size of an element's content, from its text and the sizes its CSS states, without
/// layout: CJK characters are 1em wide, other characters between 0.35em and 0.7em (narrower and wider
/// than any text font's average), lines at least 1em and at most max(line-height, 1.3em) high. Rules
/// fail on the lower bounds only ("even the smallest estimate overflows") and call a box safe only on the
/// upper ones; in between, layout decides and a person must look.
struct ContentExtent {
    var hasVisibleContent = false
    var minimumHeight = 0.0
    var minimumWidth = 0.0
    /// nil: something inside has a size wza cannot bound (an image without dimensions, a percentage).
    var maximumHeight: Double? = 0
    var maximumWidth: Double? = 0

    static let narrowestCharacter = 0.35, widestCharacter = 0.7

    /// The width the element's content can take at most: the nearest stated width of it or an ancestor
    /// (a percentage is at most its containing block), else the viewport's.
    static func availableWidth(_ element: Element, styles: PageStyles) -> Double {
        for candidate in [element] + element.ancestors {
            let style = styles.computed(for: candidate)
            if let width = style.width.pixels ?? style.maxWidth.pixels { return width }
        }
        return styles.viewport.width
    }

    static func measure(_ region: Element, styles: PageStyles) -> ContentExtent {
        let regionStyle = styles.computed(for: region)
        let availableWidth = availableWidth(region, styles: styles)
        let statedWidth = regionStyle.width.pixels ?? regionStyle.maxWidth.pixels
        var extent = ContentExtent()
        var minimumInk = 0.0, maximumInk = 0.0, smallestLine = Double.infinity, largestLine = 0.0
        var blocks = 0, breaks = 0, boxSpace = 0.0, boxSpaceKnown = true
        // Without wrapping, each line (between <br>s and blocks) is as wide as its content.
        var noWrapRun = 0.0
        let noWrap = ["nowrap", "pre"].contains(regionStyle.whiteSpace)
        func endRun() { extent.minimumWidth = max(extent.minimumWidth, noWrapRun); noWrapRun = 0 }
        var skipUntil = -1
        for node in region.descendantNodes {
            if node.documentOrder <= skipUntil { continue }
            if let element = node.element {
                guard styles.isRendered(element), !["script", "style", "template", "noscript"].contains(element.name) else {
                    skipUntil = element.lastDescendantOrder
                    continue
                }
                let style = styles.computed(for: element)
                if style.isOutOfFlow { skipUntil = element.lastDescendantOrder; continue }
                let width = style.width.pixels ?? style.minWidth.pixels, height = style.height.pixels ?? style.minHeight.pixels
                if let width { extent.minimumWidth = max(extent.minimumWidth, width) }
                if let height { extent.minimumHeight = max(extent.minimumHeight, height) }
                // A box that scrolls or clips on its own takes its stated size, whatever it holds.
                if let height, style.overflowY != "visible" {
                    extent.hasVisibleContent = extent.hasVisibleContent || !element.visibleText.isEmpty
                    extent.maximumHeight = extent.maximumHeight.map { $0 + height }
                    skipUntil = element.lastDescendantOrder
                    continue
                }
                if ["img", "svg", "video", "canvas", "iframe", "object", "embed", "input", "button", "select", "textarea"].contains(element.name) {
                    extent.hasVisibleContent = true
                    if let width, noWrap, style.display != "block" { noWrapRun += width }
                    if width == nil { extent.maximumWidth = nil }
                    extent.maximumHeight = height.flatMap { height in extent.maximumHeight.map { $0 + height } }
                    skipUntil = element.lastDescendantOrder
                    continue
                }
                if element.name == "br" { breaks += 1; endRun() }
                if style.display != "inline" {
                    endRun()
                    blocks += 1
                    for edge in [style.margin.top, style.margin.bottom, style.padding.top, style.padding.bottom] {
                        if let pixels = edge.pixels { boxSpace += max(0, pixels) } else if edge != .auto { boxSpaceKnown = false }
                    }
                    boxSpace += style.border.top.width + style.border.bottom.width
                    if height != nil { extent.maximumHeight = nil }  // a sized box may clip or grow: no upper bound
                }
                continue
            }
            guard node.kind == .text, let parent = node.parent else { continue }
            let (wide, narrow) = count(node.text)
            guard wide + narrow > 0 else { continue }
            extent.hasVisibleContent = true
            let style = styles.computed(for: parent)
            let size = style.fontSize
            minimumInk += (Double(wide) + Double(narrow) * narrowestCharacter) * size
            maximumInk += (Double(wide) + Double(narrow) * widestCharacter) * size
            if noWrap { noWrapRun += (Double(wide) + Double(narrow) * narrowestCharacter) * size }
            let lineHeight: Double = if case .normal = style.lineHeight { size } else { style.lineHeightPixels }
            smallestLine = min(smallestLine, lineHeight)
            largestLine = max(largestLine, max(style.lineHeightPixels, 1.3 * size))
            // One unbreakable word wider than the box makes it overflow sideways.
            if narrow > 0 { extent.maximumWidth = extent.maximumWidth.map { max($0, longestWord(node.text) * widestCharacter * size) } }
        }
        endRun()
        if minimumInk > 0 {
            let lines = noWrap ? Double(breaks + 1) : max((minimumInk / max(availableWidth, 1)).rounded(.up), Double(breaks + 1))
            extent.minimumHeight = max(extent.minimumHeight, lines * smallestLine)
        }
        if let known = extent.maximumHeight {
            if boxSpaceKnown, let width = statedWidth {
                let lines = noWrap ? Double(breaks + blocks + 1) : (maximumInk / max(width, 1)).rounded(.up) + Double(blocks + breaks)
                extent.maximumHeight = known + lines * largestLine + boxSpace
            } else {
                extent.maximumHeight = maximumInk > 0 ? nil : known + boxSpace
            }
        }
        if noWrap, maximumInk > 0 { extent.maximumWidth = nil }
        return extent
    }

    /// Characters of a text node, CJK (1em wide) and others, with white space collapsed to single spaces.
    static func count(_ text: String) -> (wide: Int, narrow: Int) {
        var wide = 0, narrow = 0, pendingSpace = false, started = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = started
                continue
            }
            if pendingSpace { narrow += 1; pendingSpace = false }
            started = true
            if isWide(scalar) { wide += 1 } else { narrow += 1 }
        }
        return (wide, narrow)
    }

    /// East Asian wide characters: CJK ideographs and punctuation, kana, Hangul, fullwidth forms.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x3FFFD: true
        default: false
        }
    }

    /// Length in characters of the longest run without a space or CJK character (where lines can break).
    static func longestWord(_ text: String) -> Double {
        var longest = 0, current = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || isWide(scalar) || scalar == "-" || scalar == "/" { current = 0 } else { current += 1; longest = max(longest, current) }
        }
        return Double(longest)
    }
}
