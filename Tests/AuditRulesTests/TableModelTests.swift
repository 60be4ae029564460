import AuditCore
import HTMLDOM
import Testing

@testable import AuditRules

/// `cellsWithAnyHeader` (one sweep per row and column) agrees with HTML's algorithm for assigning header
/// cells run cell by cell, on random tables of headers, data, spans, scopes and empty headers.
@Test func cellsWithAnyHeaderMatchesTheScanAlgorithm() throws {
    var generator = SplitMix(seed: 0x77A)
    for _ in 0..<1000 {
        var html = "<table>"
        let rows = 1 + Int(generator.next() % 6)
        for _ in 0..<rows {
            html += "<tr>"
            for _ in 0..<(1 + Int(generator.next() % 6)) {
                let header = generator.next() % 2 == 0
                let scope = header ? ["", " scope=\"row\"", " scope=\"col\"", " scope=\"rowgroup\""][Int(generator.next() % 4)] : ""
                let span = generator.next() % 5 == 0 ? " colspan=\"2\"" : (generator.next() % 6 == 0 ? " rowspan=\"2\"" : "")
                let text = header && generator.next() % 5 == 0 ? "" : "x"
                html += header ? "<th\(scope)\(span)>\(text)</th>" : "<td\(span)>x</td>"
            }
            html += "</tr>"
        }
        html += "</table>"
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let page = PageContext(document: document, path: "t.html", traits: PageTraits())
        let table = try #require(page.elements(named: "table").first)
        let model = TableModel(table, in: page)
        let fast = model.cellsWithAnyHeader { TableModel.hasContent(model.cells[$0].element) }
        for (index, cell) in model.cells.enumerated() where !cell.isHeader {
            #expect(fast[index] == slowHasHeader(model, index), "\(html) cell \(cell.x),\(cell.y)")
        }
    }
}

/// HTML §4.9.12.1, for one principal cell without a headers attribute.
private func slowHasHeader(_ model: TableModel, _ principal: Int) -> Bool {
    let cells = model.cells
    let cell = cells[principal]
    var found: [Int] = []
    func scan(_ startX: Int, _ startY: Int, _ dx: Int, _ dy: Int) {
        var x = startX, y = startY
        var opaque: [Int] = [], block: [Int] = []
        var inBlock = false
        while true {
            x += dx; y += dy
            if x < 0 || y < 0 { return }
            guard let index = model.cell(atX: x, y: y) else { continue }
            let current = cells[index]
            if current.isHeader {
                inBlock = true
                block.append(index)
                var blocked = false
                if dx == 0 {
                    blocked = opaque.contains { cells[$0].x == current.x && cells[$0].width == current.width } || !model.isColumnHeader(index)
                } else {
                    blocked = opaque.contains { cells[$0].y == current.y && cells[$0].height == current.height } || !model.isRowHeader(index)
                }
                if !blocked { found.append(index) }
            } else if inBlock {
                inBlock = false
                opaque += block
                block = []
            }
        }
    }
    for y in cell.y..<(cell.y + cell.height) { scan(cell.x, y, -1, 0) }
    for x in cell.x..<(cell.x + cell.width) { scan(x, cell.y, 0, -1) }
    for (index, header) in cells.enumerated() where header.isHeader && header.scope == "rowgroup" && header.rowGroup == cell.rowGroup
        && header.x <= cell.x + cell.width - 1 && header.y <= cell.y + cell.height - 1 {
        found.append(index)
    }
    return found.contains { $0 != principal && TableModel.hasContent(cells[$0].element) }
}

private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
