import AuditCore
import HTMLDOM

/// ARIA states and properties are used only on roles that support them.
struct AriaAllowedAttrRule: Rule {
    let description = RuleDescription(
        id: "aria-allowed-attr",
        title: Localized(zh: "ARIA 状态和属性用于支持它的角色", en: "ARIA states and properties are allowed on the element's role"),
        rationale: Localized(
            zh: "不被角色支持的状态（如按钮上的 aria-sort）会被辅助技术忽略或误报，用户听到的状态与页面不符。",
            en: "A state the role does not support (aria-sort on a button) is ignored or misreported by assistive technology."),
        fix: Localized(zh: "删除不适用的 aria-* 属性，或改用支持该属性的角色。", en: "Remove the attribute, or use a role that supports it."),
        impact: .critical, wcag: ["4.1.2"], act: ["5c01ea"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<button aria-pressed="false">夜间模式</button>"##),
            RuleExample(##"<div role="checkbox" aria-checked="false">同意</div><div aria-busy="true">加载中</div>"##),
            RuleExample(##"<button role="none" aria-pressed="false">按钮</button>"##),
            RuleExample(##"<label>密码<input type="password" aria-required="true"></label>"##),
        ],
        failing: [
            RuleExample(##"↓<button aria-sort="">按年份排序</button>"##),
            RuleExample(##"↓<audio src="a.mp3" controls aria-orientation="horizontal"></audio>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        let used = element.attributes.map(\.name).filter { $0.hasPrefix("aria-") && ARIA.attribute($0) != nil }
        // Global attributes are allowed everywhere (their prohibitions are aria-prohibited-attr's business).
        let specific = used.filter { !ARIA.globalAttributes.contains($0) }
        guard !specific.isEmpty, !Visibility.isHiddenFromAssistiveTechnology(element, in: page) else { return .inapplicable }
        // Elements without an ARIA role take the attributes of the role ARIA in HTML names for them;
        // where it names none, wza cannot judge and stays silent.
        guard let role = AccessibleName.role(of: element) ?? Self.attributeRole(of: element), let definition = ARIA.role(role) else {
            return .inapplicable
        }
        let notAllowed = specific.filter { !definition.supportedAttributes.contains($0) }
        return notAllowed.isEmpty ? .passed() : .failed(.notAllowed(notAllowed.joined(separator: ", "), role))
    }

    /// ARIA in HTML: "global aria-* attributes and any applicable to the X role" for elements with no role.
    static func attributeRole(of element: Element) -> String? {
        switch element.name {
        case "audio", "video": return "application"
        case "input" where FormFields.inputType(element) == "password": return "textbox"
        default: return nil
        }
    }
}

extension Localized {
    fileprivate static func notAllowed(_ names: String, _ role: String) -> Localized {
        Localized(zh: "\(names) 不适用于角色 \(role)。", en: "\(names) is not allowed on role \(role).")
    }
}
