import AuditCore
import HTMLDOM

/// Elements marked as decorative (`role="none"`, `alt=""`) are really left out of the accessibility tree.
struct PresentationRoleConflictRule: Rule {
    let description = RuleDescription(
        id: "presentation-role-conflict",
        title: Localized(zh: "标为装饰的元素不被暴露", en: "Elements marked as decorative are not exposed"),
        rationale: Localized(
            zh: "标为装饰（role=\"none\" 或 alt=\"\"）的元素若又有 aria-label 或可聚焦，浏览器会忽略“装饰”标记，读屏用户听到作者本想隐藏的内容。",
            en: "When an element marked as decorative (role=\"none\", alt=\"\") also has aria-label or is focusable, browsers ignore the marking and announce what the author meant to hide."),
        fix: Localized(zh: "装饰元素去掉 aria-* 全局属性和 tabindex；若有意义，就去掉装饰标记并给出正确名称。",
                       en: "Remove global aria-* attributes and tabindex from decorative elements; if the element matters, drop the marking and name it properly."),
        impact: .minor, wcag: ["1.3.1"], act: ["46ca7f"], references: ["WZA-03", "GB/T 37668 3.2.1.4"],
        passing: [
            RuleExample(##"<img src="line.png" alt="">"##),
            RuleExample(##"<nav role="presentation"><a href="/" aria-label="首页">首页</a></nav>"##),
            RuleExample(##"<img src="line.png" alt="" aria-hidden="true"><img src="x.png" alt="" hidden>"##),
        ],
        failing: [
            RuleExample(##"↓<nav role="presentation" aria-label="全局导航"><a href="/">首页</a></nav>"##),
            RuleExample(##"↓<img src="logo.png" alt="" aria-labelledby="l"><span hidden id="l">徽标</span>"##),
            RuleExample(##"↓<svg role="none" aria-label="黄色圆"><circle r="40"></circle></svg>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        let decorative = element.hasPresentationalRole || (element.name == "img" && element.attribute("alt") == "" && element.explicitRole == nil)
        guard decorative, !Visibility.isHiddenFromAssistiveTechnology(element, in: page) else { return .inapplicable }
        if element.isFocusable || ARIA.hasGlobalAttribute(element) { return .failed(.exposed) }
        return .passed()
    }
}

extension Localized {
    fileprivate static let exposed = Localized(
        zh: "元素标为装饰，但因可聚焦或带有全局 ARIA 属性，仍被暴露给辅助技术。",
        en: "The element is marked as decorative but is still exposed, because it is focusable or has a global ARIA attribute.")
}
