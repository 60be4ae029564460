import AuditCore
import Foundation
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
                header.element("p", [("class", "brand")]) { brand in
                    brand.text("wza · ")
                    brand.element("span", [("lang", "zh-CN")], text: "无障碍")
                }
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
                main.element("p", [("class", "inputs")], text: strings["inputs"] + strings["colon"] + report.metadata.inputs.joined(separator: strings["listSeparator"]))
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
                footer.element("p", text: strings["generatedBy", "wza \(report.metadata.toolVersion) · libxml2 \(report.metadata.parserVersion)"]
                    + " · " + strings["generatedAt"] + strings["colon"] + report.metadata.generatedAt)
            }
        }
        html.raw("</html>\n")
        return html.output
    }

    // MARK: Summary

    private func summary(_ report: AuditReport, _ strings: ReportStrings, _ main: inout HTMLBuilder) {
        let language = strings.language
        let colon = strings["colon"]
        main.element("section", [("id", "summary"), ("aria-labelledby", "summary-h")]) { section in
            section.element("h2", [("id", "summary-h")], text: strings["summary"])
            section.element("ul", [("class", "totals")]) { list in
                list.element("li", text: strings["pagesAudited"] + colon + String(report.totals.pagesAudited))
                list.element("li", text: strings["pagesSkipped"] + colon + String(report.totals.pagesSkipped))
                list.element("li", text: strings["failures"] + colon + String(report.totals.failed))
                list.element("li", text: strings["needsReview"] + colon + String(report.totals.cantTell))
                let manual = report.checklists.first.map { $0.items.filter(\.isManual).count } ?? 0
                list.element("li", text: strings["manualItemCount"] + colon + String(manual))
            }
            for checklist in report.checklists {
                let score = checklist.site
                let titles = Dictionary(uniqueKeysWithValues: checklist.items.map { ($0.id, $0.title.text(language)) })
                section.element("div", [("class", "card verdict-\(score.verdict.rawValue)")]) { card in
                    card.element("h3", text: checklist.title.text(language))
                    card.element("p", [("class", "verdict")]) { line in
                        line.text(strings["conclusion"] + colon)
                        line.element("strong", text: strings["verdict.\(score.verdict.rawValue)"])
                        if let value = score.score {
                            line.text(" · \(strings["score"]) \(format(value)) / 100 · \(strings["passMark"]) \(format(score.passMark))")
                        }
                    }
                    if !score.vetoItems.isEmpty {
                        let named = score.vetoItems.map { "\($0)（\(titles[$0] ?? "")）" }.joined(separator: strings["listSeparator"])
                        card.element("p", [("class", "veto")], text: strings["vetoExplanation", named])
                    }
                    card.element("p", text: strings["coverage", format(score.coveredPoints)])
                    if let rate = score.weightedPassRate {
                        card.element("p", [("class", "muted")], text: strings["weightedPassRate"] + colon + format(rate) + "%")
                    }
                    card.element("p", [("class", "source")], text: strings["source"] + colon + checklist.source.text(language))
                }
            }
            if let primary = report.checklists.first {
                section.element("h3", [("id", "scores-h")], text: strings["pageScores"])
                section.raw(ScoreChart.svg(report, checklistID: primary.id, passMark: primary.site.passMark, strings: strings))
                pageScoreTable(report, primary, strings, &section)
            }
        }
    }

    /// The chart's numbers as a table: the accessible (and printable) version of the picture.
    private func pageScoreTable(_ report: AuditReport, _ checklist: ChecklistReport, _ strings: ReportStrings, _ html: inout HTMLBuilder) {
        scrollingTable(strings["pageScoreTable"], &html) { table in
            table.element("caption", text: strings["pageScoreTable"])
            table.element("thead") { head in
                head.element("tr") { row in
                    for key in ["path", "score", "conclusion", "coverageColumn"] { row.element("th", [("scope", "col")], text: strings[key]) }
                }
            }
            table.element("tbody") { body in
                for (index, page) in report.pages.enumerated() {
                    guard let score = page.scores[checklist.id] else { continue }
                    body.element("tr") { row in
                        row.element("th", [("scope", "row")]) { cell in
                            cell.element("a", [("href", "#page-\(index + 1)")]) { $0.element("code", text: page.result.path) }
                        }
                        row.element("td", [("class", "number")], text: score.score.map(format) ?? "–")
                        row.element("td") { cell in
                            cell.element("strong", text: strings["verdict.\(score.verdict.rawValue)"])
                            if !score.vetoItems.isEmpty { cell.text("（" + strings["vetoedBy", score.vetoItems.joined(separator: strings["listSeparator"])] + "）") }
                        }
                        row.element("td", [("class", "number")], text: format(score.coveredPoints))
                    }
                }
            }
        }
    }

    /// Wide tables scroll inside their own focusable region instead of widening the page (WCAG 1.4.10).
    private func scrollingTable(_ label: String, _ html: inout HTMLBuilder, _ content: (inout HTMLBuilder) -> Void) {
        html.element("div", [("class", "table-scroll"), ("role", "region"), ("tabindex", "0"), ("aria-label", label)]) { region in
            region.element("table", [], content)
        }
    }

    // MARK: Items

    private func itemTables(_ report: AuditReport, _ strings: ReportStrings, _ main: inout HTMLBuilder) {
        let language = strings.language
        main.element("section", [("id", "items"), ("aria-labelledby", "items-h")]) { section in
            section.element("h2", [("id", "items-h")], text: strings["items"])
            for checklist in report.checklists {
                let scores = Dictionary(uniqueKeysWithValues: checklist.site.items.map { ($0.itemID, $0) })
                scrollingTable(checklist.title.text(language), &section) { table in
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
                                let decided = score.pagesPassed + score.pagesFailed > 0
                                row.element("th", [("scope", "row")], text: item.id + (item.isVeto ? " ★" : ""))
                                row.element("td") { cell in
                                    cell.text(item.title.text(language))
                                    if let clause = item.clause, item.clauseVerified != true {
                                        cell.element("span", [("class", "muted")], text: " \(clause)†")
                                    }
                                }
                                row.element("td", text: item.principle.title.text(language))
                                row.element("td", text: strings["outcome.\(score.outcome.rawValue)"])
                                row.element("td", [("class", "number")], text: decided ? "\(score.pagesPassed) / \(score.pagesFailed)" : "–")
                                row.element("td", [("class", "number")], text: fixed(score.points))
                                row.element("td", [("class", "number")], text: decided ? fixed(score.earned) : "–")
                                row.element("td") { cell in cell.element("code", text: item.rules.joined(separator: ", ")) }
                            }
                        }
                    }
                }
                section.element("p", [("class", "muted")], text: "★ \(strings["veto"])　\(strings["unverifiedFootnote"])")
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
                        line.text(strings["pageTitle"] + strings["colon"] + (result.title.flatMap { $0.isEmpty ? nil : $0 } ?? strings["noTitle"]))
                        line.text(" · " + strings["encoding"] + strings["colon"] + result.encoding.encoding)
                        if result.traits.isHomePage { line.text(" · \(strings["homePage"])") }
                        if result.traits.isElderPage { line.text(" · \(strings["elderPage"])") }
                    }
                    pageSection.element("ul", [("class", "page-scores")]) { list in
                        for checklist in report.checklists {
                            guard let score = page.scores[checklist.id] else { continue }
                            list.element("li") { item in
                                item.text(checklist.title.text(language) + strings["colon"])
                                item.element("strong", text: strings["verdict.\(score.verdict.rawValue)"])
                                if !score.vetoItems.isEmpty {
                                    item.text("（" + strings["vetoedBy", score.vetoItems.joined(separator: strings["listSeparator"])] + "）")
                                }
                                if let value = score.score { item.text(" · \(strings["score"]) \(format(value)) / 100") }
                                item.text(" · " + strings["coverageShort", format(score.coveredPoints)])
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
                                list.element("li", text: "\(note.message.text(language))（\(strings["line"]) \(note.location.line)）")
                            }
                        }
                    }
                    if result.parserDiagnosticCount > 0 {
                        pageSection.element("details", [("class", "muted")]) { details in
                            details.element("summary", text: strings["parserDiagnostics", String(result.parserDiagnosticCount)])
                            details.element("ul") { list in
                                for diagnostic in result.parserDiagnostics {
                                    list.element("li", [("lang", "en")], text: "\(strings["line"]) \(diagnostic.line): \(diagnostic.message)")
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func findingsTable(_ findings: [Finding], _ report: AuditReport, _ strings: ReportStrings, _ html: inout HTMLBuilder) {
        let language = strings.language
        html.element("div", [("class", "table-scroll"), ("role", "region"), ("tabindex", "0"), ("aria-label", strings["findings"])]) { region in
        region.element("table", [("class", "findings")]) { table in
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
                            cell.element("code", [("class", "snippet")], text: finding.location.snippet)
                            cell.raw("<br>")
                            cell.element("code", [("class", "selector")], text: finding.location.selector)
                        }
                        row.element("td", text: finding.message.text(language))
                        row.element("td", text: finding.fix.text(language))
                    }
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
            scrollingTable(strings["skippedFiles"], &section) { table in
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
                            row.element("td", text: file.reason.text(strings.language))
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
                    }
                    list.element("dd") { detail in
                        detail.element("p", text: rule.rationale.text(language))
                        let colon = strings["colon"]
                        detail.element("p", text: strings["howToFix"] + colon + rule.fix.text(language))
                        var standards: [String] = []
                        if !rule.wcag.isEmpty { standards.append(strings["wcag"] + colon + rule.wcag.joined(separator: ", ")) }
                        if !rule.act.isEmpty { standards.append(strings["act"] + colon + rule.act.joined(separator: ", ")) }
                        if !rule.references.isEmpty { standards.append(strings["references"] + colon + rule.references.joined(separator: ", ")) }
                        if !standards.isEmpty { detail.element("p", [("class", "muted")], text: standards.joined(separator: " · ")) }
                    }
                }
            }
        }
    }
}

/// Points in tables always show one decimal ("2.0", "1.6") so columns line up.
func fixed(_ value: Double) -> String { String(format: "%.1f", (value * 10).rounded() / 10) }

/// Scores print with at most one decimal ("72.5", "60").
func format(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
