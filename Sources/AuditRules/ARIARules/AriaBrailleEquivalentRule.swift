import AuditCore
import HTMLDOM

/// `aria-braillelabel` and `aria-brailleroledescription` come with a non-braille equivalent: an accessible
/// name, and an `aria-roledescription` (WAI-ARIA 1.3 draft: authors MUST NOT use them otherwise; user agents
/// ignore them when the equivalent is missing).
struct AriaBrailleEquivalentRule: Rule {
    let description = RuleDescription(
        id: "aria-braille-equivalent",
        title: Localized(zh: "盲文标签有对应的非盲文文本", en: "Braille labels have a non-braille equivalent"),
        rationale: Localized(
            zh: "aria-braillelabel 只改变点显器上显示的缩写，不能代替名称；元素没有可访问名称时浏览器会忽略它，读屏用户听不到任何名称。aria-brailleroledescription 同理需要 aria-roledescription。",
            en: "aria-braillelabel only changes what a braille display shows; it is not a name. Without an accessible name browsers ignore it and speech users hear nothing. aria-brailleroledescription likewise needs an aria-roledescription."),
        fix: Localized(zh: "为元素提供可访问名称（文字内容、aria-label 或 aria-labelledby），为 aria-brailleroledescription 同时提供 aria-roledescription；或删除这些盲文属性。",
                       en: "Give the element an accessible name (text, aria-label or aria-labelledby), and an aria-roledescription beside aria-brailleroledescription; or remove the braille attributes."),
        impact: .serious, wcag: ["4.1.2"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<button aria-braillelabel="打印">打印办事指南</button>"##),
            RuleExample(##"<div role="article" aria-roledescription="幻灯片" aria-brailleroledescription="幻" aria-label="第 1 张">内容</div>"##),
            RuleExample(##"<img src="star.png" alt="三星级" aria-braillelabel="***"><span aria-braillelabel="x" hidden></span>"##),
        ],
        failing: [
            RuleExample(##"↓<button aria-braillelabel="打印"><i class="icon-print"></i></button>"##),
            RuleExample(##"↓<div role="article" aria-brailleroledescription="幻" aria-label="第 1 张">内容</div>"##),
            RuleExample(##"↓<img src="star.png" alt="" role="img" aria-braillelabel="***">"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        let label = element.attribute("aria-braillelabel").map(ARIAText.trimmed) ?? ""
        let roleDescription = element.attribute("aria-brailleroledescription").map(ARIAText.trimmed) ?? ""
        guard !label.isEmpty || !roleDescription.isEmpty else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        if !roleDescription.isEmpty, ARIAText.trimmed(element.attribute("aria-roledescription") ?? "").isEmpty {
            return .failed(.noRoleDescription)
        }
        if !label.isEmpty {
            let name = AccessibleName.of(element, in: page)
            if name.isEmpty { return .failed(.noName) }
            return .passed(.hasName(name))
        }
        return .passed()
    }
}

extension Localized {
    fileprivate static let noName = Localized(zh: "有 aria-braillelabel，但元素没有可访问名称。",
                                              en: "aria-braillelabel is set but the element has no accessible name.")
    fileprivate static let noRoleDescription = Localized(zh: "有 aria-brailleroledescription，但没有非空的 aria-roledescription。",
                                                         en: "aria-brailleroledescription is set without a non-empty aria-roledescription.")
}
