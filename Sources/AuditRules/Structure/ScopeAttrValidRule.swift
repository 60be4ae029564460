import AuditCore
import HTMLDOM

/// `scope` is used on `th` only, with one of its four values.
struct ScopeAttrValidRule: Rule {
    let description = RuleDescription(
        id: "scope-attr-valid",
        title: Localized(zh: "scope 属性使用正确", en: "The scope attribute is used correctly"),
        rationale: Localized(
            zh: "scope 告诉读屏软件表头作用于整行还是整列；写在 <td> 上或取值无效时，浏览器会忽略它，表头关系可能被读错。",
            en: "scope tells screen readers whether a header applies to its row or its column; on a <td> or with an invalid value browsers ignore it and may pair headers wrongly."),
        fix: Localized(zh: "只在 <th> 上使用 scope，取值为 row、col、rowgroup 或 colgroup；<td> 上的 scope 删除，需要表头时改用 <th>。",
                       en: "Use scope only on <th>, with row, col, rowgroup or colgroup; remove it from <td>, or make the cell a <th> if it is a header."),
        impact: .moderate, references: ["WZA-11"], bestPractice: true,
        passing: [
            RuleExample(##"<table><tr><th scope="col">事项</th><th scope="col">时限</th></tr><tr><th scope="row">社保卡</th><td>5 日</td></tr></table>"##),
            RuleExample(##"<table><tr><th scope="COL">大小写不敏感</th></tr></table>"##),
            RuleExample(##"<table><thead><tr><th scope="colgroup">办理</th></tr></thead></table>"##),
            RuleExample(##"<table role="presentation"><tr><td scope="row">布局表格</td></tr></table>"##),
        ],
        failing: [
            RuleExample(##"<table><tr>↓<td scope="row">社保卡</td><td>5 日</td></tr></table>"##),
            RuleExample(##"<table><tr>↓<th scope="column">事项</th>↓<th scope="">时限</th></tr></table>"##),
        ])
    let selector = ElementSelector.tags(["td", "th"])

    func check(_ cell: Element, in page: PageContext) -> Verdict {
        guard let scope = cell.attribute("scope") else { return .inapplicable }
        guard let table = cell.closest(["table"]) else { return .inapplicable }
        if table.isPresentationalOverride || Visibility.isHiddenFromAssistiveTechnology(cell, in: page) { return .inapplicable }
        if cell.name == "td" { return .failed(.onDataCell) }
        let value = scope.trimmedText.lowercased()
        return ["row", "col", "rowgroup", "colgroup"].contains(value) ? .passed() : .failed(.badValue(scope))
    }
}

extension Localized {
    fileprivate static let onDataCell = Localized(zh: "scope 写在了 <td> 上；HTML5 中 scope 只对 <th> 有效。",
                                                  en: "scope is on a <td>; in HTML5 scope works on <th> only.")
    fileprivate static func badValue(_ value: String) -> Localized {
        Localized(zh: "scope=\"\(value)\" 不是 row、col、rowgroup 或 colgroup。",
                  en: "scope=\"\(value)\" is not row, col, rowgroup or colgroup.")
    }
}
