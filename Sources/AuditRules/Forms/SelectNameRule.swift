import AuditCore
import HTMLDOM

/// Drop-down lists have a name.
struct SelectNameRule: Rule {
    let description = RuleDescription(
        id: "select-name",
        title: Localized(zh: "下拉框有标签", en: "Select lists have labels"),
        rationale: Localized(
            zh: "没有标签的下拉框只读出当前选项（如“请选择”），用户不知道在选什么。",
            en: "An unlabelled select announces only its current option (“Please choose”), not what is being chosen."),
        fix: Localized(zh: "用 <label for> 关联标签，或添加 aria-label。", en: "Associate a <label for>, or add aria-label."),
        impact: .critical, wcag: ["4.1.2"], act: ["e086e5"], references: ["WZA-07"],
        passing: [
            RuleExample(##"<label for="d">所在街道</label><select id="d"><option>请选择</option></select>"##),
            RuleExample(##"<select aria-label="证件类型"><option>身份证</option></select>"##),
            RuleExample(##"<select role="none" disabled><option>身份证</option></select>"##),
        ],
        failing: [
            RuleExample(##"↓<select name="street"><option>请选择</option></select>"##),
        ])
    let selector = ElementSelector.tags(["select"])

    func check(_ select: Element, in page: PageContext) -> Verdict {
        if Visibility.isHiddenFromAssistiveTechnology(select, in: page) || select.isEffectivelyPresentational { return .inapplicable }
        return .named(AccessibleName.of(select, in: page), orFailed: .noLabel)
    }
}

extension Localized {
    fileprivate static let noLabel = Localized(zh: "下拉框没有标签。", en: "Select list has no label.")
}
