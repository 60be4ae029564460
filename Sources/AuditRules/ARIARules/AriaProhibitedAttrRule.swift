import AuditCore
import HTMLDOM

/// Names and descriptions are not put where ARIA prohibits them (aria-label on a plain div or a paragraph).
struct AriaProhibitedAttrRule: Rule {
    let description = RuleDescription(
        id: "aria-prohibited-attr",
        title: Localized(zh: "不在禁止命名的元素上使用 aria-label 等属性", en: "ARIA attributes are not used where prohibited"),
        rationale: Localized(
            zh: "div、p 等通用元素不能被命名；上面的 aria-label 大多被读屏软件忽略，作者以为提供了说明，用户却听不到。",
            en: "Generic elements such as div and p cannot be named; screen readers mostly ignore an aria-label there, so the text the author meant is never heard."),
        fix: Localized(zh: "把说明文字直接写进内容，或给元素一个允许命名的角色。", en: "Put the text in the content, or give the element a role that can be named."),
        impact: .serious, wcag: ["4.1.2"], act: ["kb1m8s"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<a href="#" aria-label="原价 100 元，现价 1 元"><s>100元</s>/<b>1元</b></a>"##),
            RuleExample(##"<div aria-live="polite">已保存</div><div aria-label="隐藏" hidden></div>"##),
        ],
        failing: [
            RuleExample(##"↓<div aria-label="原价 100 元，现价 1 元"><s>100元</s>/<b>1元</b></div>"##),
            RuleExample(##"<h1 id="t">标题</h1>↓<p aria-labelledby="t">内容</p>"##),
            // ARIA 1.3's braille attributes do not lift role="none" (only 1.2's globals do): prohibited there.
            RuleExample(##"↓<h1 role="none" aria-brailleroledescription="标题">办事指南</h1>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        let used = element.attributes.map(\.name).filter { $0.hasPrefix("aria-") && ARIA.attribute($0) != nil }
        guard !used.isEmpty, !Visibility.isHiddenFromAssistiveTechnology(element, in: page) else { return .inapplicable }
        guard let role = AccessibleName.role(of: element), let definition = ARIA.role(role) else { return .inapplicable }
        let prohibited = used.filter { definition.prohibitedAttributes.contains($0) }
        guard !definition.prohibitedAttributes.isEmpty else { return .inapplicable }
        return prohibited.isEmpty ? .passed() : .failed(.prohibited(prohibited.joined(separator: ", "), role))
    }
}

extension Localized {
    fileprivate static func prohibited(_ names: String, _ role: String) -> Localized {
        Localized(zh: "角色 \(role) 禁止使用 \(names)。", en: "\(names) is prohibited on role \(role).")
    }
}
