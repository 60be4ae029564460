import AuditCore
import HTMLDOM

/// Custom input fields (`role="textbox"`, `"combobox"`, `"listbox"`, `"searchbox"`, `"slider"`, `"spinbutton"`) have a name.
struct AriaInputFieldNameRule: Rule {
    static let inputRoles: Set<String> = ["combobox", "listbox", "searchbox", "slider", "spinbutton", "textbox"]

    let description = RuleDescription(
        id: "aria-input-field-name",
        title: Localized(zh: "自定义输入控件有名称", en: "Custom input fields have names"),
        rationale: Localized(
            zh: "用 div/span 加 role 做成的输入框、下拉框、滑块，<label> 对它们不起作用；没有 aria-label 或 aria-labelledby 时，读屏用户只听到“编辑框”“组合框”，不知道该填什么。",
            en: "A <label> does not name a div or span given an input role; without aria-label or aria-labelledby, screen-reader users hear only “edit text” or “combo box” and cannot tell what to enter."),
        fix: Localized(zh: "用 aria-labelledby 指向可见的标签文字，或添加 aria-label；能用原生 <input>、<select> 时优先使用原生控件。",
                       en: "Point aria-labelledby at the visible label text, or add aria-label; prefer a native <input> or <select> where one will do."),
        impact: .serious, wcag: ["4.1.2"], act: ["e086e5"], references: ["WZA-07"],
        passing: [
            RuleExample(##"<div role="textbox" contenteditable aria-label="留言内容"></div>"##),
            RuleExample(##"<span id="street">所在街道</span><div role="combobox" aria-labelledby="street" aria-expanded="false">请选择</div>"##),
            RuleExample(##"<div role="listbox" aria-label="证件类型"><div role="option">居民身份证</div></div>"##),
            RuleExample(##"<span id="size" hidden>字号</span><div role="slider" aria-labelledby="size" aria-valuenow="18" tabindex="0"></div>"##),
            RuleExample(##"<div role="searchbox" contenteditable hidden></div>"##),
            RuleExample(##"<div role="combobox" aria-expanded="false"><input type="text" aria-label="站内搜索"></div>"##),
            RuleExample(##"<label>办理人数 <input type="number" role="spinbutton"></label>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="textbox" contenteditable></div>"##),
            RuleExample(##"<label>姓名↓<div role="textbox" contenteditable></div></label>"##),
            RuleExample(##"<label for="fname">名字</label>↓<div role="textbox" id="fname"></div>"##),
            RuleExample(##"↓<div role="combobox" aria-expanded="false">北京市</div>"##),
            RuleExample(##"↓<div role="slider" aria-valuenow="3" tabindex="0" aria-labelledby="missing"></div>"##),
            RuleExample(##"↓<div role="listbox" aria-label=" "><div role="option">甲</div></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        RoleNames.verdict(for: element, roles: Self.inputRoles, in: page) { element, role in
            // Native fields are label's and select-name's; a combobox wrapping a text input (the ARIA 1.1
            // pattern) is named through that input.
            RoleNames.nativeFormControls.contains(element.name)
                || (role == "combobox" && element.descendants.contains { $0.name == "textarea" || ($0.name == "input" && !FormFields.nonFieldInputTypes.contains(FormFields.inputType($0))) })
        }
    }
}
