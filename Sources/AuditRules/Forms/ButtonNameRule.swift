import AuditCore
import HTMLDOM

/// Buttons have a name that says what they do.
struct ButtonNameRule: Rule {
    let description = RuleDescription(
        id: "button-name",
        title: Localized(zh: "按钮有名称", en: "Buttons have names"),
        rationale: Localized(
            zh: "只有图标的按钮对读屏用户是“按钮”二字，无法知道其作用，例如搜索、关闭、提交。",
            en: "An icon-only button is announced as just “button”; users cannot tell whether it searches, closes or submits."),
        fix: Localized(zh: "在按钮内写文字，或为图标按钮添加 aria-label，如 aria-label=\"搜索\"。",
                       en: "Put text in the button, or give icon buttons an aria-label such as aria-label=\"Search\"."),
        impact: .critical, wcag: ["4.1.2"], act: ["97a4e1"], references: ["WZA-02", "GB/T 37668 3.2.1.3"],
        passing: [
            RuleExample(##"<button>提交申请</button>"##),
            RuleExample(##"<button aria-label="搜索"><i class="icon-search"></i></button>"##),
            RuleExample(##"<button><img src="s.png" alt="搜索"></button>"##),
            RuleExample(##"<input type="submit"><input type="button" value="返回">"##),
            RuleExample(##"<button role="none" disabled></button>"##),
        ],
        failing: [
            RuleExample(##"↓<button><i class="iconfont icon-close"></i></button>"##),
            RuleExample(##"↓<input type="button">"##),
            RuleExample(##"↓<button aria-label=" "></button>"##),
        ])
    let selector = ElementSelector.tags(["button", "input"])

    func check(_ button: Element, in page: PageContext) -> Verdict {
        if button.name == "input", !["button", "submit", "reset"].contains(FormFields.inputType(button)) { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(button, in: page) { return .inapplicable }
        if button.isEffectivelyPresentational { return .inapplicable }
        if let role = button.explicitRole, role != "button", !button.hasPresentationalRole { return .inapplicable }
        return .named(AccessibleName.of(button, in: page), orFailed: .noName)
    }
}

extension Localized {
    fileprivate static let noName = Localized(zh: "按钮没有可访问名称。", en: "Button has no accessible name.")
}
