import AuditCore
import HTMLDOM
import StyleEngine

/// A box that scrolls (`overflow: auto|scroll` with more content than room) can be reached with the Tab
/// key: it takes focus itself or holds something that does; otherwise keyboard users cannot scroll it.
///
/// Whether a box scrolls is a layout question. wza bounds the content's size from the CSS and the text:
/// CJK characters are 1em wide, other characters between 0.35em and 0.7em, lines at least 1em high. It
/// fails a box only when even the smallest estimate overflows it by more than its padding, and says a box
/// does not scroll only when even the largest fits; in between, the box needs a person.
struct ScrollableRegionFocusableRule: Rule {
    let description = RuleDescription(
        id: "scrollable-region-focusable",
        title: Localized(zh: "可滚动区域能用键盘到达", en: "Scrollable regions can be reached with the keyboard"),
        rationale: Localized(
            zh: "设置了固定高度并可滚动的区域（如通知公告栏、政策正文框），如果本身不能获得焦点、里面也没有可聚焦的元素，只用键盘的用户就无法滚动查看其余内容。",
            en: "A box of fixed size that scrolls (a notice list, a policy text box) cannot be scrolled by keyboard users unless it, or something inside it, can take focus."),
        fix: Localized(zh: "给可滚动区域加 tabindex=\"0\"，并用 role 和 aria-label 说明它是什么（如 role=\"region\" aria-label=\"通知公告\"）；或去掉固定高度，让内容完整显示。",
                       en: "Add tabindex=\"0\" to the scrolling box with a role and a name (e.g. role=\"region\" aria-label=\"Notices\"), or drop the fixed height so the content shows in full."),
        impact: .serious, wcag: ["2.1.1", "2.1.3"], act: ["0ssw9k"], references: ["W11"],
        passing: [
            RuleExample(##"<div style="height:60px;width:300px;overflow:auto" tabindex="0" role="region" aria-label="通知公告"><p>关于开展老年人综合津贴年度核查工作的通知。关于调整城乡居民基本医疗保险缴费标准的通知。关于做好冬季供暖保障工作的通知。关于公布第一批养老服务机构名单的公告。</p></div>"##),
            RuleExample(##"<div style="height:60px;width:300px;overflow-y:scroll"><ul><li><a href="n1.html">关于开展老年人综合津贴年度核查工作的通知</a></li><li><a href="n2.html">关于调整城乡居民基本医疗保险缴费标准的通知</a></li><li><a href="n3.html">关于做好冬季供暖保障工作的通知</a></li></ul></div>"##),
            RuleExample(##"<div style="height:200px;width:300px;overflow:auto"><p>内容很少。</p></div>"##),
            RuleExample(##"<div style="height:40px;width:300px;overflow:hidden"><p>超出部分被裁掉而不是滚动：关于开展老年人综合津贴年度核查工作的通知。关于调整城乡居民基本医疗保险缴费标准的通知。</p></div>"##),
            RuleExample(##"<div style="height:20px;width:300px;overflow-x:scroll"><div style="width:900px;height:1px"></div></div>"##),
        ],
        failing: [
            RuleExample(##"↓<div style="height:60px;width:300px;overflow:auto"><p>关于开展老年人综合津贴年度核查工作的通知。关于调整城乡居民基本医疗保险缴费标准的通知。关于做好冬季供暖保障工作的通知。关于公布第一批养老服务机构名单的公告。</p></div>"##),
            RuleExample(##"<style>.logos{width:300px;height:60px;overflow-y:auto;white-space:nowrap}.logos img{display:inline-block;width:80px}</style>↓<div class="logos"><img src="a.png" alt="甲"><img src="b.png" alt="乙"><img src="c.png" alt="丙"><img src="d.png" alt="丁"><img src="e.png" alt="戊"></div>"##),
        ],
        cantTell: [
            // Latin text of this length may or may not fit 300×120px, depending on the font.
            RuleExample(##"<div style="height:120px;width:300px;overflow:auto"><p>Notice on the annual review of the comprehensive allowance for older residents, and on the new contribution rates.</p></div>"##),
            RuleExample(##"<div style="height:100px;width:300px;overflow:auto"><img src="map.png" alt="办事大厅位置图"></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        // The page's own scrolling (html, body) and framed documents are not element scrollers.
        guard !["html", "body", "iframe", "frame", "textarea", "select", "input", "img", "video", "audio", "object", "embed"].contains(element.name)
        else { return .inapplicable }
        let styles = page.styles
        let style = styles.computed(for: element)
        let (scrollsX, scrollsY) = Self.scrollAxes(style)
        guard scrollsX || scrollsY, styles.visibility(of: element) == .visible else { return .inapplicable }
        let content = ContentExtent.measure(element, in: page)
        guard content.hasVisibleContent else { return .inapplicable }
        var overflows = false, mayOverflow = false
        if scrollsY, let height = style.height.pixels ?? style.maxHeight.pixels {
            let room = height + Self.padding(style.padding.top) + Self.padding(style.padding.bottom)
            if content.minimumHeight > room + 1 { overflows = true }
            else if content.maximumHeight.map({ $0 > height }) ?? true { mayOverflow = true }
        }
        if scrollsX, let width = style.width.pixels ?? style.maxWidth.pixels {
            let room = width + Self.padding(style.padding.left) + Self.padding(style.padding.right)
            if content.minimumWidth > room + 1 { overflows = true }
            else if content.maximumWidth.map({ $0 > width }) ?? true { mayOverflow = true }
        }
        let reachable = SequentialFocus.isInTabOrder(element) || element.descendants.contains {
            SequentialFocus.isInTabOrder($0) && styles.isInAccessibilityTree($0)
        }
        if overflows { return reachable ? .passed() : .failed(.unreachable) }
        if mayOverflow && !reachable { return .cantTell(.mayScroll) }
        return .inapplicable
    }

    /// Computed overflow per axis: `visible` next to a scrolling axis becomes `auto`. Only `auto` and
    /// `scroll` let the user scroll (`hidden` and `clip` do not).
    static func scrollAxes(_ style: ComputedStyle) -> (x: Bool, y: Bool) {
        var x = style.overflowX, y = style.overflowY
        if x == "visible", !["visible", "clip"].contains(y) { x = "auto" }
        if y == "visible", !["visible", "clip"].contains(x) { y = "auto" }
        return (["auto", "scroll"].contains(x), ["auto", "scroll"].contains(y))
    }

    static func padding(_ value: Dimension) -> Double { value.pixels ?? 0 }
}

/// Bounds on the size of an element's content, from its text and the sizes its CSS states.
struct ContentExtent {
    var hasVisibleContent = false
    var minimumHeight = 0.0
    var minimumWidth = 0.0
    /// nil: something inside has a size wza cannot bound (an image without dimensions, a percentage).
    var maximumHeight: Double? = 0
    var maximumWidth: Double? = 0

    /// Average advance of a non-CJK character, in em: narrower than any text font's average, and wider.
    static let narrowestCharacter = 0.35, widestCharacter = 0.7

    static func measure(_ region: Element, in page: PageContext) -> ContentExtent {
        let styles = page.styles
        let regionStyle = styles.computed(for: region)
        let availableWidth = regionStyle.width.pixels ?? regionStyle.maxWidth.pixels ?? styles.viewport.width
        var extent = ContentExtent()
        var minimumInk = 0.0, maximumInk = 0.0, smallestLine = Double.infinity, largestLine = 0.0
        var blocks = 0, boxSpace = 0.0, boxSpaceKnown = true
        var noWrapRun = 0.0
        let noWrap = ["nowrap", "pre"].contains(regionStyle.whiteSpace)
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
                if ["img", "svg", "video", "canvas", "iframe", "object", "embed", "input", "button", "select", "textarea"].contains(element.name) {
                    extent.hasVisibleContent = true
                    if let width, noWrap, style.display != "block" { noWrapRun += width }
                    if width == nil { extent.maximumWidth = nil }
                    extent.maximumHeight = height.flatMap { height in extent.maximumHeight.map { $0 + height } }
                    skipUntil = element.lastDescendantOrder
                    continue
                }
                if element.name == "br" { blocks += 1 }
                if style.display != "inline" {
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
            let (wide, narrow) = Self.count(node.text)
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
            // One unbreakable word wider than the box makes it scroll sideways.
            if narrow > 0 { extent.maximumWidth = extent.maximumWidth.map { max($0, Self.longestWord(node.text) * widestCharacter * size) } }
        }
        if minimumInk > 0 {
            let lines = noWrap ? 1 : (minimumInk / max(availableWidth, 1)).rounded(.up)
            extent.minimumHeight = max(extent.minimumHeight, lines * smallestLine)
        }
        extent.minimumWidth = max(extent.minimumWidth, noWrapRun)
        if let known = extent.maximumHeight {
            if boxSpaceKnown, let width = regionStyle.width.pixels ?? regionStyle.maxWidth.pixels {
                let lines = noWrap ? 1 : (maximumInk / max(width, 1)).rounded(.up) + Double(blocks)
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
        var wide = 0, narrow = 0, lastWasSpace = true
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { narrow += 1 }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if isWide(scalar) { wide += 1 } else { narrow += 1 }
        }
        if lastWasSpace, narrow > 0, !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { narrow -= 1 }
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

extension Localized {
    fileprivate static let unreachable = Localized(
        zh: "该区域内容超出了固定尺寸、需要滚动，但它本身不能获得焦点，里面也没有可聚焦的元素：键盘用户无法滚动它。",
        en: "The box's content overflows its fixed size, but neither the box nor anything in it can take focus: keyboard users cannot scroll it.")
    fileprivate static let mayScroll = Localized(
        zh: "该区域可以滚动（overflow: auto/scroll），内容是否超出由字体和布局决定；若会滚动，它和里面都没有可聚焦的元素，需人工用键盘核验。",
        en: "The box can scroll (overflow: auto/scroll) and whether its content overflows depends on fonts and layout; if it does, nothing in it can take focus, so check it with the keyboard.")
}
