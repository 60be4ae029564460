import AuditCore
import HTMLDOM

/// Elements with an explicit role carry the states and properties that role requires.
struct AriaRequiredAttrRule: Rule {
    let description = RuleDescription(
        id: "aria-required-attr",
        title: Localized(zh: "角色具备必需的状态和属性", en: "Roles have their required states and properties"),
        rationale: Localized(
            zh: "自定义复选框没有 aria-checked、标题没有 aria-level 时，读屏软件无法告诉用户它是否选中、是第几级标题。",
            en: "A custom checkbox without aria-checked or a heading without aria-level cannot tell screen-reader users whether it is checked or which level it is."),
        fix: Localized(zh: "补上角色要求的属性，如 role=\"checkbox\" 配 aria-checked，role=\"heading\" 配 aria-level；或改用原生元素。",
                       en: "Add what the role requires (aria-checked for checkbox, aria-level for heading…), or use the native element."),
        impact: .critical, wcag: ["4.1.2"], act: ["4e8ab6"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<div role="heading" aria-level="1">办事指南</div>"##),
            RuleExample(##"<div role="checkbox" aria-checked="false" aria-label="同意"></div>"##),
            RuleExample(##"<div role="separator"></div><input type="checkbox" role="checkbox" aria-label="同意">"##),
        ],
        failing: [
            RuleExample(##"↓<div role="heading">办事指南</div>"##),
            RuleExample(##"↓<div role="switch">夜间模式</div>"##),
            RuleExample(##"↓<div role="separator" tabindex="0"></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard let role = ARIA.explicitRole(of: element), let definition = ARIA.role(role) else { return .inapplicable }
        // A native element with the same implicit role supplies the state itself (<input type=checkbox role=checkbox>).
        if ImplicitRole.of(element) == role { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        var required = definition.requiredAttributes
        if element.isFocusable { required += definition.requiredAttributesWhenFocusable }
        guard !required.isEmpty else { return .inapplicable }
        let missing = required.filter { element.attribute($0)?.isBlankText ?? true }
        return missing.isEmpty ? .passed() : .failed(.missing(role, missing.joined(separator: ", ")))
    }
}

extension Localized {
    fileprivate static func missing(_ role: String, _ names: String) -> Localized {
        Localized(zh: "role=\"\(role)\" 缺少必需的 \(names)。", en: "role=\"\(role)\" lacks the required \(names).")
    }
}
