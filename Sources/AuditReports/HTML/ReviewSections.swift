import AuditCore

extension HTMLContext {
    // MARK: Baseline comparison: counts and the findings fixed since the baseline

    /// Present only with `--baseline`: the file, new / existing / fixed counts and the fixed findings.
    func baselineSection(_ main: inout HTMLBuilder) {
        guard let baseline = report.baseline else { return }
        main.element("section", [("id", "baseline"), ("aria-labelledby", "baseline-h")]) { section in
            section.element("h2", [("id", "baseline-h")], text: strings["baseline.title"])
            section.element("p", text: strings["baseline.intro"])
            section.element("p") { line in
                line.text(strings["baseline.file"] + colon)
                line.element("code", text: baseline.file)
            }
            section.element("ul", [("class", "totals")]) { list in
                for (key, value) in [("baseline.newFindings", baseline.new), ("baseline.existing", baseline.existing),
                                     ("baseline.fixedShort", baseline.fixed.count)] {
                    list.element("li") { item in
                        item.element("span", [("class", "total-label")], text: strings[key] + colon)
                        item.element("strong", text: String(value))
                    }
                }
            }
            section.element("h3", [("id", "baseline-fixed")], text: strings["baseline.fixed"] + strings.bracketed(String(baseline.fixed.count)))
            if baseline.fixed.isEmpty {
                section.element("p", text: strings["baseline.noneFixed"])
                return
            }
            let shown = baseline.fixed.prefix(HTMLReporter.maxFindingsPerTable)
            let pageIndex = pageIndexByPath
            scrollingTable(strings["baseline.fixedTable"], [("class", "findings fixed")], &section) { table in
                headerRow(["path", "rule", "impact", "line", "element"], &table, numeric: ["line"])
                table.element("tbody") { body in
                    for entry in shown {
                        body.element("tr") { row in
                            row.element("th", [("scope", "row")]) { cell in
                                // The page may be gone (deleted pages fix their findings too): link only when it was audited.
                                if let index = pageIndex[entry.path] { pageLink(index, &cell) } else { cell.element("code", text: entry.path) }
                            }
                            row.element("td") { cell in
                                cell.element("a", [("href", "#rule-\(entry.ruleID)")]) { $0.element("code", text: entry.ruleID) }
                            }
                            row.element("td", text: strings["impact.\(entry.impact.rawValue)"]
                                        + (entry.outcome == .cantTell ? strings.bracketed(strings["outcome.cantTell"]) : ""))
                            row.element("td", [("class", "number")], text: String(entry.line))
                            row.element("td") { cell in
                                cell.element("code", [("class", "snippet")], text: entry.snippet)
                                cell.element("code", [("class", "selector")], text: entry.selector)
                            }
                        }
                    }
                }
            }
            if baseline.fixed.count > shown.count {
                section.element("p", [("class", "capped")], text: strings["listCapped", String(baseline.fixed.count), String(shown.count)])
            }
        }
    }

    // MARK: Suppressions: their use (used / unused / expired) and invalid inline comments

    /// Present when the run had suppressions or malformed suppression comments. The suppressed findings
    /// themselves are listed in each page's section.
    func suppressionsSection(_ main: inout HTMLBuilder) {
        guard let summary = report.suppressions else { return }
        main.element("section", [("id", "suppressions"), ("aria-labelledby", "suppressions-h")]) { section in
            section.element("h2", [("id", "suppressions-h")], text: strings["suppressions.summaryTitle"])
            section.element("p", text: strings["suppressions.intro"])
            let expired = summary.expired, unused = summary.unused
            section.element("ul", [("class", "totals")]) { list in
                for (key, value) in [("suppressions.title", summary.suppressedFindings),
                                     ("suppressions.status.used", summary.suppressions.count - expired.count - unused.count),
                                     ("suppressions.status.unused", unused.count), ("suppressions.status.expired", expired.count),
                                     ("suppressions.problems", summary.problems.count)] {
                    list.element("li") { item in
                        item.element("span", [("class", "total-label")], text: strings[key] + colon)
                        item.element("strong", text: String(value))
                    }
                }
            }
            if !summary.suppressions.isEmpty {
                if !expired.isEmpty { section.element("p", [("class", "warning")], text: strings["suppressions.expiredNote"]) }
                if !unused.isEmpty { section.element("p", [("class", "muted")], text: strings["suppressions.unusedNote"]) }
                // Expired and unused first: those are the ones to act on.
                let ordered = expired + unused + summary.suppressions.filter { $0.status == .used }
                let shown = ordered.prefix(HTMLReporter.maxFindingsPerTable)
                scrollingTable(strings["suppressions.table"], [("class", "suppression-list")], &section) { table in
                    table.element("caption", text: strings["suppressions.table"])
                    headerRow(["suppressions.origin", "suppressions.status", "rulesColumn", "suppressions.scope", "suppressions.reason",
                               "suppressions.expires", "suppressions.matched"], &table, numeric: ["suppressions.matched"])
                    table.element("tbody") { body in
                        for use in shown {
                            body.element("tr", [("class", "status-\(use.status.rawValue)")]) { row in
                                row.element("th", [("scope", "row")]) { cell in
                                    cell.text(strings["suppressions.source.\(use.source.rawValue)"] + " ")
                                    cell.element("code", text: use.origin)
                                }
                                row.element("td", [("class", "status")], text: strings["suppressions.status.\(use.status.rawValue)"])
                                row.element("td") { cell in
                                    for (index, rule) in use.rules.enumerated() {
                                        if index > 0 { cell.text(", ") }
                                        cell.element("a", [("href", "#rule-\(rule)")]) { $0.element("code", text: rule) }
                                    }
                                }
                                row.element("td") { cell in
                                    let scope = [("path", use.path), ("element", use.selector), ("fingerprint", use.fingerprint)]
                                        .compactMap { key, value in value.map { (key, $0) } }
                                    if scope.isEmpty { cell.text(strings["suppressions.everywhere"]) }
                                    for (key, value) in scope {
                                        cell.element("span", [("class", "scope")]) { span in
                                            span.text(strings[key] + colon)
                                            span.element("code", text: value)
                                        }
                                    }
                                }
                                row.element("td", text: use.reason)
                                row.element("td", text: use.expires?.description ?? strings["suppressions.noExpiry"])
                                row.element("td", [("class", "number")], text: String(use.matched))
                            }
                        }
                    }
                }
                if ordered.count > shown.count {
                    section.element("p", [("class", "capped")], text: strings["listCapped", String(ordered.count), String(shown.count)])
                }
            }
            if !summary.problems.isEmpty {
                section.element("h3", [("id", "suppression-problems")], text: strings["suppressions.problems"] + strings.bracketed(String(summary.problems.count)))
                section.element("p", text: strings["suppressions.problemsNote"])
                let shown = summary.problems.prefix(HTMLReporter.maxFindingsPerTable)
                let pageIndex = pageIndexByPath
                scrollingTable(strings["suppressions.problemsTable"], [("class", "findings problems")], &section) { table in
                    headerRow(["path", "line", "suppressions.comment", "message"], &table, numeric: ["line"])
                    table.element("tbody") { body in
                        for problem in shown {
                            body.element("tr") { row in
                                row.element("th", [("scope", "row")]) { cell in
                                    if let index = pageIndex[problem.path] { pageLink(index, &cell) } else { cell.element("code", text: problem.path) }
                                }
                                row.element("td", [("class", "number")], text: String(problem.line))
                                row.element("td") { $0.element("code", [("class", "snippet")], text: "<!-- \(problem.comment) -->") }
                                row.element("td", text: problem.message.text(language))
                            }
                        }
                    }
                }
                if summary.problems.count > shown.count {
                    section.element("p", [("class", "capped")], text: strings["listCapped", String(summary.problems.count), String(shown.count)])
                }
            }
        }
    }

    /// Page path → index in `report.pages`, for links from lists keyed by path.
    var pageIndexByPath: [String: Int] {
        Dictionary(report.pages.enumerated().map { ($1.result.path, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
