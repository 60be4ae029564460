import AuditCore
import HTMLDOM

/// Custom controls (`role="button"`, `role="link"`, `role="menuitem"`) have a name.
struct AriaCommandNameRule: Rule {
    static let commandRoles: Set<String> = ["button", "link", "menuitem"]

    let description = RuleDescription(
        id: "aria-command-name",
        title: Localized(zh: "自定义按钮、链接和菜单项有名称", en: "Custom buttons, links and menu items have names"),
        rationale: Localized(
            zh: "用 div/span 加 role 做成的按钮、链接和菜单项，读屏软件只读出角色；没有名称时用户不知道它做什么。",
            en: "Buttons, links and menu items built from div/span with a role are announced by role only; without a name users cannot tell what they do."),
        fix: Localized(zh: "在元素内写文字，或添加 aria-label / aria-labelledby；更好的做法是改用原生 <button> 或 <a href>。",
                       en: "Put text inside, or add aria-label / aria-labelledby; better still, use a native <button> or <a href>."),
        impact: .serious, wcag: ["4.1.2"], act: ["97a4e1", "m6b1q3"], references: ["WZA-02"],
        passing: [
            RuleExample(##"<div role="button" tabindex="0">查询</div>"##),
            RuleExample(##"<ul role="menu"><li role="menuitem">办事指南</li></ul>"##),
            RuleExample(##"<span role="link" tabindex="0" aria-label="返回首页"><i class="icon-home"></i></span>"##),
            RuleExample(##"<div role="button" aria-hidden="true"></div>"##),
            RuleExample(##"<div role="menu"><button role="menuitem" aria-labelledby="n"><img src="f.svg" alt=""><span id="n" hidden>新建</span></button></div>"##),
        ],
        failing: [
            RuleExample(##"↓<span role="button"></span>"##),
            RuleExample(##"<ul role="menu">↓<li role="menuitem"><i class="icon"></i></li></ul>"##),
            RuleExample(##"<div role="menu">↓<button role="menuitem"><img src="f.svg" alt=""></button></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        RoleNames.verdict(for: element, roles: Self.commandRoles, in: page) { element, role in
            // Native buttons and links keeping their own role are covered by button-name and link-name.
            let nativeRole = element.name == "button" || element.name == "input" ? "button" : element.name == "a" || element.name == "area" ? "link" : nil
            return nativeRole == role
        }
    }
}
