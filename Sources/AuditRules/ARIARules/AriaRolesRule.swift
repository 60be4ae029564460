import AuditCore
import HTMLDOM

/// `role` attributes name real WAI-ARIA roles.
///
/// `role="text"` is not in WAI-ARIA 1.2 but is not reported here: `aria-text` (best practice) judges it, as
/// axe does (its standards list `text` as a structure role since the aria-text rule came in, axe 4.2, so its
/// aria-roles passes it). WebKit/VoiceOver support the role; other browsers ignore it and keep the element's
/// own role, which is what the author meant there too (text read as text), so no role is lost (4.1.2).
struct AriaRolesRule: Rule {
    let description = RuleDescription(
        id: "aria-roles",
        title: Localized(zh: "role 属性取值有效", en: "role attributes have valid values"),
        rationale: Localized(
            zh: "拼错或自造的角色（如 role=\"lnik\"）不会被辅助技术识别，元素就失去了应有的语义。role=\"text\"（WebKit 支持，不在 WAI-ARIA 1.2 中）由 aria-text 检查，本规则不报。",
            en: "A misspelt or invented role (role=\"lnik\") is ignored by assistive technology, so the element loses the meaning it was meant to have. role=\"text\" (WebKit's, outside WAI-ARIA 1.2) is judged by aria-text instead."),
        fix: Localized(zh: "使用 WAI-ARIA 1.2 定义的非抽象角色，或删除 role 属性改用原生元素。",
                       en: "Use a non-abstract WAI-ARIA 1.2 role, or remove role and use a native element."),
        impact: .critical, wcag: ["4.1.2"], act: ["674b10"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<input type="text" role="searchbox" aria-label="站内搜索">"##),
            RuleExample(##"<span role="doc-biblioref link" tabindex="0">参考文献</span>"##),
            RuleExample(##"<div role="">内容</div><div aria-hidden="true" role="banner">页头</div>"##),
            // Judged by aria-text, not here.
            RuleExample(##"<p><span role="text">价格：<s>100 元</s> 1 元</span></p>"##),
            RuleExample(##"<span role="text">详见<a href="/guide">办事指南</a></span>"##),
        ],
        failing: [
            RuleExample(##"我喜欢↓<span role="lnik" tabindex="0">ACT 规则</span>"##),
            RuleExample(##"↓<div role="widget">抽象角色</div>"##),
            RuleExample(##"↓<span role="txet">价格：<s>100 元</s> 1 元</span>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        let tokens = element.tokens("role")
        guard !tokens.isEmpty, !Visibility.isHiddenFromAssistiveTechnology(element, in: page) else { return .inapplicable }
        if ARIA.explicitRole(of: element) != nil || tokens.contains(where: Self.judgedElsewhere.contains) { return .passed() }
        return .failed(.invalid(tokens.joined(separator: " ")))
    }

    /// Roles outside WAI-ARIA 1.2 that another rule judges: `text` (`aria-text`).
    static let judgedElsewhere: Set<String> = ["text"]
}

extension Localized {
    fileprivate static func invalid(_ value: String) -> Localized {
        Localized(zh: "role=\"\(value)\" 中没有有效的 WAI-ARIA 角色。", en: "role=\"\(value)\" contains no valid WAI-ARIA role.")
    }
}
