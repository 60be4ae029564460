import AuditCore
import HTMLDOM

/// Native form fields (`<input>`, `<textarea>`) have a name: a `<label>`, `aria-label(ledby)`, `title` or `placeholder`.
/// Fields made from other elements with an ARIA role are aria-input-field-name's and aria-toggle-field-name's.
struct LabelRule: Rule {
    let description = RuleDescription(
        id: "label",
        title: Localized(zh: "表单字段有标签", en: "Form fields have labels"),
        rationale: Localized(
            zh: "没有标签的输入框，读屏用户只听到“编辑框”，不知道该填什么；老年用户也更难点中和理解。",
            en: "An unlabelled field is announced only as “edit text”; users cannot know what to enter."),
        fix: Localized(zh: "用 <label for=\"字段id\"> 关联可见标签；无法显示标签时用 aria-label。",
                       en: "Associate a visible <label for=\"field-id\">; use aria-label when no visible label is possible."),
        impact: .critical, wcag: ["1.3.1", "3.3.2", "4.1.2"], act: ["e086e5"], references: ["WZA-07", "GB/T 37668 3.2.1.3"],
        passing: [
            RuleExample(##"<label for="n">姓名</label><input id="n" name="name">"##),
            RuleExample(##"<label>身份证号 <input name="idno"></label>"##),
            RuleExample(##"<input name="q" aria-label="站内搜索">"##),
            RuleExample(##"<span id="t">手机号</span><input aria-labelledby="t">"##),
            RuleExample(##"<textarea title="留言内容"></textarea>"##),
            RuleExample(##"<input type="hidden" name="token"><input type="submit">"##),
            RuleExample(##"<div role="textbox" contenteditable aria-label="留言"></div><div role="checkbox" aria-checked="false"></div>"##),
        ],
        failing: [
            RuleExample(##"↓<input name="idno">"##),
            RuleExample(##"<label>姓名</label>↓<input id="n2">"##),
            RuleExample(##"↓<textarea></textarea>"##),
            RuleExample(##"↓<input type="checkbox" name="agree"> 我已阅读"##),
            RuleExample(##"<label>出生日期</label>↓<input type="date">"##),
            RuleExample(##"<label>我已阅读 <span>《须知》</span></label>↓<input type="checkbox" role="switch">"##),
        ])
    let selector = ElementSelector.tags(["input", "textarea"])

    func check(_ field: Element, in page: PageContext) -> Verdict {
        if field.name == "input", FormFields.nonFieldInputTypes.contains(FormFields.inputType(field)) { return .inapplicable }
        // Native inputs are fields whatever their ARIA role (date, password, file… and role="switch" too).
        if field.isEffectivelyPresentational { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(field, in: page) { return .inapplicable }
        return .named(AccessibleName.of(field, in: page), orFailed: .noLabel)
    }
}

extension Localized {
    fileprivate static let noLabel = Localized(
        zh: "表单字段没有标签或其他可访问名称。", en: "Form field has no label or other accessible name.")
}
