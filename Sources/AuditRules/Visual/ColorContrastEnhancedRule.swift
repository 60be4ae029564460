import AuditCore
import HTMLDOM

/// Text contrast at least 7:1 (4.5:1 for large text), WCAG 1.4.6 AAA: what elder-mode pages should aim for.
struct ColorContrastEnhancedRule: Rule {
    let description = RuleDescription(
        id: "color-contrast-enhanced",
        title: Localized(zh: "文字对比度达到增强级（AAA）", en: "Text has enhanced contrast (AAA)"),
        rationale: Localized(
            zh: "视力随年龄下降，7:1 的增强对比度让更多老年用户不借助放大也能阅读；关怀版页面应以此为目标。",
            en: "Vision declines with age; 7:1 lets more older readers read without magnification, and elder-mode pages should aim for it."),
        fix: Localized(zh: "正文使用接近黑色的文字（如 #333 以下）配白色背景，或反之。", en: "Use near-black text (#333 or darker) on white, or the reverse."),
        impact: .moderate, wcag: ["1.4.6"], act: ["09o5cg"], references: ["SLH-20"],
        passing: [
            RuleExample(##"<p style="color:#222;background:#fff">关怀版正文</p>"##),
            RuleExample(##"<p style="color:#000;font-size:24px;background:#767676">大字</p>"##),
        ],
        failing: [
            RuleExample(##"↓<p style="color:#666;background:#fff">正文</p>"##),
        ],
        cantTell: [
            RuleExample(##"<p style="color:#000;background-image:linear-gradient(#fff,#eee)">渐变背景</p>"##),
        ],
        options: [Self.largeText])
    static let largeText = ContrastSupport.largeTextOption(rule: "color-contrast-enhanced")
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        ContrastSupport.verdict(element, in: page, normal: 7, large: 4.5, largeText: Self.largeText)
    }
}
