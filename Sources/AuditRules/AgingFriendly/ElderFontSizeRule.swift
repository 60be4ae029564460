import AuditCore
import HTMLDOM
import StyleEngine

/// Text in elder-mode pages (关怀版) is at least 18px, the APP spec's main-text size borrowed for the web.
struct ElderFontSizeRule: Rule {
    /// MIIT APP spec §1.1: main text in elder mode ≥ 18 dp/pt; on the web, CSS px 1:1.
    static let minimum = RuleOption.number(
        rule: "elder-font-size", key: "minimumPixels", default: 18, range: 8...72, unit: "px",
        summary: Localized(zh: "关怀版页面文字的最小字号（工信部 APP 适老化规范：18）。", en: "Smallest text size in elder-mode pages (MIIT APP spec: 18)."))

    let description = RuleDescription(
        id: "elder-font-size",
        title: Localized(zh: "适老版页面正文字号不小于 18px", en: "Elder-mode pages use text of at least 18px"),
        rationale: Localized(
            zh: "工信部适老化规范要求适老界面正文不小于 18 dp/pt（网页按 18px 计）；小字是老年用户最常遇到的阅读障碍。",
            en: "The MIIT spec asks elder interfaces for main text of at least 18 dp/pt (18px on the web); small type is what stops older readers most often."),
        fix: Localized(zh: "在关怀版样式中把正文、列表和链接文字设为至少 18px（建议 20px 以上）。",
                       en: "In the elder-mode style sheet, set body text, lists and links to at least 18px (20px or more recommended)."),
        impact: .serious, wcag: ["1.4.4"], references: ["SLH-07", "W10", "APP 1.1"],
        passing: [
            RuleExample(##"<p style="font-size:20px">办事指南</p>"##, page: PageTraits(isElderPage: true)),
            RuleExample(##"<p style="font-size:12px">普通页面不适用</p>"##),
        ],
        failing: [
            RuleExample(##"↓<p style="font-size:14px">办事指南</p>"##, page: PageTraits(isElderPage: true)),
            RuleExample(##"<style>li{font-size:16px}</style><ul>↓<li>社保卡</li></ul>"##, page: PageTraits(isElderPage: true)),
            RuleExample(##"↓<p style="font-size:19px">办事指南</p>"##, page: PageTraits(isElderPage: true), options: ["minimumPixels": .number(20)]),
        ],
        options: [Self.minimum])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard page.traits.isElderPage, !element.ownText.isEmpty,
              !["script", "style", "title", "option", "noscript"].contains(element.name),
              page.styles.visibility(of: element) == .visible else { return .inapplicable }
        let size = page.styles.computed(for: element).fontSize
        let minimum = page.number(Self.minimum)
        return size + 0.01 >= minimum ? .passed() : .failed(.small(size, minimum))
    }
}

extension Localized {
    fileprivate static func small(_ size: Double, _ minimum: Double) -> Localized {
        let shown = size.roundedForMessage(), required = minimum.roundedForMessage()
        return Localized(zh: "适老版页面中文字字号为 \(shown)px，小于 \(required)px。", en: "Text in the elder-mode page is \(shown)px, below \(required)px.")
    }
}
