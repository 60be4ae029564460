import AuditCore
import HTMLDOM

/// A form field has at most one `<label>` (by `for` and by wrapping together).
struct FormFieldMultipleLabelsRule: Rule {
    let description = RuleDescription(
        id: "form-field-multiple-labels",
        title: Localized(zh: "表单字段只有一个标签", en: "Form fields have one label"),
        rationale: Localized(
            zh: "一个字段关联多个 <label> 时，浏览器把它们拼成一个名称，但读屏软件和语音控制软件的处理不一：有的只读第一个，有的全部读出，用户可能听不到关键的说明（如“必填”“格式：18 位”）。",
            en: "When several <label>s point at one field, browsers join them into one name, but screen readers and voice control handle it differently: some read only the first, so users may miss a key part such as “required” or “18 digits”."),
        fix: Localized(zh: "把说明合并到一个 <label> 中；补充说明（格式、错误提示）用 aria-describedby 关联，而不是第二个 label。",
                       en: "Merge the text into one <label>; attach extra hints (format, errors) with aria-describedby instead of a second label."),
        impact: .moderate, wcag: ["3.3.2"], references: ["WZA-07"],
        passing: [
            RuleExample(##"<label for="id">身份证号</label><input id="id"><span id="h">18 位</span>"##),
            RuleExample(##"<label>身份证号 <input></label>"##),
            RuleExample(##"<label for="p">手机号<input id="p"></label>"##),
            RuleExample(##"<label for="a">申请人</label><input id="a"><input id="a" aria-label="代办人">"##),
            RuleExample(##"<label>姓名 <input name="n"> <input name="m"></label><label for="x">其他</label>"##),
        ],
        failing: [
            RuleExample(##"<label for="id">身份证号</label><label for="id">（必填）</label>↓<input id="id">"##),
            RuleExample(##"<label for="s">所在街道</label><label>街道：↓<select id="s"><option>请选择</option></select></label>"##),
        ],
        cantTell: [
            RuleExample(##"<label for="q" style="display:none">搜索</label><label for="q">关键词</label><input id="q">"##),
        ])
    let selector = ElementSelector.tags(["input", "select", "textarea"])

    static let labelable: Set<String> = ["button", "input", "meter", "output", "progress", "select", "textarea"]

    func check(_ field: Element, in page: PageContext) -> Verdict {
        if field.name == "input", FormFields.inputType(field) == "hidden" { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(field, in: page) { return .inapplicable }
        let labels = Self.labels(of: field, in: page)
        if labels.count < 2 { return labels.isEmpty ? .inapplicable : .passed() }
        let texts = labels.map { "“" + NameQuote.text(AccessibleName.contentText($0, in: page, excluding: field)) + "”" }
        let exposed = labels.filter { !Visibility.isHiddenFromAssistiveTechnology($0, in: page) }
        // A hidden label may be deliberate (a visible one plus one for screen readers), and browsers differ on
        // whether its text still counts: a person has to judge.
        if exposed.count < 2 { return .cantTell(.partlyHidden(labels.count, texts)) }
        return .failed(.multiple(labels.count, texts))
    }

    /// The `<label>` elements of a field, in document order: those whose `for` names it (the first element with
    /// that id), and a wrapping label without `for` whose first labelable descendant it is.
    static func labels(of field: Element, in page: PageContext) -> [Element] {
        var labels: [Element] = []
        if let id = field.attribute("id"), !id.isEmpty, page.elements(withID: id).first == field {
            labels += page.elements(named: "label").filter { $0.attribute("for") == id }
        }
        if let wrapping = field.closest(["label"]), wrapping.attribute("for") == nil,
           wrapping.descendants.first(where: { labelable.contains($0.name) && !($0.name == "input" && FormFields.inputType($0) == "hidden") }) == field {
            labels.append(wrapping)
        }
        return labels.sorted { $0.documentOrder < $1.documentOrder }
    }
}

extension Localized {
    fileprivate static func multiple(_ count: Int, _ texts: [String]) -> Localized {
        Localized(zh: "字段有 \(count) 个标签：\(texts.joined(separator: "、"))。", en: "The field has \(count) labels: \(texts.joined(separator: ", ")).")
    }
    fileprivate static func partlyHidden(_ count: Int, _ texts: [String]) -> Localized {
        Localized(zh: "字段有 \(count) 个标签（\(texts.joined(separator: "、"))），其中有隐藏的：请确认读屏软件读出的名称完整且不重复。",
                  en: "The field has \(count) labels (\(texts.joined(separator: ", "))), some hidden: check that screen readers announce a complete name without repetition.")
    }
}
