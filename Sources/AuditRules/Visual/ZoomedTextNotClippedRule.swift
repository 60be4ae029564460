import AuditCore
import HTMLDOM
import StyleEngine

/// Text stays readable at 200% zoom: a box with `overflow: hidden` and a fixed size does not cut it off.
/// Zooming a 1280×1024 window to 200% leaves 640×512 CSS pixels, so the page's CSS is evaluated for that
/// viewport (media queries, vw/vh) and the box's content bounded as in `ContentExtent`.
struct ZoomedTextNotClippedRule: Rule {
    static let zoomedViewport = Viewport(width: 640, height: 512)

    let description = RuleDescription(
        id: "zoomed-text-not-clipped",
        title: Localized(zh: "放大到 200% 时文字不被裁切", en: "Text is not clipped when zoomed to 200%"),
        rationale: Localized(
            zh: "老年人常把网页放大阅读（适老化规范要求页面可放大）；固定高度或宽度并设置 overflow:hidden 的栏目，放大后文字会被截掉，读者无从得知还有内容。",
            en: "Older readers zoom pages to read them (the MIIT spec requires zoom); a box of fixed height or width with overflow:hidden cuts zoomed text off, and readers cannot tell anything is missing."),
        fix: Localized(zh: "去掉文字容器的固定高度（改用 min-height），或改为 overflow:auto；单行截断时用 text-overflow: ellipsis 并提供完整内容的链接或提示。",
                       en: "Drop the fixed height of text boxes (use min-height) or use overflow:auto; where one line is cut on purpose, use text-overflow: ellipsis and offer the full text (a link or a title)."),
        impact: .serious, wcag: ["1.4.4"], act: ["59br37"], references: ["SLH-06"],
        passing: [
            RuleExample(##"<div style="overflow:hidden;min-height:2em">关于开展老年人综合津贴年度核查工作的通知</div>"##),
            RuleExample(##"<div style="overflow:auto;height:2em">关于开展老年人综合津贴年度核查工作的通知，请各街道于十二月底前完成核查并上报结果。</div>"##),
            RuleExample(##"<div style="height:40px">没有 overflow:hidden，溢出的文字仍然可见</div>"##),
            // A news title cut with an ellipsis is a link to the whole article.
            RuleExample(##"<ul><li><a href="t1.html" style="display:block;width:120px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">关于调整城乡居民基本医疗保险缴费标准的通知</a></li></ul>"##),
        ],
        failing: [
            RuleExample(##"↓<div style="overflow:hidden;height:24px;font-size:16px">关于开展老年人综合津贴年度核查工作的通知，请各街道于十二月底前完成核查并上报结果，逾期未报的将影响下一年度津贴发放，具体要求详见附件。</div>"##),
            RuleExample(##"<style>.title{width:120px;white-space:nowrap;overflow:hidden;font-size:16px}</style>↓<p class="title">关于调整城乡居民基本医疗保险缴费标准的通知</p>"##),
            RuleExample(##"<style>@media (max-width:640px){.box{height:20px;overflow:hidden}}</style>↓<div class="box">放大后才生效的样式：关于开展老年人综合津贴年度核查工作的通知，请各街道于十二月底前完成核查并上报结果，逾期未报的将影响下一年度津贴发放。</div>"##),
        ],
        cantTell: [
            // Cut to one line on purpose (ellipsis, or line-height equal to the height): fine if the full text is offered.
            RuleExample(##"<ul><li style="width:120px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">关于调整城乡居民基本医疗保险缴费标准的通知</li></ul>"##),
            RuleExample(##"<div style="height:40px;line-height:40px;overflow:hidden">通知公告：关于开展老年人综合津贴年度核查工作的通知，请各街道于十二月底前完成核查并上报结果，逾期未报的将影响下一年度津贴发放。</div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard !["html", "body", "svg", "textarea", "select", "input"].contains(element.name), element.closest(["svg"]) == nil else { return .inapplicable }
        // Cheap exits: no overflow rule matches the element (at the audited size, and at the zoomed one when a
        // media query tells them apart), so nothing clips; no style is computed for that.
        let mediaDiffers = page.cached("zoom.mediaDiffers") { page.styles.mediaDiffers(page.styles.viewport, Self.zoomedViewport) }
        if !mediaDiffers, !page.styles.mayHaveOverflow(element) { return .inapplicable }
        let styles = page.cached("zoom.styles") { page.styles(for: Self.zoomedViewport) }
        if mediaDiffers, !styles.mayHaveOverflow(element) { return .inapplicable }
        let style = styles.computed(for: element)
        let clips = Self.clipAxes(style)
        // Only a fixed height clips vertically, and only unwrapped lines clip sideways: otherwise the box grows
        // or the text wraps (checked before measuring, since clearfix containers clip whole pages).
        let fixedHeight = clips.y ? style.height.pixels ?? style.maxHeight.pixels : nil
        let unwrapped = clips.x && ["nowrap", "pre"].contains(style.whiteSpace)
        guard fixedHeight != nil || unwrapped, styles.visibility(of: element) == .visible, !element.visibleText.isEmpty else { return .inapplicable }
        let content = ContentExtent.measure(element, styles: styles)
        guard content.hasVisibleContent else { return .inapplicable }
        var review: Localized?
        if let height = fixedHeight {
            let room = height + (style.padding.top.pixels ?? 0) + (style.padding.bottom.pixels ?? 0)
            let oneLineByDesign: Bool = if case .normal = style.lineHeight { false } else { abs(style.lineHeightPixels - height) <= 1 }
            if content.minimumHeight > room + 1 {
                if oneLineByDesign { review = .oneLine } else { return .failed(.clippedVertically(height)) }
            } else if content.maximumHeight.map({ $0 > room }) ?? true {
                review = review ?? (oneLineByDesign ? .oneLine : .mayClip)
            }
        }
        if unwrapped {
            let width = style.width.pixels ?? style.maxWidth.pixels ?? ContentExtent.availableWidth(element, styles: styles)
            let ellipsis = style.textOverflow == "ellipsis"
            if content.minimumWidth > width + 1 {
                if ellipsis { review = .oneLine } else { return .failed(.clippedHorizontally(width)) }
            } else if content.maximumWidth.map({ $0 > width }) ?? true {
                review = review ?? (ellipsis ? .oneLine : .mayClip)
            }
        }
        // A link's target, or a title, already offers the whole text of a line cut on purpose (news lists).
        if review == .oneLine, Self.offersFullText(element) { return .passed(.fullTextOffered) }
        return review.map { .cantTell($0) } ?? .passed()
    }

    static func offersFullText(_ element: Element) -> Bool {
        if let title = element.attribute("title"), !title.isBlankText { return true }
        let link = element.name == "a" ? element : element.closest(["a"])
        return link?.attribute("href").map(InPageLinks.leadsElsewhere) ?? false
    }

    /// Axes on which the box hides what overflows (`hidden`, `clip`); `visible` beside `hidden` computes
    /// to `auto`, which scrolls.
    static func clipAxes(_ style: ComputedStyle) -> (x: Bool, y: Bool) {
        let hiding: Set<String> = ["hidden", "clip"]
        return (hiding.contains(style.overflowX), hiding.contains(style.overflowY))
    }
}

extension Localized {
    fileprivate static func clippedVertically(_ height: Double) -> Localized {
        let shown = height.roundedForMessage()
        return Localized(zh: "在 200% 放大（640×512 视口）下，这段文字至少需要比 \(shown)px 更高的空间，但容器高度固定且 overflow 为 hidden，多出的文字会被裁掉。",
                         en: "At 200% zoom (a 640×512 viewport) this text needs more than the box's fixed \(shown)px height, and overflow: hidden cuts the rest off.")
    }
    fileprivate static func clippedHorizontally(_ width: Double) -> Localized {
        let shown = width.roundedForMessage()
        return Localized(zh: "在 200% 放大下，这行不换行的文字比 \(shown)px 宽，容器 overflow 为 hidden 且没有省略号，超出部分被直接裁掉。",
                         en: "At 200% zoom this unwrapped line is wider than \(shown)px; overflow: hidden without an ellipsis cuts the rest off.")
    }
    fileprivate static let oneLine = Localized(
        zh: "文字被有意截成一行（省略号或行高等于高度）；放大后会有内容看不到，需确认完整内容另有提供（链接、title 或详情页）。",
        en: "The text is cut to one line on purpose (an ellipsis, or a line height equal to the height); at 200% zoom part of it is hidden, so check the full text is offered elsewhere (a link, a title, a detail page).")
    fileprivate static let fullTextOffered = Localized(
        zh: "文字被有意截成一行，完整内容由链接目标或 title 提供。",
        en: "The text is cut to one line on purpose; the link's target or a title offers the whole text.")
    fileprivate static let mayClip = Localized(
        zh: "容器尺寸固定且 overflow 为 hidden，放大到 200% 后文字是否会被裁掉取决于字体和布局，需人工放大核验。",
        en: "The box has a fixed size and overflow: hidden; whether zoomed text gets cut off at 200% depends on fonts and layout, so zoom in and check.")
}
