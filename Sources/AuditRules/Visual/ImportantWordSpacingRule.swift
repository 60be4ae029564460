import AuditCore
import HTMLDOM

/// A word spacing forced with `!important` in a style attribute is at least 0.16 times the font size (ACT 9e45ec).
struct ImportantWordSpacingRule: Rule {
    let description = RuleDescription(
        id: "important-word-spacing",
        title: Localized(zh: "style 中强制的词间距足够宽", en: "Important word spacing in style attributes is wide enough"),
        rationale: Localized(
            zh: "阅读障碍者和老年人常用自定义样式加大间距；style 属性中的 !important 会阻止这种调整，所以其取值本身必须足够宽（WCAG 1.4.12）。",
            en: "People with dyslexia and older readers widen spacing with their own styles; !important in a style attribute blocks that, so the value itself must be wide enough (WCAG 1.4.12)."),
        fix: Localized(zh: "去掉 style 属性中的 !important，或把词间距设为至少字号的 0.16 倍。", en: "Remove !important from the style attribute, or set the word spacing to at least 0.16 times the font size."),
        impact: .serious, wcag: ["1.4.12"], act: ["9e45ec"], references: ["SLH-19"],
        passing: [
            RuleExample(##"<p style="word-spacing:0.2em !important">办事指南正文</p>"##),
            RuleExample(##"<p style="font-size:25px;word-spacing:4px !important">办事指南正文</p>"##),
            RuleExample(##"<p style="word-spacing:0.01em">没有 !important，读者可以覆盖</p>"##),
            RuleExample(##"<p style="display:none;word-spacing:0.1em !important">隐藏文字</p>"##),
        ],
        failing: [
            RuleExample(##"↓<p style="word-spacing:0.1em !important">办事指南正文</p>"##),
            RuleExample(##"↓<p style="font-size:20px;word-spacing:2px !important">办事指南正文</p>"##),
            RuleExample(##"↓<p style="word-spacing:normal !important">办事指南正文</p>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        ImportantSpacing.verdict(.wordSpacing, element, in: page)
    }
}
