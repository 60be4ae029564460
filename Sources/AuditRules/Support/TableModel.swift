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
    /// The cell index covering each slot; `overlap` where cells overlap (a table model error, skipped by scans).
    private var slots: [[Int?]] = []
    private static let overlap = -1
    /// Per column and per row: the cells covering it, nearest to the top or left first.
    private var columnCells: [[Int]] = []
    private var rowCells: [[Int]] = []
    /// Per cell index: a column header, a row header (computed once the grid is built).
    private var columnHeaders: [Bool] = []
    private var rowHeaders: [Bool] = []
    /// Cells with a non-blank `headers` attribute: they take their headers from it and never scan.
    private var cellsWithHeadersAttribute: Set<Int> = []
    /// Cells named by another cell's `headers` attribute (the first element with that id, in this table).
    private var referencedByHeadersAttribute: Set<Int> = []

    init(_ table: Element, in page: PageContext) {
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
                    while isOccupied(x, y) { x += 1 }
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
        columnCells = [[Int]](repeating: [], count: width)
        rowCells = [[Int]](repeating: [], count: slots.count)
        for (index, cell) in cells.enumerated() {
            for y in cell.y..<(cell.y + cell.height) {
                rowCells[y].append(index)
                if !cell.isHeader { dataInRow[y] = true }
            }
            for x in cell.x..<(cell.x + cell.width) {
                columnCells[x].append(index)
                if !cell.isHeader { dataInColumn[x] = true }
            }
        }
        for y in rowCells.indices { rowCells[y].sort { cells[$0].x < cells[$1].x } }
        columnHeaders = cells.map { cell in
            cell.isHeader && (cell.scope == "col" || (cell.scope == "auto" && !(cell.y..<(cell.y + cell.height)).contains { dataInRow[$0] }))
        }
        rowHeaders = cells.indices.map { index in
            let cell = cells[index]
            return cell.isHeader && (cell.scope == "row" || (cell.scope == "auto" && !columnHeaders[index]
                && !(cell.x..<(cell.x + cell.width)).contains { $0 < width && dataInColumn[$0] }))
        }
        var indexByOrder: [Int: Int] = [:]
        for (index, cell) in cells.enumerated() { indexByOrder[cell.element.documentOrder] = index }
        for (index, cell) in cells.enumerated() {
            guard let ids = cell.element.attribute("headers"), !ids.isBlankText else { continue }
            cellsWithHeadersAttribute.insert(index)
            for id in ids.split(whereSeparator: { $0.isHTMLWhitespace }) {
                guard let target = page.elements(withID: String(id)).first, target != cell.element,
                      let targetIndex = indexByOrder[target.documentOrder] else { continue }
                referencedByHeadersAttribute.insert(targetIndex)
            }
        }
    }


    /// The one cell covering a slot; nil when none does, or more than one (HTML's scans skip such slots).
    private func slot(_ x: Int, _ y: Int) -> Int? {
        guard y >= 0, y < slots.count, x >= 0, x < slots[y].count, let index = slots[y][x], index != Self.overlap else { return nil }
        return index
    }

    private func isOccupied(_ x: Int, _ y: Int) -> Bool {
        y >= 0 && y < slots.count && x >= 0 && x < slots[y].count && slots[y][x] != nil
    }

    private mutating func place(_ cell: Cell, index: Int) {
        for row in cell.y..<(cell.y + cell.height) {
            while slots.count <= row { slots.append([]) }
            let needed = cell.x + cell.width
            if slots[row].count < needed { slots[row] += [Int?](repeating: nil, count: needed - slots[row].count) }
            for column in cell.x..<needed { slots[row][column] = slots[row][column] == nil ? index : Self.overlap }
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

    /// True when HTML's algorithm for assigning header cells gives this (non-empty) header cell to some cell.
    ///
    /// Rather than computing every cell's header list (quadratic on long tables), each cell that could reach
    /// the header is tried, nearest first, and its scan stops once it has passed the header: a left scan can
    /// assign only a row header, an up scan only a column header, and what blocks a scan depends only on the
    /// cells between the two.
    func isAssigned(_ headerIndex: Int) -> Bool {
        if referencedByHeadersAttribute.contains(headerIndex) { return true }
        let header = cells[headerIndex]
        let explicit = cellsWithHeadersAttribute
        if rowHeaders[headerIndex] {
            for y in header.y..<(header.y + header.height) {
                for principal in rowCells[y] where principal != headerIndex && cells[principal].x > header.x && !explicit.contains(principal) {
                    if scanReaches(headerIndex, from: principal, x: cells[principal].x, y: y, dx: -1, dy: 0) { return true }
                }
            }
        }
        if columnHeaders[headerIndex] {
            for x in header.x..<(header.x + header.width) {
                for principal in columnCells[x] where principal != headerIndex && cells[principal].y > header.y && !explicit.contains(principal) {
                    if scanReaches(headerIndex, from: principal, x: x, y: cells[principal].y, dx: 0, dy: -1) { return true }
                }
            }
        }
        if header.scope == "rowgroup" {
            // Row group headers go to the cells of their row group below or right of them.
            return cells.indices.contains { index in
                let cell = cells[index]
                return index != headerIndex && !explicit.contains(index) && cell.rowGroup == header.rowGroup
                    && header.x <= cell.x + cell.width - 1 && header.y <= cell.y + cell.height - 1
            }
        }
        return false
    }

    /// HTML's "internal algorithm for scanning and assigning header cells", from one principal cell along one
    /// line, until it meets the target header (true when the target is assigned) or passes it.
    private func scanReaches(_ target: Int, from principalIndex: Int, x initialX: Int, y initialY: Int, dx: Int, dy: Int) -> Bool {
        let goal = cells[target]
        var x = initialX, y = initialY
        var opaque: [Cell] = []
        let principal = cells[principalIndex]
        var inHeaderBlock = principal.isHeader
        var currentBlock: [Cell] = principal.isHeader ? [principal] : []
        while true {
            x += dx
            y += dy
            if x < goal.x || y < goal.y { return false }
            guard let index = slot(x, y) else { continue }
            let current = cells[index]
            if current.isHeader {
                inHeaderBlock = true
                currentBlock.append(current)
                if index == target {
                    let blocked = dx == 0
                        ? opaque.contains { $0.x == current.x && $0.width == current.width } || !columnHeaders[index]
                        : opaque.contains { $0.y == current.y && $0.height == current.height } || !rowHeaders[index]
                    return !blocked
                }
            } else if inHeaderBlock {
                inHeaderBlock = false
                opaque += currentBlock
                currentBlock = []
            }
        }
    }
}
