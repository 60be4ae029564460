import AuditCore
import HTMLDOM
import StyleEngine

/// Paragraphs in elder-mode pages have a line height of at least 1.3 (APP spec §1.2).
struct ElderLineSpacingRule: Rule {
    static let minimum = RuleOption.number(
        rule: "elder-line-spacing", key: "minimumRatio", default: 1.3, range: 1...3, unit: "",
        summary: Localized(zh: "行高与字号之比的下限（工信部 APP 适老化规范：1.3；GB/T 37668 三级：1.5）。",
                           en: "Smallest ratio of line height to font size (MIIT APP spec: 1.3; GB/T 37668 level 3: 1.5)."))

    let description = RuleDescription(
        id: "elder-line-spacing",
        title: Localized(zh: "适老版段落行距不小于 1.3 倍", en: "Elder-mode paragraphs have line spacing of at least 1.3"),
        rationale: Localized(
            zh: "工信部适老化规范要求段落内行间距至少 1.3 倍；行距过密时老年人容易串行。",
            en: "The MIIT spec asks for line spacing of at least 1.3 within paragraphs; tight lines make older readers lose their place."),
        fix: Localized(zh: "在关怀版样式中为段落设置 line-height: 1.5 或更大。", en: "Set line-height: 1.5 or more for paragraphs in the elder-mode style sheet."),
        impact: .moderate, wcag: ["1.4.12"], references: ["SLH-19", "APP 1.2"],
        passing: [
            RuleExample(##"<p style="font-size:20px;line-height:1.6">通知正文</p>"##, page: PageTraits(isElderPage: true)),
            RuleExample(##"<p style="line-height:1">普通页面不适用</p>"##),
        ],
        failing: [
            RuleExample(##"↓<p style="font-size:20px;line-height:22px">通知正文</p>"##, page: PageTraits(isElderPage: true)),
            RuleExample(##"↓<p style="font-size:20px;line-height:1.4">通知正文</p>"##, page: PageTraits(isElderPage: true), options: ["minimumRatio": .number(1.5)]),
        ],
        options: [Self.minimum])
    let selector = ElementSelector.tags(["p", "li", "dd", "td", "blockquote"])

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard page.traits.isElderPage, !element.visibleText.isEmpty, page.styles.visibility(of: element) == .visible else {
            return .inapplicable
        }
        let style = page.styles.computed(for: element)
        // `normal` is about 1.2 in common fonts: below the requirement.
        let ratio = style.lineHeightPixels / max(style.fontSize, 1)
        let minimum = page.number(Self.minimum)
        return ratio + 0.005 >= minimum ? .passed() : .failed(.tight(ratio, minimum))
    }
}

extension Localized {
    fileprivate static func tight(_ ratio: Double, _ minimum: Double) -> Localized {
        let shown = ratio.roundedForMessage(decimals: 2), required = minimum.roundedForMessage(decimals: 2)
        return Localized(zh: "段落行距为字号的 \(shown) 倍，小于 \(required) 倍。", en: "Line spacing is \(shown) times the font size, below \(required).")
    }
}
