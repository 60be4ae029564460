import AuditCore
import HTMLDOM

/// A cell's `headers` attribute points at other cells of the same table.
struct TdHeadersAttrRule: Rule {
    let description = RuleDescription(
        id: "td-headers-attr",
        title: Localized(zh: "单元格的 headers 指向同一表格的单元格", en: "Cell headers attributes refer to cells in the same table"),
        rationale: Localized(
            zh: "办事指南中的复杂表格用 headers 告诉读屏软件每个数据属于哪一列、哪一行；指向不存在或别的表格的 id 时，表头关系就丢失了。",
            en: "Complex tables in service guides use headers to tell screen readers which column and row a value belongs to; pointing at a missing id or another table loses that."),
        fix: Localized(zh: "让 headers 中的每个 id 指向同一 <table> 内的 th（或 td）单元格，且不指向自己。",
                       en: "Make every id in headers name a th (or td) cell of the same <table>, never the cell itself."),
        impact: .serious, wcag: ["1.3.1"], act: ["a25f45"], references: ["WZA-11"],
        passing: [
            RuleExample(##"<table><tr><th id="h1">事项</th><th id="h2">时限</th></tr><tr><td headers="h1">社保卡</td><td headers="h2">5日</td></tr></table>"##),
            RuleExample(##"<table role="presentation"><tr><td headers="nowhere">布局</td></tr></table>"##),
        ],
        failing: [
            RuleExample(##"<table><tr><th id="h1">事项</th></tr><tr>↓<td headers="h9">社保卡</td></tr></table>"##),
            RuleExample(##"<table><tr>↓<td id="self" headers="self">自指</td></tr></table>"##),
            RuleExample(##"<table><tr><td><span id="x">事项</span></td></tr><tr>↓<td headers="x">社保卡</td></tr></table>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var verdicts: [ElementVerdict] = []
        for table in page.elements(named: "table") {
            if let role = table.explicitRole, role != "table", role != "grid", role != "treegrid" { continue }
            if Visibility.isHiddenFromAssistiveTechnology(table, in: page) { continue }
            let cells = table.descendants.filter { ($0.name == "td" || $0.name == "th") && $0.closest(["table"]) == table }
            let cellIDs = Set(cells.compactMap { $0.attribute("id") })
            for cell in cells {
                guard let headers = cell.attribute("headers"), !headers.isBlankText else { continue }
                let ids = headers.split(whereSeparator: { $0.isHTMLWhitespace }).map(String.init)
                let wrong = ids.filter { !cellIDs.contains($0) || $0 == cell.attribute("id") }
                verdicts.append(ElementVerdict(cell, wrong.isEmpty ? .passed() : .failed(.badReference(wrong.joined(separator: " ")))))
            }
        }
        return verdicts
    }
}

extension Localized {
    fileprivate static func badReference(_ ids: String) -> Localized {
        Localized(zh: "headers 中的“\(ids)”不是同一表格中其他单元格的 id。", en: "“\(ids)” in headers is not the id of another cell in the same table.")
    }
}
