import AuditCore

extension HTMLContext {
    // MARK: Summary: totals, a card per checklist, three charts with their tables

    func summary(_ main: inout HTMLBuilder) {
        main.element("section", [("id", "summary"), ("aria-labelledby", "summary-h")]) { section in
            section.element("h2", [("id", "summary-h")], text: strings["summary"])
            section.element("ul", [("class", "totals")]) { list in
                let manual = report.checklists.first.map { $0.items.filter(\.isManual).count } ?? 0
                var totals = [("pagesAudited", report.totals.pagesAudited), ("pagesSkipped", report.totals.pagesSkipped),
                              ("failures", report.totals.failed), ("needsReview", report.totals.cantTell), ("manualItemCount", manual)]
                if let suppressed = report.totals.suppressed { totals.append(("suppressions.title", suppressed)) }
                if let baseline = report.baseline {
                    totals += [("baseline.new", baseline.new), ("baseline.existing", baseline.existing), ("baseline.fixedShort", baseline.fixed.count)]
                }
                for (key, value) in totals {
                    list.element("li") { item in
                        item.element("span", [("class", "total-label")], text: strings[key] + colon)
                        item.element("strong", text: String(value))
                    }
                }
            }
            for checklist in report.checklists { checklistCard(checklist, &section) }
            if let gate = report.gate { gateCard(gate, &section) }
            if let primary = digest.primary { charts(primary, &section) }
        }
    }

    private func checklistCard(_ checklist: ChecklistReport, _ section: inout HTMLBuilder) {
        let score = checklist.site
        let titles = Dictionary(uniqueKeysWithValues: checklist.items.map { ($0.id, $0.title.text(language)) })
        section.element("div", [("class", "card verdict-\(score.verdict.rawValue)")]) { card in
            card.element("h3", text: checklist.title.text(language))
            card.element("p", [("class", "verdict")]) { line in
                line.text(strings["conclusion"] + colon)
                line.element("strong", text: strings["verdict.\(score.verdict.rawValue)"])
                var rest: [String] = []
                if let text = scoreText(score) { rest.append(text) }
                rest.append(strings["passMark"] + " " + format(score.passMark))
                line.text(strings["clauseSeparator"] + strings.clauses(rest))
            }
            if !score.vetoItems.isEmpty {
                let named = strings.list(score.vetoItems.map { $0 + strings.bracketed(titles[$0] ?? "") })
                card.element("p", [("class", "veto")], text: strings["vetoExplanation", named])
            }
            // What was automated and what a person checked: answered manual items count in the covered points.
            let answeredPoints = score.items.filter { $0.answered == true }.reduce(0) { $0 + $1.points }
            if answeredPoints > 0 {
                card.element("p", text: strings["coverageWithAnswers", format(score.coveredPoints), format(max(0, score.coveredPoints - answeredPoints)),
                                                 format(answeredPoints)])
            } else {
                card.element("p", text: strings["coverage", format(score.coveredPoints)])
            }
            if let rate = score.weightedPassRate {
                card.element("p", [("class", "muted")], text: strings["weightedPassRate"] + colon + format(rate) + "%")
            }
            card.element("p", [("class", "source")], text: strings["source"] + colon + checklist.source.text(language))
        }
    }

    /// The gates' verdict (`--fail-on`, `--fail-under`, `--max-findings`), their settings and, when they
    /// failed, why (the same English lines the command prints).
    private func gateCard(_ gate: GateOutcome, _ section: inout HTMLBuilder) {
        section.element("div", [("class", "card gate verdict-\(gate.passed ? "pass" : "fail")"), ("id", "gate")]) { card in
            card.element("h3", text: strings["gate.title"])
            card.element("p", [("class", "verdict")]) { line in
                line.text(strings["conclusion"] + colon)
                line.element("strong", text: strings[gate.passed ? "gate.passed" : "gate.failed"])
                line.text(strings["clauseSeparator"] + strings["gate.counted"] + colon + String(gate.countedFindings))
            }
            card.element("ul", [("class", "gate-settings")]) { list in
                list.element("li") { item in
                    item.text(strings["gate.failOn"] + colon + strings["gate.failOn.\(gate.failOn.rawValue)"] + " ")
                    item.element("code", text: "--fail-on \(gate.failOn.rawValue)")
                }
                if let floor = gate.failUnder {
                    list.element("li") { item in
                        item.text(strings["gate.failUnder", format(floor)] + " ")
                        item.element("code", text: "--fail-under \(format(floor))")
                    }
                }
                if let limit = gate.maxFindings {
                    list.element("li") { item in
                        item.text(strings["gate.maxFindings", String(limit)] + " ")
                        item.element("code", text: "--max-findings \(limit)")
                    }
                }
                if gate.failOnReview {
                    list.element("li") { item in
                        item.text(strings["gate.failOnReview"] + " ")
                        item.element("code", text: "--fail-on-review")
                    }
                }
                if gate.baselineApplied { list.element("li", text: strings["gate.baselineApplied"]) }
            }
            if !gate.failures.isEmpty {
                card.element("p", [("class", "gate-failures-h")], text: strings["gate.failures"] + colon)
                // The reasons are English (CI logs read them); marked so that screen readers switch voice.
                card.element("ul", [("class", "gate-failures")]) { list in
                    for failure in gate.failures { list.element("li", language == .en ? [] : [("lang", "en")], text: failure) }
                }
            }
        }
    }

    private func charts(_ checklist: ChecklistReport, _ section: inout HTMLBuilder) {
        section.element("div", [("class", "charts")]) { charts in
            // 1. Distribution of page scores.
            charts.element("div", [("class", "chart-block")]) { block in
                block.element("h3", [("id", "chart-scores-h")], text: strings["scoreDistribution"])
                block.element("p", [("class", "muted")], text: checklist.title.text(language))
                let buckets = ScoreChart.scoreBuckets(report, checklist: checklist, strings: strings)
                block.raw(ScoreChart.histogram(buckets, strings: strings))
                scrollingTable(strings["scoreDistributionTable"], [("class", "chart-data")], &block) { table in
                    table.element("caption", text: strings["scoreDistributionTable"])
                    headerRow(["scoreBandColumn", "pageCount", "vetoedColumn"], &table, numeric: ["pageCount", "vetoedColumn"])
                    table.element("tbody") { body in
                        for bucket in buckets {
                            body.element("tr") { row in
                                row.element("th", [("scope", "row")], text: bucket.label)
                                row.element("td", [("class", "number")], text: String(bucket.pages))
                                row.element("td", [("class", "number")], text: String(bucket.vetoed))
                            }
                        }
                    }
                }
            }
            // 2. Findings by impact.
            charts.element("div", [("class", "chart-block")]) { block in
                block.element("h3", [("id", "chart-impact-h")], text: strings["findingsByImpact"])
                block.raw(ScoreChart.impactChart(report.totals, strings: strings))
                var review: [Impact: Int] = [:]
                for page in report.pages { for finding in page.result.findings where finding.outcome == .cantTell { review[finding.impact, default: 0] += 1 } }
                scrollingTable(strings["findingsByImpactTable"], [("class", "chart-data")], &block) { table in
                    table.element("caption", text: strings["findingsByImpactTable"])
                    headerRow(["impact", "failures", "needsReview"], &table, numeric: ["failures", "needsReview"])
                    table.element("tbody") { body in
                        for impact in Impact.allCases.reversed() {
                            body.element("tr") { row in
                                row.element("th", [("scope", "row")], text: strings["impact.\(impact.rawValue)"])
                                row.element("td", [("class", "number")], text: String(report.totals.byImpact[impact.rawValue] ?? 0))
                                row.element("td", [("class", "number")], text: String(review[impact] ?? 0))
                            }
                        }
                    }
                }
            }
            // 3. The items that failed on the most pages.
            charts.element("div", [("class", "chart-block wide")]) { block in
                block.element("h3", [("id", "chart-items-h")], text: strings["worstItems"])
                block.element("p", [("class", "muted")], text: checklist.title.text(language))
                let worst = ScoreChart.worstItems(checklist)
                if worst.isEmpty {
                    block.element("p", text: strings["noFailedItems"])
                } else {
                    block.raw(ScoreChart.worstItemsChart(worst, pageCount: report.pages.count, strings: strings))
                    scrollingTable(strings["worstItemsTable"], [("class", "chart-data")], &block) { table in
                        table.element("caption", text: strings["worstItemsTable"])
                        headerRow(["item", "title", "pagesFailedColumn", "pagesPassedColumn"], &table, numeric: ["pagesFailedColumn", "pagesPassedColumn"])
                        table.element("tbody") { body in
                            for (item, score) in worst {
                                body.element("tr") { row in
                                    row.element("th", [("scope", "row")]) { $0.element("a", [("href", "#item-\(checklist.id)-\(item.id)")], text: item.id + (item.isVeto ? " ★" : "")) }
                                    row.element("td", text: item.title.text(language))
                                    row.element("td", [("class", "number")], text: String(score.pagesFailed))
                                    row.element("td", [("class", "number")], text: String(score.pagesPassed))
                                }
                            }
                        }
                    }
                    block.element("p", [("class", "muted")], text: "★ " + strings["veto"])
                }
            }
        }
    }

    // MARK: Filters (hidden until the script shows them: without scripts they could do nothing)

    func filters(_ main: inout HTMLBuilder) {
        let rules = digest.rulesWithFindings
        main.element("section", [("id", "filters"), ("class", "filters"), ("aria-labelledby", "filters-h"), ("hidden", "hidden"),
                                 ("data-status", strings["filterStatus"]), ("data-status-all", strings["filterStatusAll"])]) { section in
            section.element("h2", [("id", "filters-h")], text: strings["filters"])
            section.element("form", [("id", "filter-form"), ("action", "#")]) { form in
                form.element("fieldset") { set in
                    set.element("legend", text: strings["impact"])
                    for impact in Impact.allCases.reversed() {
                        set.element("label", [("class", "check")]) { label in
                            label.open("input", [("type", "checkbox"), ("name", "impact"), ("value", impact.rawValue), ("checked", "checked")])
                            label.text(strings["impact.\(impact.rawValue)"])
                        }
                    }
                }
                form.element("fieldset") { set in
                    set.element("legend", text: strings["outcome"])
                    for outcome in [Outcome.failed, .cantTell] {
                        set.element("label", [("class", "check")]) { label in
                            label.open("input", [("type", "checkbox"), ("name", "outcome"), ("value", outcome.rawValue), ("checked", "checked")])
                            label.text(strings["outcome.\(outcome.rawValue)"])
                        }
                    }
                    // Against a baseline: narrow to the findings the baseline does not have (rows carry data-baseline).
                    if report.baseline != nil {
                        set.element("label", [("class", "check")]) { label in
                            label.open("input", [("type", "checkbox"), ("name", "baseline"), ("value", "new")])
                            label.text(strings["baseline.newOnly"])
                        }
                    }
                }
                form.element("div", [("class", "field")]) { field in
                    field.element("label", [("for", "filter-rule")], text: strings["rule"])
                    field.element("select", [("id", "filter-rule"), ("name", "rule")]) { select in
                        select.element("option", [("value", "")], text: strings["allRules"])
                        for rule in rules { select.element("option", [("value", rule.id)], text: "\(rule.id) \(rule.title.text(language))") }
                    }
                }
                form.element("div", [("class", "field")]) { field in
                    field.element("label", [("for", "filter-principle")], text: strings["principle"])
                    field.element("select", [("id", "filter-principle"), ("name", "principle")]) { select in
                        select.element("option", [("value", "")], text: strings["allPrinciples"])
                        for principle in Principle.allCases { select.element("option", [("value", principle.rawValue)], text: principle.title.text(language)) }
                    }
                }
                form.element("div", [("class", "field")]) { field in
                    field.element("label", [("for", "filter-path")], text: strings["pathContains"])
                    field.open("input", [("type", "search"), ("id", "filter-path"), ("name", "path"), ("autocomplete", "off"), ("spellcheck", "false")])
                }
                form.element("div", [("class", "field actions")]) { field in
                    field.element("button", [("type", "reset")], text: strings["clearFilters"])
                }
            }
            section.element("p", [("id", "filter-status"), ("class", "status"), ("role", "status")]) { _ in }
            section.element("p", [("class", "muted")], text: strings["filterScope"])
        }
        main.element("nav", [("class", "views"), ("aria-label", strings["views"])]) { nav in
            nav.element("ul") { list in
                for (anchor, key) in [("by-item", "viewItems"), ("by-rule", "viewRules"), ("by-page", "viewPages")] {
                    list.element("li") { $0.element("a", [("href", "#\(anchor)"), ("data-view-link", anchor)], text: strings[key]) }
                }
            }
        }
    }
}
