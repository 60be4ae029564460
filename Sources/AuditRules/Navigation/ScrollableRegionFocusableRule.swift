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
        // Most elements have no overflow rule at all: no style needed to know they do not scroll.
        guard styles.mayHaveOverflow(element) else { return .inapplicable }
        let style = styles.computed(for: element)
        let (scrollsX, scrollsY) = Self.scrollAxes(style)
        // Without a stated size on a scrolling axis the box grows with its content and never scrolls.
        let height = scrollsY ? style.height.pixels ?? style.maxHeight.pixels : nil
        let width = scrollsX ? style.width.pixels ?? style.maxWidth.pixels : nil
        guard height != nil || width != nil, styles.visibility(of: element) == .visible else { return .inapplicable }
        let content = ContentExtent.measure(element, styles: styles)
        guard content.hasVisibleContent else { return .inapplicable }
        var overflows = false, mayOverflow = false
        if let height {
            let room = height + Self.padding(style.padding.top) + Self.padding(style.padding.bottom)
            if content.minimumHeight > room + 1 { overflows = true }
            else if content.maximumHeight.map({ $0 > height }) ?? true { mayOverflow = true }
        }
        if let width {
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

extension Localized {
    fileprivate static let unreachable = Localized(
        zh: "该区域内容超出了固定尺寸、需要滚动，但它本身不能获得焦点，里面也没有可聚焦的元素：键盘用户无法滚动它。",
        en: "The box's content overflows its fixed size, but neither the box nor anything in it can take focus: keyboard users cannot scroll it.")
    fileprivate static let mayScroll = Localized(
        zh: "该区域可以滚动（overflow: auto/scroll），内容是否超出由字体和布局决定；若会滚动，它和里面都没有可聚焦的元素，需人工用键盘核验。",
        en: "The box can scroll (overflow: auto/scroll) and whether its content overflows depends on fonts and layout; if it does, nothing in it can take focus, so check it with the keyboard.")
}
