import AuditCore
import HTMLDOM

/// `role` attributes name real WAI-ARIA roles.
struct AriaRolesRule: Rule {
    let description = RuleDescription(
        id: "aria-roles",
        title: Localized(zh: "role 属性取值有效", en: "role attributes have valid values"),
        rationale: Localized(
            zh: "拼错或自造的角色（如 role=\"lnik\"）不会被辅助技术识别，元素就失去了应有的语义。",
            en: "A misspelt or invented role (role=\"lnik\") is ignored by assistive technology, so the element loses the meaning it was meant to have."),
        fix: Localized(zh: "使用 WAI-ARIA 1.2 定义的非抽象角色，或删除 role 属性改用原生元素。",
                       en: "Use a non-abstract WAI-ARIA 1.2 role, or remove role and use a native element."),
        impact: .critical, wcag: ["4.1.2"], act: ["674b10"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<input type="text" role="searchbox" aria-label="站内搜索">"##),
            RuleExample(##"<span role="doc-biblioref link" tabindex="0">参考文献</span>"##),
            RuleExample(##"<div role="">内容</div><div aria-hidden="true" role="banner">页头</div>"##),
        ],
        failing: [
            RuleExample(##"我喜欢↓<span role="lnik" tabindex="0">ACT 规则</span>"##),
            RuleExample(##"↓<div role="widget">抽象角色</div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        let tokens = element.tokens("role")
        guard !tokens.isEmpty, !Visibility.isHiddenFromAssistiveTechnology(element, in: page) else { return .inapplicable }
        return ARIA.explicitRole(of: element) == nil ? .failed(.invalid(tokens.joined(separator: " "))) : .passed()
    }
}

extension Localized {
    fileprivate static func invalid(_ value: String) -> Localized {
        Localized(zh: "role=\"\(value)\" 中没有有效的 WAI-ARIA 角色。", en: "role=\"\(value)\" contains no valid WAI-ARIA role.")
    }
}
