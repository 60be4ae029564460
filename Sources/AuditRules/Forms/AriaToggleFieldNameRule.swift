import AuditCore
import HTMLDOM

/// Custom toggles (`role="checkbox"`, `"switch"`, `"radio"`, `"menuitemcheckbox"`, `"menuitemradio"`, `"option"`) have a name.
struct AriaToggleFieldNameRule: Rule {
    static let toggleRoles: Set<String> = ["checkbox", "menuitemcheckbox", "menuitemradio", "option", "radio", "switch"]

    let description = RuleDescription(
        id: "aria-toggle-field-name",
        title: Localized(zh: "自定义复选框、开关和选项有名称", en: "Custom checkboxes, switches and options have names"),
        rationale: Localized(
            zh: "用 div/span 加 role 做成的复选框、单选按钮、开关和列表选项，读屏用户只听到“复选框，未选中”，不知道勾选的是什么。",
            en: "Checkboxes, radio buttons, switches and options built from div/span with a role are announced as just “checkbox, not checked”; users cannot tell what they choose."),
        fix: Localized(zh: "在元素内写出选项文字，或用 aria-label / aria-labelledby 命名；能用原生 <input type=\"checkbox\"> 时优先使用原生控件。",
                       en: "Put the option's text inside, or name it with aria-label / aria-labelledby; prefer a native <input type=\"checkbox\"> where one will do."),
        impact: .serious, wcag: ["4.1.2"], act: ["e086e5"], references: ["WZA-07"],
        passing: [
            RuleExample(##"<div role="checkbox" aria-checked="false" tabindex="0">我已阅读并同意《用户协议》</div>"##),
            RuleExample(##"<button role="switch" aria-checked="true">长者模式</button>"##),
            RuleExample(##"<div role="radio" aria-checked="false" tabindex="0" aria-labelledby="male"></div><span id="male">男</span>"##),
            RuleExample(##"<ul role="listbox" aria-label="区县"><li role="option">浦东新区</li></ul>"##),
            RuleExample(##"<label><input type="checkbox" role="switch"> 夜间模式</label>"##),
            RuleExample(##"<div role="menuitemcheckbox" aria-checked="false" style="display:none"></div>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="checkbox" aria-checked="false" tabindex="0"></div>"##),
            RuleExample(##"<div role="menu" aria-label="显示">↓<div role="menuitemradio" aria-checked="true"><i class="icon-check"></i></div></div>"##),
            RuleExample(##"↓<span role="switch" aria-checked="false" tabindex="0"><span aria-hidden="true">开</span></span>"##),
            RuleExample(##"<ul role="listbox" aria-label="区县">↓<li role="option"></li></ul>"##),
            RuleExample(##"<label>记住我↓<span role="checkbox" aria-checked="false" tabindex="0"></span></label>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        RoleNames.verdict(for: element, roles: Self.toggleRoles, in: page) { element, _ in
            // Native fields are label's; a native <option> is named by its own text.
            RoleNames.nativeFormControls.contains(element.name) || element.name == "option"
        }
    }
}
