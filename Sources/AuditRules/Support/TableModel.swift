import AuditCore
import HTMLDOM

/// The HTML table model of one `<table>` (HTML §4.9.12): cells placed in a grid with their spans, and the
/// algorithm that assigns header cells to cells (the `headers` attribute, else scanning left and up).
/// Nested tables are separate models; `tfoot` rows come last, as the HTML algorithm processes them.
struct TableModel {
    /// One cell of the grid.
    struct Cell {
        let element: Element
        let x: Int, y: Int, width: Int, height: Int
        let isHeader: Bool
        /// Which `scope` state: "row", "col", "rowgroup", "colgroup" or "auto".
        let scope: String
        /// Index of the row group (`thead`/`tbody`/`tfoot`, or a run of rows directly in the table).
        let rowGroup: Int
    }

    let table: Element
    private(set) var cells: [Cell] = []
    private var slots: [[Int?]] = []
    /// Per cell index: a column header, a row header (computed once the grid is built).
    private var columnHeaders: [Bool] = []
    private var rowHeaders: [Bool] = []

    init(_ table: Element) {
        self.table = table
        var groups: [[Element]] = []
        var footers: [[Element]] = []
        var loose: [Element] = []
        for child in table.children {
            switch child.name {
            case "tr": loose.append(child)
            case "thead", "tbody", "tfoot":
                if !loose.isEmpty { groups.append(loose); loose = [] }
                let rows = child.children.filter { $0.name == "tr" }
                if child.name == "tfoot" { footers.append(rows) } else { groups.append(rows) }
            default: continue
            }
        }
        if !loose.isEmpty { groups.append(loose) }
        var y = 0
        for (group, rows) in (groups + footers).enumerated() {
            let end = y + rows.count
            for row in rows {
                var x = 0
                for element in row.children where element.name == "td" || element.name == "th" {
                    while slot(x, y) != nil { x += 1 }
                    let width = Self.span(element.attribute("colspan"), default: 1, zero: 1, limit: 1000)
                    // rowspan="0" and spans past the group end stop at the end of the row group.
                    let height = min(Self.span(element.attribute("rowspan"), default: 1, zero: end - y, limit: 65534), end - y)
                    let scope = element.name == "th" ? Self.scopeState(element) : "auto"
                    let cell = Cell(element: element, x: x, y: y, width: width, height: max(height, 1),
                                    isHeader: element.name == "th", scope: scope, rowGroup: group)
                    place(cell, index: cells.count)
                    cells.append(cell)
                    x += width
                }
                y += 1
            }
        }
        // Which rows and columns hold a data cell, then each header's kind (HTML's column/row header definitions).
        let width = slots.map(\.count).max() ?? 0
        var dataInRow = [Bool](repeating: false, count: slots.count)
        var dataInColumn = [Bool](repeating: false, count: width)
        for (y, row) in slots.enumerated() {
            for (x, index) in row.enumerated() where index.map({ !cells[$0].isHeader }) ?? false {
                dataInRow[y] = true
                dataInColumn[x] = true
            }
        }
        columnHeaders = cells.map { cell in
            cell.isHeader && (cell.scope == "col" || (cell.scope == "auto" && !(cell.y..<(cell.y + cell.height)).contains { dataInRow[$0] }))
        }
        rowHeaders = cells.indices.map { index in
            let cell = cells[index]
            return cell.isHeader && (cell.scope == "row" || (cell.scope == "auto" && !columnHeaders[index]
                && !(cell.x..<(cell.x + cell.width)).contains { $0 < width && dataInColumn[$0] }))
        }
    }


    private func slot(_ x: Int, _ y: Int) -> Int? {
        guard y >= 0, y < slots.count, x >= 0, x < slots[y].count else { return nil }
        return slots[y][x]
    }

    private mutating func place(_ cell: Cell, index: Int) {
        for row in cell.y..<(cell.y + cell.height) {
            while slots.count <= row { slots.append([]) }
            let needed = cell.x + cell.width
            if slots[row].count < needed { slots[row] += [Int?](repeating: nil, count: needed - slots[row].count) }
            for column in cell.x..<needed where slots[row][column] == nil { slots[row][column] = index }
        }
    }

    static func span(_ value: String?, default fallback: Int, zero: Int, limit: Int) -> Int {
        guard let value, let number = Int(value.trimmedText.prefix { $0.isNumber }) else { return fallback }
        if number == 0 { return max(zero, 1) }
        return min(number, limit)
    }

    static func scopeState(_ element: Element) -> String {
        let value = element.attribute("scope")?.trimmedText.lowercased() ?? ""
        return ["row", "col", "rowgroup", "colgroup"].contains(value) ? value : "auto"
    }

    /// "Empty": no element children and only white space (HTML's definition, used to drop empty headers).
    static func isEmpty(_ element: Element) -> Bool {
        element.childNodes.allSatisfy { node in
            node.kind == .comment || (node.kind == .text && node.text.unicodeScalars.allSatisfy { " \t\n\r\u{0C}".unicodeScalars.contains($0) })
        }
    }

    /// A column header: scope col, or auto with no data cell in its rows.
    func isColumnHeader(_ index: Int) -> Bool { columnHeaders[index] }

    /// A row header: scope row, or auto, not a column header, and no data cell in its columns.
    func isRowHeader(_ index: Int) -> Bool { rowHeaders[index] }

    /// The header cells assigned to a cell (as cell indexes), per HTML's algorithm for assigning header cells.
    func headers(of principalIndex: Int, in page: PageContext) -> [Int] {
        let principal = cells[principalIndex]
        var list: [Int] = []
        if let ids = principal.element.attribute("headers"), !ids.isBlankText {
            for id in ids.split(whereSeparator: { $0.isHTMLWhitespace }) {
                if let target = page.elements(withID: String(id)).first, target != principal.element,
                   let index = cells.firstIndex(where: { $0.element == target }) {
                    list.append(index)
                }
            }
        } else {
            for y in principal.y..<(principal.y + principal.height) { scan(principalIndex, x: principal.x, y: y, dx: -1, dy: 0, into: &list) }
            for x in principal.x..<(principal.x + principal.width) { scan(principalIndex, x: x, y: principal.y, dx: 0, dy: -1, into: &list) }
            // Row group headers of the principal's row group, above or left of it.
            for (index, cell) in cells.enumerated() where cell.isHeader && cell.scope == "rowgroup" && cell.rowGroup == principal.rowGroup
                && cell.x <= principal.x + principal.width - 1 && cell.y <= principal.y + principal.height - 1 {
                list.append(index)
            }
        }
        var seen: Set<Int> = []
        return list.filter { $0 != principalIndex && !Self.isEmpty(cells[$0].element) && seen.insert($0).inserted }
    }

    /// HTML's "internal algorithm for scanning and assigning header cells".
    private func scan(_ principalIndex: Int, x initialX: Int, y initialY: Int, dx: Int, dy: Int, into list: inout [Int]) {
        var x = initialX, y = initialY
        var opaque: [Cell] = []
        let principal = cells[principalIndex]
        var inHeaderBlock = principal.isHeader
        var currentBlock: [Cell] = principal.isHeader ? [principal] : []
        while true {
            x += dx
            y += dy
            if x < 0 || y < 0 { return }
            guard let index = slot(x, y) else { continue }
            let current = cells[index]
            if current.isHeader {
                inHeaderBlock = true
                currentBlock.append(current)
                let blocked = dx == 0
                    ? opaque.contains { $0.x == current.x && $0.width == current.width } || !columnHeaders[index]
                    : opaque.contains { $0.y == current.y && $0.height == current.height } || !rowHeaders[index]
                if !blocked { list.append(index) }
            } else if inHeaderBlock {
                inHeaderBlock = false
                opaque += currentBlock
                currentBlock = []
            }
        }
    }
}
