import AuditCore
import WZAResources

/// `index.html`: a self-contained, bilingual report (zh-CN by default) for the people who fix and assess
/// the site. No scripts, no external files; every text from audited pages is escaped.
public struct HTMLReporter: Reporter {
    public init() {}
    public var fileName: String { "index.html" }

    public func render(_ report: AuditReport, language: ReportLanguage) throws -> String {
        let strings = ReportStrings(language: language)
        let style = (try? WZAResources.reportAsset("assets/report.css")) ?? ""
        var html = HTMLBuilder()
        html.raw("<!DOCTYPE html>\n")
        html.open("html", [("lang", language.rawValue)])
        html.element("head") { head in
            head.raw("<meta charset=\"utf-8\">")
            head.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            head.raw("<meta name=\"generator\" content=\"wza \(HTMLBuilder.escape(report.metadata.toolVersion))\">")
            head.element("title", text: "\(strings["reportTitle"]) – wza")
            head.element("style") { $0.raw(style) }
        }
        html.element("body") { body in
            body.element("a", [("class", "skip"), ("href", "#main")], text: strings["skipToContent"])
            body.element("header", [("class", "masthead")]) { header in
                header.element("p", [("class", "brand")], text: "wza · 无障碍")
                header.element("nav", [("aria-label", strings["contents"])]) { nav in
                    nav.element("ul") { list in
                        for (anchor, key) in [("summary", "summary"), ("items", "items"), ("pages", "pages"),
                                              ("manual", "manualItems"), ("skipped", "skippedFiles"), ("method", "scoringMethod"),
                                              ("rules", "ruleIndex")] {
                            list.element("li") { $0.element("a", [("href", "#\(anchor)")], text: strings[key]) }
                        }
                    }
                }
            }
            body.element("main", [("id", "main")]) { main in
                main.element("h1", text: strings["reportTitle"])
                main.element("p", [("class", "disclaimer")], text: strings["disclaimer"])
                main.element("p", [("class", "inputs")], text: "\(strings["inputs"]): \(report.metadata.inputs.joined(separator: ", "))")
                summary(report, strings, &main)
                itemTables(report, strings, &main)
                pages(report, strings, &main)
                manualItems(report, strings, &main)
                skippedFiles(report, strings, &main)
                main.element("section", [("id", "method"), ("aria-labelledby", "method-h")]) { section in
                    section.element("h2", [("id", "method-h")], text: strings["scoringMethod"])
                    section.element("p", text: report.scoringMethod.text(language))
                }
                ruleIndex(report, strings, &main)
            }
            body.element("footer") { footer in
                footer.element("p", text: strings["generatedBy", "wza \(report.metadata.toolVersion) · libxml2 \(report.metadata.parserVersion) · \(report.metadata.generatedAt)"])
            }
        }
        html.raw("</html>\n")
        return html.output
    }

    // MARK: Summary

    private func summary(_ report: AuditReport, _ strings: ReportStrings, _ main: inout HTMLBuilder) {
        let language = strings.language
        main.element("section", [("id", "summary"), ("aria-labelledby", "summary-h")]) { section in
            section.element("h2", [("id", "summary-h")], text: strings["summary"])
            section.element("ul", [("class", "totals")]) { list in
                list.element("li", text: "\(strings["pagesAudited"]): \(report.totals.pagesAudited)")
                list.element("li", text: "\(strings["pagesSkipped"]): \(report.totals.pagesSkipped)")
                list.element("li", text: "\(strings["failures"]): \(report.totals.failed)")
                list.element("li", text: "\(strings["needsReview"]): \(report.totals.cantTell)")
            }
            for checklist in report.checklists {
                let score = checklist.site
                section.element("div", [("class", "card verdict-\(score.verdict.rawValue)")]) { card in
                    card.element("h3", text: checklist.title.text(language))
                    card.element("p", [("class", "verdict")]) { line in
                        line.element("strong", text: strings["verdict.\(score.verdict.rawValue)"])
                        if let value = score.score {
                            line.text(" · \(strings["score"]) \(format(value)) / 100 · \(strings["passMark"]) \(format(score.passMark))")
                        }
                    }
                    card.element("p", text: strings["coverage", format(score.coveredPoints)])
                    if let rate = score.weightedPassRate {
                        card.element("p", text: "\(strings["weightedPassRate"]): \(format(rate))%")
                    }
                    if !score.vetoItems.isEmpty {
                        card.element("p", [("class", "veto")], text: "\(strings["vetoItems"]): \(score.vetoItems.joined(separator: ", "))")
                    }
                    card.element("p", [("class", "source")], text: "\(strings["source"]): \(checklist.source)")
                }
            }
            section.element("h3", text: strings["pageScores"])
            if let primary = report.checklists.first {
                section.raw(ScoreChart.svg(report, checklistID: primary.id, passMark: primary.site.passMark, strings: strings))
            }
        }
    }

    // MARK: Items

    private func itemTables(_ report: AuditReport, _ strings: ReportStrings, _ main: inout HTMLBuilder) {
        let language = strings.language
        main.element("section", [("id", "items"), ("aria-labelledby", "items-h")]) { section in
            section.element("h2", [("id", "items-h")], text: strings["items"])
            for checklist in report.checklists {
                let scores = Dictionary(uniqueKeysWithValues: checklist.site.items.map { ($0.itemID, $0) })
                section.element("table") { table in
                    table.element("caption", text: checklist.title.text(language))
                    table.element("thead") { head in
                        head.element("tr") { row in
                            for key in ["item", "title", "principle", "outcome", "pagesPassedFailed", "points", "earned", "rulesColumn"] {
                                row.element("th", [("scope", "col")], text: strings[key])
                            }
                        }
                    }
                    table.element("tbody") { body in
                        for item in checklist.items {
                            guard let score = scores[item.id] else { continue }
                            body.element("tr", [("class", "outcome-\(score.outcome.rawValue)")]) { row in
                                row.element("th", [("scope", "row")], text: item.id + (item.isVeto ? " ★" : ""))
                                row.element("td") { cell in
                                    cell.text(item.title.text(language))
                                    if item.clause != nil, item.clauseVerified != true {
                                        cell.element("span", [("class", "muted")], text: " (\(item.clause!)，\(strings["unverifiedClause"]))")
                                    }
                                }
                                row.element("td", text: item.principle.title.text(language))
                                row.element("td", text: strings["outcome.\(score.outcome.rawValue)"])
                                row.element("td", text: item.isManual ? "–" : "\(score.pagesPassed) / \(score.pagesFailed)")
                                row.element("td", text: format(score.points))
                                row.element("td", text: item.isManual ? "–" : format(score.earned))
                                row.element("td", text: item.rules.joined(separator: ", "))
                            }
                        }
                    }
                }
                section.element("p", [("class", "muted")], text: "★ \(strings["veto"])")
            }
        }
    }

    // MARK: Pages

    private func pages(_ report: AuditReport, _ strings: ReportStrings, _ main: inout HTMLBuilder) {
        let language = strings.language
        main.element("section", [("id", "pages"), ("aria-labelledby", "pages-h")]) { section in
            section.element("h2", [("id", "pages-h")], text: strings["pages"])
            for (index, page) in report.pages.enumerated() {
                let result = page.result
                section.element("section", [("class", "page"), ("id", "page-\(index + 1)"), ("aria-labelledby", "page-\(index + 1)-h")]) { pageSection in
                    pageSection.element("h3", [("id", "page-\(index + 1)-h")]) { $0.element("code", text: result.path) }
                    pageSection.element("p") { line in
                        line.text("\(strings["pageTitle"]): \(result.title.flatMap { $0.isEmpty ? nil : $0 } ?? strings["noTitle"])")
                        line.text(" · \(strings["encoding"]): \(result.encoding.encoding)")
                        if result.traits.isHomePage { line.text(" · \(strings["homePage"])") }
                        if result.traits.isElderPage { line.text(" · \(strings["elderPage"])") }
                    }
                    pageSection.element("ul", [("class", "page-scores")]) { list in
                        for checklist in report.checklists {
                            guard let score = page.scores[checklist.id] else { continue }
                            list.element("li") { item in
                                item.text("\(checklist.title.text(language)): ")
                                item.element("strong", text: strings["verdict.\(score.verdict.rawValue)"])
                                if let value = score.score { item.text(" · \(format(value)) / 100") }
                                item.text(" · \(strings["coverage", format(score.coveredPoints)])")
                            }
                        }
                    }
                    let failures = result.findings.filter { $0.outcome == .failed }
                    let reviews = result.findings.filter { $0.outcome == .cantTell }
                    pageSection.element("h4", text: "\(strings["findings"]) (\(failures.count))")
                    if failures.isEmpty {
                        pageSection.element("p", text: strings["noFindings"])
                    } else {
                        findingsTable(failures, report, strings, &pageSection)
                    }
                    if !reviews.isEmpty {
                        pageSection.element("h4", text: "\(strings["needsReview"]) (\(reviews.count))")
                        findingsTable(reviews, report, strings, &pageSection)
                    }
                    if !result.notes.isEmpty {
                        pageSection.element("h4", text: strings["notes"])
                        pageSection.element("ul") { list in
                            for note in result.notes {
                                list.element("li", text: "\(note.message.text(language)) (\(strings["line"]) \(note.location.line))")
                            }
                        }
                    }
                    if result.parserDiagnosticCount > 0 {
                        pageSection.element("p", [("class", "muted")], text: strings["parserDiagnostics", String(result.parserDiagnosticCount)])
                    }
                }
            }
        }
    }

    private func findingsTable(_ findings: [Finding], _ report: AuditReport, _ strings: ReportStrings, _ html: inout HTMLBuilder) {
        let language = strings.language
        html.element("table", [("class", "findings")]) { table in
            table.element("thead") { head in
                head.element("tr") { row in
                    for key in ["rule", "impact", "line", "element", "message", "howToFix"] {
                        row.element("th", [("scope", "col")], text: strings[key])
                    }
                }
            }
            table.element("tbody") { body in
                for finding in findings {
                    body.element("tr") { row in
                        row.element("th", [("scope", "row")]) { cell in
                            cell.element("a", [("href", "#rule-\(finding.ruleID)")], text: finding.ruleID)
                        }
                        row.element("td", [("class", "impact-\(finding.impact.rawValue)")], text: strings["impact.\(finding.impact.rawValue)"])
                        row.element("td", text: String(finding.location.line))
                        row.element("td") { cell in
                            cell.element("code", [("class", "selector")], text: finding.location.selector)
                            cell.raw("<br>")
                            cell.element("code", [("class", "snippet")], text: finding.location.snippet)
                        }
                        row.element("td", text: finding.message.text(language))
                        row.element("td", text: finding.fix.text(language))
                    }
                }
            }
        }
    }

    // MARK: Manual items, skipped files, rules

    private func manualItems(_ report: AuditReport, _ strings: ReportStrings, _ main: inout HTMLBuilder) {
        let language = strings.language
        main.element("section", [("id", "manual"), ("aria-labelledby", "manual-h")]) { section in
            section.element("h2", [("id", "manual-h")], text: strings["manualItems"])
            section.element("p", text: strings["manualIntro"])
            for checklist in report.checklists {
                let manual = checklist.items.filter(\.isManual)
                guard !manual.isEmpty else { continue }
                section.element("h3", text: checklist.title.text(language))
                section.element("ul") { list in
                    for item in manual {
                        list.element("li") { entry in
                            entry.element("strong", text: item.id)
                            entry.text(" \(item.title.text(language))")
                            if let note = item.note { entry.element("span", [("class", "muted")], text: " — \(note.text(language))") }
                        }
                    }
                }
            }
        }
    }

    private func skippedFiles(_ report: AuditReport, _ strings: ReportStrings, _ main: inout HTMLBuilder) {
        main.element("section", [("id", "skipped"), ("aria-labelledby", "skipped-h")]) { section in
            section.element("h2", [("id", "skipped-h")], text: strings["skippedFiles"])
            if report.skipped.isEmpty {
                section.element("p", text: strings["noSkipped"])
                return
            }
            section.element("table") { table in
                table.element("thead") { head in
                    head.element("tr") { row in
                        row.element("th", [("scope", "col")], text: strings["path"])
                        row.element("th", [("scope", "col")], text: strings["reason"])
                    }
                }
                table.element("tbody") { body in
                    for file in report.skipped {
                        body.element("tr") { row in
                            row.element("th", [("scope", "row")]) { $0.element("code", text: file.path) }
                            row.element("td", text: file.reason)
                        }
                    }
                }
            }
        }
    }

    private func ruleIndex(_ report: AuditReport, _ strings: ReportStrings, _ main: inout HTMLBuilder) {
        let language = strings.language
        main.element("section", [("id", "rules"), ("aria-labelledby", "rules-h")]) { section in
            section.element("h2", [("id", "rules-h")], text: strings["ruleIndex"])
            section.element("dl", [("class", "rules")]) { list in
                for rule in report.rules {
                    list.element("dt", [("id", "rule-\(rule.id)")]) { term in
                        term.element("code", text: rule.id)
                        term.text(" \(rule.title.text(language)) · \(strings["impact.\(rule.impact.rawValue)"])")
                        if rule.informational { term.text(" · \(strings["informational"])") }
                    }
                    list.element("dd") { detail in
                        detail.element("p", text: rule.rationale.text(language))
                        detail.element("p", text: "\(strings["howToFix"]): \(rule.fix.text(language))")
                        var standards: [String] = []
                        if !rule.wcag.isEmpty { standards.append("\(strings["wcag"]): \(rule.wcag.joined(separator: ", "))") }
                        if !rule.act.isEmpty { standards.append("\(strings["act"]): \(rule.act.joined(separator: ", "))") }
                        if !rule.references.isEmpty { standards.append("\(strings["references"]): \(rule.references.joined(separator: ", "))") }
                        if !standards.isEmpty { detail.element("p", [("class", "muted")], text: standards.joined(separator: " · ")) }
                    }
                }
            }
        }
    }
}

/// Scores print with at most one decimal ("72.5", "60").
func format(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
