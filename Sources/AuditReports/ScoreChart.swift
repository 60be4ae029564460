import AuditCore

/// Inline SVG charts. Each is a horizontal bar chart drawn in a narrow coordinate system (300 units
/// wide, labels on their own line above each bar) so that it stays legible when a phone scales it down,
/// and each is followed in the report by a table of the same numbers: the SVG has a text alternative
/// (`role="img"` + `<title>`), the table is the accessible and printable version.
enum ScoreChart {
    struct Bar {
        var label: String
        var value: Int
        /// Printed at the right end of the label line.
        var valueText: String
        /// Part of `value` drawn as a second segment (vetoed pages in the histogram).
        var highlighted: Int = 0
        var cssClass: String = "bar"
    }

    static let width = 300
    static let rowHeight = 40

    /// A horizontal bar chart; `description` is its text alternative.
    static func horizontal(id: String, description: String, bars: [Bar], scale: Int? = nil) -> String {
        let maxValue = max(1, scale ?? bars.map(\.value).max() ?? 1)
        let height = max(1, bars.count) * rowHeight + 4
        var svg = HTMLBuilder()
        svg.open("svg", [("class", "chart"), ("role", "img"), ("aria-labelledby", "\(id)-title"),
                         ("viewBox", "0 0 \(width) \(height)"), ("preserveAspectRatio", "xMinYMin meet"), ("focusable", "false")])
        svg.element("title", [("id", "\(id)-title")], text: description)
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight
            svg.element("text", [("x", "0"), ("y", String(y + 16)), ("class", "label")], text: truncated(bar.label, units: width - 10 - textUnits(bar.valueText)))
            svg.element("text", [("x", String(width)), ("y", String(y + 16)), ("class", "value"), ("text-anchor", "end")], text: bar.valueText)
            svg.element("rect", [("x", "0"), ("y", String(y + 22)), ("width", String(width)), ("height", "12"), ("class", "track")]) { _ in }
            let length = bar.value == 0 ? 0 : max(2, width * bar.value / maxValue)
            svg.element("rect", [("x", "0"), ("y", String(y + 22)), ("width", String(length)), ("height", "12"), ("class", bar.cssClass)]) { _ in }
            if bar.highlighted > 0 {
                let part = max(2, width * bar.highlighted / maxValue)
                svg.element("rect", [("x", String(length - part)), ("y", String(y + 22)), ("width", String(part)), ("height", "12"), ("class", "bar vetoed")]) { _ in }
            }
        }
        svg.raw("</svg>")
        return svg.output
    }

    // MARK: The report's three charts

    struct Bucket { var label: String; var pages: Int; var vetoed: Int; var passing: Bool? }

    /// Pages per band of ten points of the technical score; pages without a score form their own band.
    static func scoreBuckets(_ report: AuditReport, checklist: ChecklistReport, strings: ReportStrings) -> [Bucket] {
        let passMark = checklist.site.passMark
        var buckets: [Bucket] = []
        for band in 0..<10 {
            let low = band * 10
            let range = band == 9 ? "90–100" : "\(low)–\(low + 9)"
            var passing: Bool? = nil
            if Double(low) >= passMark { passing = true } else if Double(low + 10) <= passMark { passing = false }
            buckets.append(Bucket(label: strings["scoreBand", range], pages: 0, vetoed: 0, passing: passing))
        }
        var unscored = 0
        for page in report.pages {
            guard let score = page.scores[checklist.id] else { continue }
            guard let value = score.score else { unscored += 1; continue }
            let band = min(9, max(0, Int(value / 10)))
            buckets[band].pages += 1
            if score.verdict == .vetoed { buckets[band].vetoed += 1 }
        }
        if unscored > 0 { buckets.append(Bucket(label: strings["verdict.notScored"], pages: unscored, vetoed: 0, passing: nil)) }
        return buckets
    }

    static func histogram(_ buckets: [Bucket], strings: ReportStrings) -> String {
        let description = strings["histogramDescription"] + strings["colon"] + strings.list(buckets.map { bucket in
            bucket.label + " " + strings["pagesCount", String(bucket.pages)] + (bucket.vetoed > 0 ? strings.bracketed(strings["vetoedCount", String(bucket.vetoed)]) : "")
        })
        let bars = buckets.map { bucket in
            Bar(label: bucket.label,
                value: bucket.pages,
                valueText: strings["pagesCount", String(bucket.pages)] + (bucket.vetoed > 0 ? strings.bracketed(strings["vetoedCount", String(bucket.vetoed)]) : ""),
                highlighted: bucket.vetoed,
                cssClass: bucket.passing == true ? "bar pass" : bucket.passing == false ? "bar fail" : "bar")
        }
        return horizontal(id: "chart-scores", description: description, bars: bars)
    }

    /// The checklist items that failed on the most pages (at most `limit`).
    static func worstItems(_ checklist: ChecklistReport, limit: Int = 10) -> [(item: ChecklistItem, score: ItemScore)] {
        let items = Dictionary(uniqueKeysWithValues: checklist.items.map { ($0.id, $0) })
        let order = Dictionary(uniqueKeysWithValues: checklist.items.enumerated().map { ($0.element.id, $0.offset) })
        return checklist.site.items.filter { $0.pagesFailed > 0 }
            .sorted { $0.pagesFailed != $1.pagesFailed ? $0.pagesFailed > $1.pagesFailed : (order[$0.itemID] ?? 0) < (order[$1.itemID] ?? 0) }
            .prefix(limit).compactMap { score in items[score.itemID].map { ($0, score) } }
    }

    static func worstItemsChart(_ worst: [(item: ChecklistItem, score: ItemScore)], pageCount: Int, strings: ReportStrings) -> String {
        let language = strings.language
        let description = strings["worstItemsDescription"] + strings["colon"] + strings.list(worst.map {
            "\($0.item.id) \($0.item.title.text(language)) " + strings["pagesFailedOf", String($0.score.pagesFailed), String(pageCount)]
        })
        let bars = worst.map { entry in
            Bar(label: "\(entry.item.id)\(entry.item.isVeto ? "★" : "") \(entry.item.title.text(language))", value: entry.score.pagesFailed,
                valueText: strings["pagesFailedOf", String(entry.score.pagesFailed), String(pageCount)], cssClass: "bar fail")
        }
        return horizontal(id: "chart-items", description: description, bars: bars, scale: pageCount)
    }

    static func impactChart(_ totals: ReportTotals, strings: ReportStrings) -> String {
        let impacts = Impact.allCases.reversed()
        let description = strings["impactDescription"] + strings["colon"] + strings.list(impacts.map {
            strings["impact.\($0.rawValue)"] + " " + String(totals.byImpact[$0.rawValue] ?? 0)
        })
        let bars = impacts.map { impact in
            Bar(label: strings["impact.\(impact.rawValue)"], value: totals.byImpact[impact.rawValue] ?? 0,
                valueText: String(totals.byImpact[impact.rawValue] ?? 0), cssClass: "bar impact-\(impact.rawValue)")
        }
        return horizontal(id: "chart-impact", description: description, bars: bars)
    }

    // MARK: Text fitting

    /// Approximate advance of `text` at the chart's 13-unit font: CJK glyphs are square, others about half.
    static func textUnits(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 13 : 7) }
    }

    static func truncated(_ text: String, units: Int) -> String {
        guard textUnits(text) > units else { return text }
        var result = ""
        var used = 13 // room for the ellipsis
        for character in text {
            let advance = textUnits(String(character))
            if used + advance > units { break }
            result.append(character)
            used += advance
        }
        return result + "…"
    }
}
