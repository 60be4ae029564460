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
    /// Per cell with a `headers` attribute: the cells of this table its ids name.
    private var headerAttributeTargets: [Int: [Int]] = [:]

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
                headerAttributeTargets[index, default: []].append(targetIndex)
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

    /// Rows and columns of the grid.
    var rowCount: Int { rowCells.count }
    var columnCount: Int { columnCells.count }

    /// The cell index anchored or spanning over a slot, nil when none does or several overlap.
    func cell(atX x: Int, y: Int) -> Int? { slot(x, y) }

    private struct LineKey: Hashable { let start: Int, length: Int }

    /// Per data cell (`td`; header cells are false): whether HTML's algorithm for assigning header cells gives it at least one header that has
    /// content (`hasContent`; HTML itself drops only empty headers): from its `headers` attribute when it has
    /// one, else from the left and up scans and the row group headers. Column group headers are not modelled.
    ///
    /// Linear in the grid's slots, not quadratic on wide or long tables. A scan from a cell meets the header
    /// blocks (runs of header slots, skipping empty slots) of its row or column nearest first; a header `h` in
    /// block j is assigned unless it is not a row (column) header or a block between j and the nearest one k
    /// holds a header of the same y and height (x and width). So each line is swept once to find, per header, the
    /// first later block that blocks it, and a cell whose nearest block is k has a header when some contributing
    /// header's block is at most k and its blocker lies beyond k.
    func cellsWithAnyHeader(hasContent: (Int) -> Bool) -> [Bool] {
        var result = [Bool](repeating: false, count: cells.count)
        var content: [Bool?] = [Bool?](repeating: nil, count: cells.count)
        func filled(_ index: Int) -> Bool {
            if let known = content[index] { return known }
            let value = hasContent(index)
            content[index] = value
            return value
        }
        // A line's slots in scan order (left to right, top to bottom), swept for every principal on it.
        func sweep(_ line: [Int?], principals: [(cell: Int, position: Int)], rowScan: Bool) {
            var blocks: [[Int]] = []
            var nearest = [Int](repeating: -1, count: line.count + 1)
            var inBlock = false
            for (position, entry) in line.enumerated() {
                nearest[position] = blocks.count - 1
                guard let index = entry else { continue }
                if cells[index].isHeader {
                    if !inBlock { blocks.append([]); inBlock = true }
                    if blocks[blocks.count - 1].last != index { blocks[blocks.count - 1].append(index) }
                } else {
                    inBlock = false
                }
            }
            guard !blocks.isEmpty else { return }
            func key(_ index: Int) -> LineKey {
                let cell = cells[index]
                return rowScan ? LineKey(start: cell.y, length: cell.height) : LineKey(start: cell.x, length: cell.width)
            }
            // The first later block with a header of the same key blocks a header.
            var killedAt = [Int: Int]()
            var nextBlockWithKey = [LineKey: Int]()
            for block in blocks.indices.reversed() {
                for index in blocks[block] { killedAt[index] = nextBlockWithKey[key(index)] ?? Int.max }
                for index in blocks[block] { nextBlockWithKey[key(index)] = block }
            }
            var valid = [Bool](repeating: false, count: blocks.count)
            var reach = -1
            for block in blocks.indices {
                for index in blocks[block] where (rowScan ? rowHeaders[index] : columnHeaders[index]) && filled(index) {
                    reach = max(reach, killedAt[index] ?? Int.max)
                }
                valid[block] = reach > block
            }
            for (principal, position) in principals where !result[principal] {
                // Where cells overlap (a table model error) a block may run past the principal: scan instead.
                if position < line.count, line[position] != principal {
                    if scanFindsHeader(from: principal, along: line, position: position, rowScan: rowScan, filled) { result[principal] = true }
                    continue
                }
                let block = nearest[min(position, line.count)]
                if block >= 0 && valid[block] { result[principal] = true }
            }
        }
        let explicit = cellsWithHeadersAttribute
        for y in rowCells.indices {
            let line = (0..<columnCount).map { slot($0, y) }
            let principals = rowCells[y].filter { !cells[$0].isHeader && !explicit.contains($0) }.map { ($0, cells[$0].x) }
            sweep(line, principals: principals, rowScan: true)
        }
        for x in columnCells.indices {
            let line = (0..<rowCount).map { slot(x, $0) }
            let principals = columnCells[x].filter { !cells[$0].isHeader && !explicit.contains($0) && !result[$0] }.map { ($0, cells[$0].y) }
            sweep(line, principals: principals, rowScan: false)
        }
        // Row group headers: per group, those at or above and left of a cell's far corner.
        var groupHeaders: [Int: [(y: Int, x: Int)]] = [:]
        for (index, cell) in cells.enumerated() where cell.isHeader && cell.scope == "rowgroup" && filled(index) {
            groupHeaders[cell.rowGroup, default: []].append((cell.y, cell.x))
        }
        if !groupHeaders.isEmpty {
            var leftmost: [Int: [(y: Int, minX: Int)]] = [:]
            for (group, headers) in groupHeaders {
                var minX = Int.max
                leftmost[group] = headers.sorted { $0.y < $1.y }.map { header in
                    minX = min(minX, header.x)
                    return (header.y, minX)
                }
            }
            for (index, cell) in cells.enumerated() where !cell.isHeader && !result[index] && !explicit.contains(index) {
                guard let prefix = leftmost[cell.rowGroup] else { continue }
                let bottom = cell.y + cell.height - 1, right = cell.x + cell.width - 1
                // The last header at or above the cell's bottom row carries the smallest x so far.
                var low = 0, high = prefix.count
                while low < high {
                    let middle = (low + high) / 2
                    if prefix[middle].y <= bottom { low = middle + 1 } else { high = middle }
                }
                if low > 0 && prefix[low - 1].minX <= right { result[index] = true }
            }
        }
        for index in explicit where !cells[index].isHeader {
            result[index] = headerAttributeTargets[index, default: []].contains { $0 != index && filled($0) }
        }
        return result
    }

    /// HTML's scan from one data cell back along a line (its row or column), true when it assigns a header with content.
    private func scanFindsHeader(from principal: Int, along line: [Int?], position: Int, rowScan: Bool, _ filled: (Int) -> Bool) -> Bool {
        var opaque: [Int] = [], block: [Int] = []
        var inBlock = false
        for entry in line[..<position].reversed() {
            guard let index = entry else { continue }
            let current = cells[index]
            if current.isHeader {
                inBlock = true
                block.append(index)
                let blocked = rowScan
                    ? !rowHeaders[index] || opaque.contains { cells[$0].y == current.y && cells[$0].height == current.height }
                    : !columnHeaders[index] || opaque.contains { cells[$0].x == current.x && cells[$0].width == current.width }
                if !blocked && filled(index) { return true }
            } else if inBlock {
                inBlock = false
                opaque += block
                block = []
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

/// Which `<table>` elements count as data tables for td-has-header and table-fake-caption. Government pages
/// wrap whole pages in layout tables (`<table width="100%" border="0">`), so a table counts only when its
/// markup says so: a `<th>` among its own cells, or an explicit `role="table"`, `"grid"` or `"treegrid"`.
extension TableModel {
    /// Tables exposed as tables that hold no other table: a role other than table/grid/treegrid (presentation,
    /// none) or hidden from assistive technology leaves a table out, and so does nesting, the page-layout pattern.
    static func candidateDataTables(in page: PageContext) -> [Element] {
        let tables = page.elements(named: "table")
        var nesting = Set<Element>()
        for table in tables { if let outer = table.closest(["table"]) { nesting.insert(outer) } }
        return tables.filter { table in
            if nesting.contains(table) { return false }
            if table.hasOverridingRole, !["table", "grid", "treegrid"].contains(ARIA.explicitRole(of: table) ?? "") { return false }
            return !Visibility.isHiddenFromAssistiveTechnology(table, in: page)
        }
    }

    /// The table's markup makes it a data table: a `<th>` of its own, or an explicit table role and cells.
    var isMarkedAsDataTable: Bool {
        if cells.contains(where: \.isHeader) { return true }
        return ["table", "grid", "treegrid"].contains(ARIA.explicitRole(of: table) ?? "") && !cells.isEmpty
    }

    /// Elements that are content without text.
    static let contentElements: Set<String> = ["img", "svg", "input", "select", "textarea", "button", "object", "embed",
                                               "canvas", "video", "audio", "iframe", "math", "meter", "progress"]

    /// A cell with content for a reader: visible text (NBSP and U+3000 are blank), an image or a control, or an
    /// `aria-label`.
    static func hasContent(_ element: Element) -> Bool {
        if !element.visibleText.isBlankText { return true }
        if let label = element.attribute("aria-label"), !label.isBlankText { return true }
        return element.descendants.contains { contentElements.contains($0.name) }
    }

    /// Scripts on the page may still fill the table: it has an empty `<tbody>` or no data cell yet.
    func mayBeFilledByScript(in page: PageContext) -> Bool {
        guard !page.elements(named: "script").isEmpty else { return false }
        let emptyBody = table.children.contains { $0.name == "tbody" && !$0.children.contains { $0.name == "tr" } }
        return emptyBody || !cells.contains { !$0.isHeader }
    }
}
