import AuditCore
import HTMLDOM

/// Each header cell of a data table is the header of some cell.
struct ThHasDataCellsRule: Rule {
    let description = RuleDescription(
        id: "th-has-data-cells",
        title: Localized(zh: "表头单元格有对应的数据单元格", en: "Table header cells have cells they describe"),
        rationale: Localized(
            zh: "读屏软件在朗读数据单元格时会先读出它的表头，如“收费标准：不收费”；一个表头没有任何对应单元格时，说明表格结构或 headers 关联有误，用户无法把表头和数据对上。",
            en: "Screen readers announce a cell with its headers, e.g. “Fee: none”; a header that describes no cell points to a broken table structure or headers attribute, and users cannot pair headers with data."),
        fix: Localized(zh: "确保每个 <th> 所在的列（或行）有数据单元格；用 headers 属性时，让单元格的 headers 包含该表头的 id；不是表头的单元格改用 <td>。",
                       en: "Make sure each <th> has data cells in its column (or row); with headers attributes, list the header's id in the cells it describes; use <td> for cells that are no header."),
        impact: .serious, wcag: ["1.3.1"], act: ["d0f69e"], references: ["WZA-11"],
        passing: [
            RuleExample(##"<table><tr><th>事项</th><th>时限</th></tr><tr><td>社保卡</td><td>5 日</td></tr></table>"##),
            RuleExample(##"<table><tr><th>地点</th><td>区政务服务中心</td></tr><tr><th>时间</th><td>工作日</td></tr></table>"##),
            RuleExample(##"<table><thead><tr><th>上午</th><th>下午</th></tr></thead><tbody><tr><td colspan="2">全天办理</td></tr></tbody></table>"##),
            RuleExample(##"<table><tr><th id="a">窗口</th><th id="b">电话</th></tr><tr><td>1 号</td></tr><tr><td headers="b">12345</td></tr></table>"##),
            RuleExample(##"<table role="presentation"><tr><th>布局</th></tr></table>"##),
            RuleExample(##"<table><tr><th>事项</th><th hidden>隐藏列</th></tr><tr><td>社保卡</td></tr></table>"##),
            RuleExample(##"<table><tr><th></th><th>周一</th></tr><tr><th>上午</th><td>开放</td></tr></table>"##),
        ],
        failing: [
            RuleExample(##"<table><thead><tr><th>事项</th>↓<th>时限</th></tr></thead><tbody><tr><td>社保卡</td></tr></tbody></table>"##),
            RuleExample(##"<table><tr><th id="c1">事项</th>↓<th id="c2">时限</th></tr><tr><td>社保卡</td><td headers="c1">5 日</td></tr></table>"##),
            RuleExample(##"<table><tr>↓<th>只有表头的表格</th></tr></table>"##),
        ],
        cantTell: [
            RuleExample(##"<table><thead><tr><th>事项</th><th>时限</th></tr></thead><tbody id="list"></tbody></table><script src="load.js"></script>"##),
            RuleExample(##"<table><tr><th scope="colgroup">办理</th></tr><tr><td>社保卡</td></tr></table>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var verdicts: [ElementVerdict] = []
        for table in page.elements(named: "table") {
            if table.hasOverridingRole, !["table", "grid", "treegrid"].contains(ARIA.explicitRole(of: table) ?? "") { continue }
            if Visibility.isHiddenFromAssistiveTechnology(table, in: page) { continue }
            let model = TableModel(table, in: page)
            let headerIndexes = model.cells.indices.filter { index in
                let cell = model.cells[index]
                guard cell.isHeader, ["columnheader", "rowheader"].contains(AccessibleName.role(of: cell.element) ?? "") else { return false }
                // An empty header cell is reported by empty-table-header; HTML never assigns it to any cell.
                return !TableModel.isEmpty(cell.element) && !Visibility.isHiddenFromAssistiveTechnology(cell.element, in: page)
            }
            guard !headerIndexes.isEmpty else { continue }
            let hasDataCells = model.cells.contains { !$0.isHeader }
            let scripted = !page.elements(named: "script").isEmpty
            for index in headerIndexes {
                let cell = model.cells[index]
                if model.isAssigned(index) {
                    verdicts.append(ElementVerdict(cell.element, .passed()))
                } else if !hasDataCells && scripted {
                    verdicts.append(ElementVerdict(cell.element, .cantTell(.noDataCellsYet)))
                } else if cell.scope == "rowgroup" || cell.scope == "colgroup" {
                    verdicts.append(ElementVerdict(cell.element, .cantTell(.groupHeader(cell.scope))))
                } else if !model.isColumnHeader(index) && !model.isRowHeader(index) {
                    verdicts.append(ElementVerdict(cell.element, .cantTell(.neitherRowNorColumn)))
                } else {
                    verdicts.append(ElementVerdict(cell.element, .failed(.noCells)))
                }
            }
        }
        return verdicts
    }
}

extension Localized {
    fileprivate static let noCells = Localized(zh: "按 HTML 表格模型，这个表头不是任何单元格的表头（所在行列没有数据单元格，或被 headers 属性绕开）。",
                                               en: "By the HTML table model this header is the header of no cell (no data cells in its row or column, or the headers attributes bypass it).")
    fileprivate static let noDataCellsYet = Localized(zh: "表格还没有数据单元格，页面脚本可能在运行时填入数据，需人工确认。",
                                                      en: "The table has no data cells yet; the page's scripts may fill it at run time. Check it.")
    fileprivate static let neitherRowNorColumn = Localized(zh: "这个表头所在的行和列都有数据单元格，HTML 表格模型不把它当作行或列表头，读屏软件的处理各不相同，需人工确认。",
                                                           en: "Both this header's row and column hold data cells, so the HTML table model makes it neither a row nor a column header; screen readers differ. Check it.")
    fileprivate static func groupHeader(_ scope: String) -> Localized {
        Localized(zh: "scope=\"\(scope)\" 的表头依赖行组/列组结构，wza 无法确定它对应哪些单元格，需人工确认。",
                  en: "A header with scope=\"\(scope)\" depends on row or column groups; wza cannot tell which cells it describes. Check it.")
    }
}
