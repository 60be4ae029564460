import AuditCore
import HTMLDOM

/// Form fields are not labelled only by `title` or `aria-describedby` (axe: best practice): a tooltip is
/// shown only on mouse hover, so sighted keyboard and touch users, and many older users, never see it.
struct LabelTitleOnlyRule: Rule {
    let description = RuleDescription(
        id: "label-title-only",
        title: Localized(zh: "表单字段不只靠 title 提供标签", en: "Form fields are not labelled by title alone"),
        rationale: Localized(
            zh: "title 提示只在鼠标悬停时出现，用键盘、触屏的用户和很多老年用户看不到它，不知道输入框要填什么；aria-describedby 是补充说明，不是标签。属最佳实践（axe 的 best-practice 规则）。",
            en: "A title tooltip appears only on mouse hover, so keyboard and touch users, and many older users, never see what the field is for; aria-describedby is a description, not a label. A best practice (axe best-practice)."),
        fix: Localized(zh: "为字段提供可见的 <label>（或用 aria-labelledby 指向可见文字），title 只作补充。",
                       en: "Give the field a visible <label> (or aria-labelledby pointing at visible text); keep title as a supplement."),
        impact: .serious, references: ["WZA-07"], bestPractice: true,
        passing: [
            RuleExample(##"<label for="p">手机号</label><input id="p" title="11 位手机号">"##),
            RuleExample(##"<label>验证码 <input name="code" title="4 位数字"></label>"##),
            RuleExample(##"<span id="l">身份证号</span><input aria-labelledby="l" aria-describedby="h"><span id="h">18 位</span>"##),
            RuleExample(##"<input aria-label="站内搜索" title="输入关键词"><input type="submit" title="提交">"##),
            RuleExample(##"<input title="隐藏的字段" hidden><input name="nothing">"##),
        ],
        failing: [
            RuleExample(##"↓<input name="phone" title="手机号">"##),
            RuleExample(##"↓<textarea title="留言内容"></textarea>"##),
            RuleExample(##"↓<select aria-describedby="d"><option>北京</option></select><span id="d">请选择城市</span>"##),
            RuleExample(##"<label for="e" style="display:none">邮箱</label>↓<input id="e" title="邮箱">"##),
        ])
    let selector = ElementSelector.tags(["input", "select", "textarea"])

    func check(_ field: Element, in page: PageContext) -> Verdict {
        if field.name == "input", FormFields.nonFieldInputTypes.contains(FormFields.inputType(field)) { return .inapplicable }
        if field.isEffectivelyPresentational { return .inapplicable }
        let title = ARIAText.trimmed(field.attribute("title") ?? "")
        let describedBy = ARIAText.trimmed(field.attribute("aria-describedby") ?? "")
        guard !title.isEmpty || !describedBy.isEmpty else { return .inapplicable }
        // aria-label is an invisible label too, but an intended one: the label rule's business, not this one's.
        if let label = field.attribute("aria-label"), !label.isBlankText { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(field, in: page) { return .inapplicable }
        if let ids = field.attribute("aria-labelledby"), !AccessibleName.labelledByText(ids, in: page).isEmpty {
            return .passed()
        }
        if hasVisibleLabel(field, in: page) { return .passed() }
        return .failed(title.isEmpty ? .describedByOnly : .titleOnly)
    }

    /// A rendered `<label for=id>` or wrapping `<label>` with text.
    private func hasVisibleLabel(_ field: Element, in page: PageContext) -> Bool {
        var labels: [Element] = []
        if let id = field.attribute("id"), !id.isEmpty {
            labels += page.elements(named: "label").filter { $0.attribute("for") == id }
        }
        if let wrapping = field.closest(["label"]), wrapping.attribute("for") == nil || wrapping.attribute("for") == field.attribute("id") {
            labels.append(wrapping)
        }
        return labels.contains { label in
            !Visibility.isHidden(label, in: page) && !AccessibleName.contentText(label, in: page, excluding: field).isBlankText
        }
    }
}

extension Localized {
    fileprivate static let titleOnly = Localized(zh: "字段只有 title 提示，没有可见标签。", en: "The field is labelled only by its title, with no visible label.")
    fileprivate static let describedByOnly = Localized(zh: "字段只有 aria-describedby 说明，没有标签。", en: "The field has only an aria-describedby description, no label.")
}
