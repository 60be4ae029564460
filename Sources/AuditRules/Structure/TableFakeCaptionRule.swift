import AuditCore
import HTMLDOM

/// A data table does not use its first row, one cell across all columns, as a caption.
struct TableFakeCaptionRule: Rule {
    let description = RuleDescription(
        id: "table-fake-caption",
        title: Localized(zh: "数据表格的标题用 <caption> 标记", en: "Data tables use <caption> for their title"),
        rationale: Localized(
            zh: "读屏软件把 <caption> 作为表格的名称，在进入表格或列出页面表格时读出，如“2024 年行政事业性收费项目表”；把标题写在横跨所有列的第一行单元格里，它只是一个普通单元格，表格没有名称，这一行还会被当作表头或数据朗读。",
            en: "Screen readers use <caption> as the table's name and read it when users enter the table or list the tables on a page; a title put in a first-row cell spanning every column is just another cell: the table has no name, and the row is read as a header or data."),
        fix: Localized(zh: "删除横跨整行的标题行，把文字放进 <table> 的第一个子元素 <caption>（可用 CSS 保持原来的样式），如 <caption>2024 年收费项目</caption>。",
                       en: "Remove the spanning title row and put its text in a <caption>, the first child of the <table> (CSS can keep its look), e.g. <caption>Fees for 2024</caption>."),
        impact: .serious, wcag: ["1.3.1"], references: ["WZA-11"],
        passing: [
            RuleExample(##"<table><caption>2024 年收费项目</caption><tr><th>项目</th><th>标准</th></tr><tr><td>工本费</td><td>免费</td></tr></table>"##),
            RuleExample(##"<table><tr><th>项目</th><th>标准</th></tr><tr><td colspan="2">暂无收费项目</td></tr></table>"##),
            RuleExample(##"<table width="100%" border="0"><tr><td colspan="2">区政府门户网站</td></tr><tr><td>导航</td><td>正文</td></tr></table>"##),
            RuleExample(##"<table role="presentation"><tr><th colspan="2">用户登录</th></tr><tr><th>用户名</th><td><input></td></tr></table>"##),
            RuleExample(##"<table><tr><td colspan="2"></td></tr><tr><th>项目</th><th>标准</th></tr><tr><td>工本费</td><td>免费</td></tr></table>"##),
        ],
        failing: [
            RuleExample(##"<table><tr>↓<td colspan="2"><b>2024 年收费项目</b></td></tr><tr><th>项目</th><th>标准</th></tr><tr><td>工本费</td><td>免费</td></tr></table>"##),
            RuleExample(##"<table><thead><tr>↓<th colspan="3">办事指南一览</th></tr><tr><th>事项</th><th>时限</th><th>收费</th></tr></thead><tbody><tr><td>社保卡</td><td>5 日</td><td>免费</td></tr></tbody></table>"##),
        ],
        cantTell: [
            RuleExample(##"<table><tr><th colspan="2">用户登录</th></tr><tr><td>用户名</td><td><input name="user"></td></tr></table>"##),
            RuleExample(##"<table><caption>2024 年收费项目</caption><tr><th colspan="2">行政事业性收费</th></tr><tr><th>项目</th><th>标准</th></tr><tr><td>工本费</td><td>免费</td></tr></table>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var verdicts: [ElementVerdict] = []
        for table in TableModel.candidateDataTables(in: page) {
            let model = TableModel(table, in: page)
            guard model.isMarkedAsDataTable, model.rowCount >= 2, model.columnCount >= 2 else { continue }
            let firstRow = model.cells.prefix { $0.y == 0 }
            guard let first = firstRow.first else { continue }
            guard firstRow.count == 1, first.width >= model.columnCount, first.height == 1 else {
                verdicts.append(ElementVerdict(table, .passed()))
                continue
            }
            // An empty spanning row is a spacer, not a title.
            guard TableModel.hasContent(first.element) else {
                verdicts.append(ElementVerdict(table, .passed()))
                continue
            }
            let caption = table.children.first { $0.name == "caption" }
            if let caption, !caption.visibleText.isBlankText {
                verdicts.append(ElementVerdict(first.element, .cantTell(.besideCaption)))
                continue
            }
            let otherHeaders = model.cells.dropFirst().contains(where: \.isHeader)
            let explicitTable = ["table", "grid", "treegrid"].contains(ARIA.explicitRole(of: table) ?? "")
            if !otherHeaders && !explicitTable {
                verdicts.append(ElementVerdict(first.element, .cantTell(.onlyHeader)))
            } else {
                verdicts.append(ElementVerdict(first.element, .failed(.fakeCaption(Self.quote(first.element)))))
            }
        }
        return verdicts
    }

    private static func quote(_ element: Element) -> String {
        let text = element.visibleText
        return text.count > 30 ? String(text.prefix(30)) + "…" : text
    }
}

extension Localized {
    fileprivate static func fakeCaption(_ text: String) -> Localized {
        Localized(zh: "数据表格的第一行只有这一个横跨所有列的单元格（“\(text)”），它起表格标题的作用，应改用 <caption>。",
                  en: "The data table's first row is this one cell spanning every column (“\(text)”), which acts as the table's title; use <caption> instead.")
    }
    fileprivate static let besideCaption = Localized(
        zh: "表格已有 <caption>，第一行横跨所有列的单元格可能是分组表头或说明（如“单位：万元”），需人工确认它是否应并入标题。",
        en: "The table already has a <caption>; the first-row cell spanning every column may be a group header or a note (e.g. “Unit: 10,000 yuan”). Check whether it belongs in the caption.")
    fileprivate static let onlyHeader = Localized(
        zh: "横跨所有列的第一行单元格是表格唯一的 <th>，这可能是带标题的布局表格（如登录表单），也可能是数据表格的假标题，需人工确认：数据表格用 <caption>，布局表格用 role=\"presentation\" 和标题元素。",
        en: "The first-row cell spanning every column is the table's only <th>: this may be a layout table with a title (a login form) or a data table's fake caption. Check it: use <caption> for a data table, role=\"presentation\" and a heading for a layout table.")
}
