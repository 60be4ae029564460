import AuditCore
import HTMLDOM

/// In a data table of at least 3×3 cells, each non-empty data cell has a header.
struct TdHasHeaderRule: Rule {
    let description = RuleDescription(
        id: "td-has-header",
        title: Localized(zh: "较大数据表格中的数据单元格都有表头", en: "Data cells in larger data tables have headers"),
        rationale: Localized(
            zh: "读屏用户在表格里逐格移动时，靠表头知道一个数字或日期属于哪一项，如“办理时限：5 个工作日”；没有表头的数据单元格只剩孤立的值，在较大的表格里很难对上是哪一行哪一列。",
            en: "Screen reader users moving cell by cell learn from the headers what a number or a date belongs to, e.g. “Time limit: 5 working days”; a data cell with no header is a bare value, hard to place in a larger table."),
        fix: Localized(zh: "把表头行或表头列的单元格改为 <th>（必要时加 scope=\"col\" 或 scope=\"row\"），让每个有内容的数据单元格所在的行或列有表头；复杂表格用 headers 属性指向对应表头的 id。纯布局用的表格加 role=\"presentation\"，不要用 <th>。",
               en: "Mark the cells of the header row or column as <th> (with scope=\"col\" or scope=\"row\" where needed) so that every data cell with content has a header in its row or column; in complex tables, point the headers attribute at the headers' ids. Give layout tables role=\"presentation\" and no <th>."),
        impact: .critical, wcag: ["1.3.1"], references: ["WZA-11"],
        passing: [
            RuleExample(##"<table><tr><th>事项</th><th>时限</th><th>收费</th></tr><tr><td>社保卡补办</td><td>5 日</td><td>免费</td></tr><tr><td>居住证</td><td>7 日</td><td>免费</td></tr></table>"##),
            RuleExample(##"<table><tr><th scope="row">地点</th><td>区政务服务中心</td><td>一楼</td></tr><tr><th scope="row">时间</th><td>工作日</td><td>9:00—17:00</td></tr><tr><th scope="row">电话</th><td>12345</td><td>转 1</td></tr></table>"##),
            RuleExample(##"<table><tr><th id="s">事项</th><th id="d">时限</th><th id="f">收费</th></tr><tr><td headers="s">社保卡</td><td headers="d">5 日</td><td headers="f">免费</td></tr><tr><td headers="s">居住证</td><td headers="d">7 日</td><td>&nbsp;</td></tr></table>"##),
            RuleExample(##"<table width="100%" border="0"><tr><td>首页</td><td>政务公开</td><td>办事服务</td></tr><tr><td>通知</td><td>公告</td><td>动态</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>"##),
            RuleExample(##"<table role="presentation"><tr><th>栏目</th><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td><td>e</td></tr><tr><td>f</td><td>g</td><td>h</td></tr></table>"##),
            RuleExample(##"<table><tr><td><table><tr><th>事项</th></tr></table></td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td><td>f</td></tr><tr><td>g</td><td>h</td><td>i</td></tr></table>"##),
            RuleExample(##"<table><tr><th>事项</th><th>时限</th></tr><tr><td>社保卡</td><td>5 日</td></tr></table>"##),
        ],
        failing: [
            RuleExample(##"↓<table><tr><th>事项</th><th>时限</th></tr><tr><td>社保卡</td><td>5 日</td><td>免费</td></tr><tr><td>居住证</td><td>7 日</td><td>免费</td></tr></table>"##),
            RuleExample(##"↓<table role="grid"><tr><td>社保卡</td><td>5 日</td><td>免费</td></tr><tr><td>居住证</td><td>7 日</td><td>免费</td></tr><tr><td>户籍</td><td>当日</td><td>免费</td></tr></table>"##),
        ],
        cantTell: [
            RuleExample(##"<table><thead><tr><th>事项</th><th>时限</th><th>收费</th></tr></thead><tbody id="list"></tbody></table><script src="list.js"></script>"##),
            RuleExample(##"<table><tr><td>社保卡</td><td>居住证</td><th scope="row">事项</th></tr><tr><td>5 日</td><td>7 日</td><th scope="row">时限</th></tr><tr><td>免费</td><td>免费</td><th scope="row">收费</th></tr></table>"##),
            RuleExample(##"<table><tr><td role="columnheader">事项</td><td role="columnheader">时限</td><th>收费</th></tr><tr><td>社保卡</td><td>5 日</td><td>免费</td></tr><tr><td>居住证</td><td>7 日</td><td>免费</td></tr></table>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var verdicts: [ElementVerdict] = []
        for table in TableModel.candidateDataTables(in: page) {
            let model = TableModel(table, in: page)
            guard model.isMarkedAsDataTable else { continue }
            guard model.rowCount >= 3, model.columnCount >= 3 else {
                if model.mayBeFilledByScript(in: page) { verdicts.append(ElementVerdict(table, .cantTell(.filledByScript))) }
                continue
            }
            // Headers the HTML model does not follow: ARIA header roles on other cells, a th given another
            // role, column group headers (not modelled).
            let ambiguous = model.cells.contains { cell in
                let role = ARIA.explicitRole(of: cell.element)
                if cell.isHeader { return cell.scope == "colgroup" || (role != nil && !["columnheader", "rowheader"].contains(role!)) }
                return role == "columnheader" || role == "rowheader"
            }
            var contentCache: [Int: Bool] = [:]
            func content(_ index: Int) -> Bool {
                if let known = contentCache[index] { return known }
                let value = TableModel.hasContent(model.cells[index].element)
                contentCache[index] = value
                return value
            }
            let headed = model.cellsWithAnyHeader(hasContent: content)
            // Rows and columns that hold a header cell with content anywhere.
            var headerInRow = [Bool](repeating: false, count: model.rowCount)
            var headerInColumn = [Bool](repeating: false, count: model.columnCount)
            for (index, cell) in model.cells.enumerated() where cell.isHeader && content(index) {
                for y in cell.y..<(cell.y + cell.height) { headerInRow[y] = true }
                for x in cell.x..<min(cell.x + cell.width, model.columnCount) { headerInColumn[x] = true }
            }
            var missing: [String] = [], unsure: [String] = []
            var checked = 0
            for (index, cell) in model.cells.enumerated() where !cell.isHeader {
                guard content(index) else { continue }
                let element = cell.element
                if headed[index] || element.attribute("aria-labelledby").map({ !$0.isBlankText }) == true {
                    checked += 1
                    continue
                }
                if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { continue }
                checked += 1
                let place = Self.place(cell)
                let inLine = (cell.y..<(cell.y + cell.height)).contains { headerInRow[$0] }
                    || (cell.x..<min(cell.x + cell.width, model.columnCount)).contains { headerInColumn[$0] }
                if ambiguous || inLine || element.attribute("headers").map({ !$0.isBlankText }) == true {
                    unsure.append(place)
                } else {
                    missing.append(place)
                }
            }
            if !missing.isEmpty {
                verdicts.append(ElementVerdict(table, .failed(.noHeader(missing.count, missing.firstDistinct(3)))))
            } else if !unsure.isEmpty {
                verdicts.append(ElementVerdict(table, .cantTell(ambiguous ? .ariaOrGroupHeaders(unsure.count, unsure.firstDistinct(3))
                                                                          : .notAssigned(unsure.count, unsure.firstDistinct(3)))))
            } else if checked > 0 {
                verdicts.append(ElementVerdict(table, .passed()))
            }
        }
        return verdicts
    }

    /// “row 2, column 3 (“5 日”)”, for the messages.
    private static func place(_ cell: TableModel.Cell) -> String {
        var text = cell.element.visibleText
        if text.count > 20 { text = String(text.prefix(20)) + "…" }
        return "\(cell.y + 1),\(cell.x + 1) “\(text)”"
    }
}

extension Localized {
    fileprivate static func noHeader(_ count: Int, _ places: String) -> Localized {
        Localized(zh: "这个数据表格有 \(count) 个有内容的数据单元格所在的行和列都没有表头（<th>），也没有 headers 属性，如（行,列）\(places)。",
                  en: "\(count) data cells with content in this data table have no header (<th>) in their row or column and no headers attribute, e.g. (row,column) \(places).")
    }
    fileprivate static func notAssigned(_ count: Int, _ places: String) -> Localized {
        Localized(zh: "有 \(count) 个数据单元格所在行列有 <th>，但按 HTML 表格模型这些 <th> 不是它们的表头（位于右侧或下方、被其他表头隔断，或既非行表头也非列表头），读屏软件的处理各不相同，需人工确认，如（行,列）\(places)。",
                  en: "\(count) data cells have a <th> in their row or column that the HTML table model does not make their header (it lies right or below, is blocked by other headers, or is neither a row nor a column header); screen readers differ. Check them, e.g. (row,column) \(places).")
    }
    fileprivate static func ariaOrGroupHeaders(_ count: Int, _ places: String) -> Localized {
        Localized(zh: "表格用 ARIA 角色或 scope=\"colgroup\" 标示表头，wza 的 HTML 表格模型不处理这些，有 \(count) 个数据单元格的表头需人工确认，如（行,列）\(places)。",
                  en: "The table marks headers with ARIA roles or scope=\"colgroup\", which wza's HTML table model does not follow; check the headers of \(count) data cells, e.g. (row,column) \(places).")
    }
    fileprivate static let filledByScript = Localized(zh: "表格有表头但还没有数据行，页面脚本可能在运行时填入数据，需人工确认填入后每个数据单元格都有表头。",
                                                      en: "The table has headers but no data rows yet; the page's scripts may fill it at run time. Check that every data cell then has a header.")
}
