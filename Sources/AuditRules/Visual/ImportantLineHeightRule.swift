import AuditCore
import HTMLDOM

/// A line height forced with `!important` in a style attribute is at least 1.5 times the font size (ACT 78fd32).
struct ImportantLineHeightRule: Rule {
    let description = RuleDescription(
        id: "important-line-height",
        title: Localized(zh: "style 中强制的行高足够宽", en: "Important line height in style attributes is wide enough"),
        rationale: Localized(
            zh: "阅读障碍者和老年人常用自定义样式加大间距；style 属性中的 !important 会阻止这种调整，所以其取值本身必须足够宽（WCAG 1.4.12）。",
            en: "People with dyslexia and older readers widen spacing with their own styles; !important in a style attribute blocks that, so the value itself must be wide enough (WCAG 1.4.12)."),
        fix: Localized(zh: "去掉 style 属性中的 !important，或把行高设为至少字号的 1.5 倍。", en: "Remove !important from the style attribute, or set the line height to at least 1.5 times the font size."),
        impact: .serious, wcag: ["1.4.12"], act: ["78fd32"], references: ["SLH-19"],
        passing: [
            RuleExample(##"<p style="line-height:1.6 !important">办事指南正文</p>"##),
            RuleExample(##"<p style="font-size:20px;line-height:30px !important">办事指南正文</p>"##),
            RuleExample(##"<p style="line-height:0.01em">没有 !important，读者可以覆盖</p>"##),
            RuleExample(##"<p style="display:none;line-height:1.2 !important">隐藏文字</p>"##),
        ],
        failing: [
            RuleExample(##"↓<p style="line-height:1.2 !important">办事指南正文</p>"##),
            RuleExample(##"↓<p style="font-size:20px;line-height:20px !important">办事指南正文</p>"##),
            RuleExample(##"↓<p style="line-height:normal !important">办事指南正文</p>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        ImportantSpacing.verdict(.lineHeight, element, in: page)
    }
}
