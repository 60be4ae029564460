import AuditCore
import HTMLDOM

/// Table header cells have text a reader can announce.
struct EmptyTableHeaderRule: Rule {
    let description = RuleDescription(
        id: "empty-table-header",
        title: Localized(zh: "表头不为空", en: "Table headers are not empty"),
        rationale: Localized(
            zh: "读屏软件朗读单元格时会带上表头；空表头让用户听不到这一列（行）是什么，只能猜测数据的含义。",
            en: "Screen readers announce cells with their headers; an empty header leaves users guessing what the column or row means."),
        fix: Localized(zh: "为表头写出文字（可以是视觉隐藏的文字或 aria-label）；不作表头的空单元格（如左上角）改用 <td>。",
                       en: "Give the header text (visually hidden text or aria-label will do); make empty cells that are no header, such as the top-left corner, <td>."),
        impact: .minor, references: ["WZA-11"], bestPractice: true,
        passing: [
            RuleExample(##"<table><tr><th>事项</th><th>时限</th></tr><tr><td>社保卡</td><td>5 日</td></tr></table>"##),
            RuleExample(##"<table><tr><th aria-label="序号"></th><th><img src="fee.png" alt="收费"></th></tr></table>"##),
            RuleExample(##"<table><tr><td></td><th>周一</th></tr></table>"##),
            RuleExample(##"<table role="presentation"><tr><th></th></tr></table>"##),
            RuleExample(##"<table><tr><th hidden></th><th role="cell"></th></tr></table>"##),
        ],
        failing: [
            RuleExample(##"<table><tr>↓<th></th><th>周一</th></tr><tr><th>上午</th><td>开放</td></tr></table>"##),
            RuleExample(##"<table><tr>↓<th>&nbsp;</th>↓<th><img src="icon.png" alt=""></th></tr></table>"##),
            RuleExample(##"<div role="table"><div role="row">↓<div role="columnheader"></div></div></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard element.name == "th" || element.hasAttribute("role") else { return .inapplicable }
        guard let role = AccessibleName.role(of: element), role == "columnheader" || role == "rowheader" else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        return AccessibleName.of(element, in: page).isEmpty ? .failed(.empty) : .passed()
    }
}

extension Localized {
    fileprivate static let empty = Localized(zh: "表头没有可读出的文字。", en: "The table header has no text to announce.")
}
