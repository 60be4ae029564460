import AuditCore

/// An inline SVG of page scores: one bar per page for small sites, a histogram for large ones.
/// The chart has a text alternative; the numbers are also in the page sections.
enum ScoreChart {
    static let maxBars = 40

    static func svg(_ report: AuditReport, checklistID: String, passMark: Double, strings: ReportStrings) -> String {
        let scored = report.pages.map { ($0.result.path, $0.scores[checklistID]) }
        return scored.count <= maxBars ? bars(scored, passMark: passMark, strings: strings) : histogram(scored, strings: strings)
    }

    private static func bars(_ pages: [(String, ChecklistScore?)], passMark: Double, strings: ReportStrings) -> String {
        let rowHeight = 22, labelWidth = 300, barWidth = 400
        let height = max(1, pages.count) * rowHeight + 30
        var svg = HTMLBuilder()
        svg.open("svg", [("class", "chart"), ("role", "img"), ("aria-labelledby", "chart-title"),
                         ("viewBox", "0 0 \(labelWidth + barWidth + 80) \(height)"), ("width", "100%")])
        svg.element("title", [("id", "chart-title")], text: strings["chartDescription"])
        // The pass line goes first so that labels are painted over it.
        let x = labelWidth + Int(Double(barWidth) * passMark / 100)
        svg.element("line", [("x1", String(x)), ("x2", String(x)), ("y1", "0"), ("y2", String(height - 20)), ("class", "passmark")]) { _ in }
        for (index, (path, score)) in pages.enumerated() {
            let y = index * rowHeight + 4
            let label = path.count > 42 ? "…" + path.suffix(41) : path
            svg.element("text", [("x", "0"), ("y", String(y + 15)), ("class", "label")], text: label)
            let value = score?.score ?? 0
            let verdict = score?.verdict ?? .notScored
            svg.element("rect", [("x", String(labelWidth)), ("y", String(y)), ("height", "16"),
                                 ("width", String(Int(Double(barWidth) * value / 100))), ("class", "bar \(verdict.rawValue)")]) { _ in }
            let text = score?.score.map { format($0) } ?? "–"
            svg.element("text", [("x", String(labelWidth + Int(Double(barWidth) * value / 100) + 6)), ("y", String(y + 15)), ("class", "value")],
                        text: "\(text) \(strings["verdict.\(verdict.rawValue)"])")
        }
        svg.element("text", [("x", String(x + 4)), ("y", String(height - 6)), ("class", "value")], text: "\(strings["passMark"]) \(format(passMark))")
        svg.raw("</svg>")
        return svg.output
    }

    private static func histogram(_ pages: [(String, ChecklistScore?)], strings: ReportStrings) -> String {
        var buckets = [Int](repeating: 0, count: 10)
        var vetoed = 0
        for (_, score) in pages {
            if score?.verdict == .vetoed { vetoed += 1; continue }
            guard let value = score?.score else { continue }
            buckets[min(9, Int(value / 10))] += 1
        }
        let maxCount = max(1, buckets.max() ?? 1, vetoed)
        var svg = HTMLBuilder()
        svg.open("svg", [("class", "chart"), ("role", "img"), ("aria-labelledby", "chart-title"), ("viewBox", "0 0 620 240"), ("width", "100%")])
        svg.element("title", [("id", "chart-title")], text: "\(strings["histogramDescription"]): "
            + buckets.enumerated().map { "\($0.offset * 10)–\($0.offset * 10 + 10): \($0.element)" }.joined(separator: ", ")
            + "; \(strings["verdict.vetoed"]): \(vetoed)")
        let columns = buckets.enumerated().map { ("\($0.offset * 10)", $0.element, "bar") } + [(strings["verdict.vetoed"], vetoed, "bar vetoed")]
        for (index, (label, count, cls)) in columns.enumerated() {
            let h = 180 * count / maxCount
            let x = 10 + index * 54
            svg.element("rect", [("x", String(x)), ("y", String(200 - h)), ("width", "44"), ("height", String(h)), ("class", cls)]) { _ in }
            svg.element("text", [("x", String(x)), ("y", "218"), ("class", "label")], text: label)
            svg.element("text", [("x", String(x)), ("y", String(196 - h)), ("class", "value")], text: String(count))
        }
        svg.raw("</svg>")
        return svg.output
    }
}
