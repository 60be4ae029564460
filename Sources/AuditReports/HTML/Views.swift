import AuditCore

extension HTMLContext {
    // MARK: View by checklist item

    func itemsView(_ main: inout HTMLBuilder) {
        main.element("section", [("id", "by-item"), ("class", "view"), ("aria-labelledby", "by-item-h")]) { section in
            section.element("h2", [("id", "by-item-h")], text: strings["viewItems"])
            for checklist in report.checklists {
                let scores = Dictionary(uniqueKeysWithValues: checklist.site.items.map { ($0.itemID, $0) })
                if report.checklists.count > 1 { section.element("h3", text: checklist.title.text(language)) }
                scrollingTable(checklist.title.text(language), [("class", "items")], &section) { table in
                    table.element("caption", text: checklist.title.text(language))
                    headerRow(["item", "title", "principle", "outcome", "pagesPassedFailed", "points", "earned", "rulesColumn"], &table,
                              numeric: ["pagesPassedFailed", "points", "earned"])
                    table.element("tbody") { body in
                        for item in checklist.items {
                            guard let score = scores[item.id] else { continue }
                            body.element("tr", [("class", "outcome-\(score.outcome.rawValue)"), ("data-item", item.id),
                                                ("data-principles", item.principle.rawValue), ("data-rules", item.rules.joined(separator: " "))]) { row in
                                let decided = score.pagesPassed + score.pagesFailed > 0
                                row.element("th", [("scope", "row"), ("id", "item-\(checklist.id)-\(item.id)")], text: item.id + (item.isVeto ? " ★" : ""))
                                row.element("td") { cell in
                                    cell.text(item.title.text(language))
                                    if let clause = item.clause, item.clauseVerified != true {
                                        cell.element("span", [("class", "muted")], text: " \(clause)†")
                                    }
                                }
                                row.element("td", text: item.principle.title.text(language))
                                row.element("td", [("class", "outcome")], text: strings["outcome.\(score.outcome.rawValue)"]
                                                + (score.answered == true ? strings.bracketed(strings["answers.byReviewer"]) : ""))
                                row.element("td", [("class", "number")], text: decided ? "\(score.pagesPassed) / \(score.pagesFailed)" : "–")
                                row.element("td", [("class", "number")], text: fixed(score.points))
                                row.element("td", [("class", "number")], text: decided ? fixed(score.earned) : "–")
                                row.element("td") { cell in
                                    for (index, rule) in item.rules.enumerated() {
                                        if index > 0 { cell.text(", ") }
                                        cell.element("a", [("href", "#rule-\(rule)")]) { $0.element("code", text: rule) }
                                    }
                                }
                            }
                        }
                    }
                }
                section.element("p", [("class", "muted")], text: "★ \(strings["veto"])　\(strings["unverifiedFootnote"])")
                let failing = checklist.items.filter { !digest.failedPages(checklist: checklist.id, item: $0.id).isEmpty }
                if !failing.isEmpty {
                    section.element("h3", text: strings["failedItemPages"] + strings.bracketed(checklist.title.text(language)))
                    section.element("ul", [("class", "item-pages")]) { list in
                        for item in failing {
                            let pages = digest.failedPages(checklist: checklist.id, item: item.id)
                            list.element("li", [("data-item", item.id), ("data-principles", item.principle.rawValue), ("data-rules", item.rules.joined(separator: " "))]) { entry in
                                entry.element("strong", text: item.id)
                                entry.text(" " + item.title.text(language) + colon)
                                pageList(pages.map { ($0, nil) }, &entry)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Inline list of page links, capped at `maxPagesPerList` with a count of the rest.
    private func pageList(_ pages: [(index: Int, count: String?)], _ html: inout HTMLBuilder) {
        for (position, page) in pages.prefix(HTMLReporter.maxPagesPerList).enumerated() {
            if position > 0 { html.text(strings["listSeparator"]) }
            html.element("span", [("class", "page-ref"), ("data-path", report.pages[page.index].result.path)]) { span in
                pageLink(page.index, &span)
                if let count = page.count { span.text(strings.bracketed(count)) }
            }
        }
        if pages.count > HTMLReporter.maxPagesPerList {
            html.text(strings["listSeparator"] + strings["morePages", String(pages.count - HTMLReporter.maxPagesPerList)])
        }
    }

    // MARK: View by rule

    func rulesView(_ main: inout HTMLBuilder) {
        main.element("section", [("id", "by-rule"), ("class", "view"), ("aria-labelledby", "by-rule-h")]) { section in
            section.element("h2", [("id", "by-rule-h")], text: strings["viewRules"])
            let rules = digest.rulesWithFindings
            if rules.isEmpty {
                section.element("p", text: strings["noFindingsSite"])
            } else {
                scrollingTable(strings["rulesWithFindings"], [("class", "rules-table")], &section) { table in
                    table.element("caption", text: strings["rulesWithFindings"])
                    headerRow(["rule", "title", "impact", "failures", "needsReview", "pageCount"], &table, numeric: ["failures", "needsReview", "pageCount"])
                    table.element("tbody") { body in
                        for rule in rules {
                            let tally = digest.ruleTallies[rule.id] ?? ReportDigest.RuleTally()
                            body.element("tr", [("data-rule-row", rule.id), ("data-impact", rule.impact.rawValue), ("data-principles", digest.principlesAttribute(rule.id))]) { row in
                                row.element("th", [("scope", "row")]) { $0.element("a", [("href", "#rule-\(rule.id)")]) { $0.element("code", text: rule.id) } }
                                row.element("td", text: rule.title.text(language))
                                row.element("td", [("class", "impact-\(rule.impact.rawValue)")], text: strings["impact.\(rule.impact.rawValue)"])
                                row.element("td", [("class", "number")], text: String(tally.failed))
                                row.element("td", [("class", "number")], text: String(tally.cantTell))
                                row.element("td", [("class", "number")], text: String(tally.pages.count))
                            }
                        }
                    }
                }
            }
            section.element("h3", [("id", "rules-h")], text: strings["ruleIndex"])
            section.element("dl", [("class", "rules")]) { list in
                for rule in report.rules {
                    list.element("div", [("class", "rule-entry"), ("data-rule-entry", rule.id), ("data-impact", rule.impact.rawValue),
                                         ("data-principles", digest.principlesAttribute(rule.id))]) { entry in
                        entry.element("dt", [("id", "rule-\(rule.id)")]) { term in
                            term.element("code", text: rule.id)
                            term.text(" \(rule.title.text(language))")
                            term.element("span", [("class", "impact-\(rule.impact.rawValue)")], text: strings.bracketed(strings["impact.\(rule.impact.rawValue)"]))
                            if rule.bestPractice { term.element("span", [("class", "best-practice")], text: strings.bracketed(strings["bestPractice"])) }
                        }
                        entry.element("dd") { detail in
                            detail.element("p", text: rule.rationale.text(language))
                            detail.element("p", text: strings["howToFix"] + colon + rule.fix.text(language))
                            var standards: [String] = rule.bestPractice ? [strings["bestPracticeNote"]] : []
                            if !rule.wcag.isEmpty { standards.append(strings["wcag"] + colon + rule.wcag.joined(separator: ", ")) }
                            if !rule.act.isEmpty { standards.append(strings["act"] + colon + rule.act.joined(separator: ", ")) }
                            if !rule.references.isEmpty { standards.append(strings["references"] + colon + rule.references.joined(separator: ", ")) }
                            if !standards.isEmpty { detail.element("p", [("class", "muted")], text: strings.clauses(standards)) }
                            if let options = rule.options {
                                let settings = options.map { option in
                                    "\(option.key) = \(option.value)" + strings.bracketed(option.source == "default" ? strings["optionDefault"] : option.source)
                                }
                                detail.element("p", [("class", "muted")], text: strings["ruleOptions"] + colon + strings.clauses(settings))
                            }
                            if let tally = digest.ruleTallies[rule.id] {
                                detail.element("p", [("class", "rule-pages")]) { line in
                                    line.text(strings["rulePages", String(tally.pages.count)] + colon)
                                    pageList(tally.pages.map { page in
                                        (page.index, strings.clauses([page.failed > 0 ? strings["failedCount", String(page.failed)] : nil,
                                                                      page.cantTell > 0 ? strings["reviewCount", String(page.cantTell)] : nil].compactMap { $0 }))
                                    }, &line)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // MARK: View by page

    func pagesView(_ main: inout HTMLBuilder) {
        main.element("section", [("id", "by-page"), ("class", "view"), ("aria-labelledby", "by-page-h")]) { section in
            section.element("h2", [("id", "by-page-h")], text: strings["viewPages"])
            if let primary = digest.primary { pageIndex(primary, &section) }
            for index in report.pages.indices { pageSection(index, &section) }
        }
    }

    /// One row per page: the index of the page view, and the data behind the score histogram.
    private func pageIndex(_ checklist: ChecklistReport, _ html: inout HTMLBuilder) {
        let caption = strings["pageScoreTable"] + strings.bracketed(checklist.title.text(language))
        scrollingTable(caption, [("class", "page-index")], &html) { table in
            table.element("caption", text: caption)
            headerRow(["path", "score", "conclusion", "failures", "needsReview", "coverageColumn"], &table, numeric: ["score", "failures", "needsReview", "coverageColumn"])
            table.element("tbody") { body in
                for (index, page) in report.pages.enumerated() {
                    guard let score = page.scores[checklist.id] else { continue }
                    let failed = page.result.findings.filter { $0.outcome == .failed }.count
                    body.element("tr", [("data-page-row", ReportDigest.pageAnchor(index)), ("data-path", page.result.path)]) { row in
                        row.element("th", [("scope", "row")]) { pageLink(index, &$0) }
                        row.element("td", [("class", "number")], text: score.score.map(format) ?? "–")
                        row.element("td") { cell in
                            cell.element("strong", text: strings["verdict.\(score.verdict.rawValue)"])
                            if !score.vetoItems.isEmpty { cell.text(strings.bracketed(strings.list(score.vetoItems))) }
                        }
                        row.element("td", [("class", "number")], text: String(failed))
                        row.element("td", [("class", "number")], text: String(page.result.findings.count - failed))
                        row.element("td", [("class", "number")], text: format(score.coveredPoints))
                    }
                }
            }
        }
    }

    private func pageSection(_ index: Int, _ html: inout HTMLBuilder) {
        let page = report.pages[index]
        let result = page.result
        let anchor = ReportDigest.pageAnchor(index)
        html.element("section", [("class", "page"), ("id", anchor), ("aria-labelledby", "\(anchor)-h"), ("data-path", result.path)]) { section in
            section.element("h3", [("id", "\(anchor)-h")]) { $0.element("code", text: result.path) }
            section.element("p") { line in
                line.text(strings["pageTitle"] + colon)
                if let title = result.title, !title.isEmpty {
                    line.element("span", foreignTextAttributes(title, language), text: title)
                } else {
                    line.text(strings["noTitle"])
                }
                var facts = [strings["encoding"] + colon + result.encoding.encoding]
                if result.traits.isHomePage { facts.append(strings["homePage"]) }
                if result.traits.isElderPage { facts.append(strings["elderPage"]) }
                line.text(strings["clauseSeparator"] + strings.clauses(facts))
            }
            section.element("ul", [("class", "page-scores")]) { list in
                for checklist in report.checklists {
                    guard let score = page.scores[checklist.id] else { continue }
                    list.element("li") { item in
                        item.text(checklist.title.text(language) + colon)
                        item.element("strong", text: strings["verdict.\(score.verdict.rawValue)"])
                        if !score.vetoItems.isEmpty { item.text(strings.bracketed(strings.list(score.vetoItems))) }
                        var rest: [String] = []
                        if let text = scoreText(score) { rest.append(text) }
                        rest.append(strings["coverageShort", format(score.coveredPoints)])
                        let failedItems = score.items.filter { $0.outcome == .failed }.map(\.itemID)
                        if !failedItems.isEmpty { rest.append(strings["failedItems"] + colon + strings.list(failedItems)) }
                        item.text(strings["clauseSeparator"] + strings.clauses(rest))
                    }
                }
            }
            let failures = result.findings.filter { $0.outcome == .failed }
            let reviews = result.findings.filter { $0.outcome == .cantTell }
            section.element("div", [("class", "finding-group")]) { group in
                group.element("h4", text: strings["findings"] + strings.bracketed(String(failures.count)))
                if failures.isEmpty {
                    group.element("p", text: strings["noFindings"])
                } else {
                    findingsTable(failures, label: strings["findingsOf", result.path], &group)
                }
            }
            if !reviews.isEmpty {
                section.element("div", [("class", "finding-group")]) { group in
                    group.element("h4", text: strings["needsReview"] + strings.bracketed(String(reviews.count)))
                    findingsTable(reviews, label: strings["reviewsOf", result.path], &group)
                }
            }
            if !result.suppressed.isEmpty {
                section.element("div", [("class", "suppressed-group")]) { group in
                    group.element("h4", text: strings["suppressions.title"] + strings.bracketed(String(result.suppressed.count)))
                    suppressedTable(result.suppressed, label: strings["suppressions.ofPage", result.path], &group)
                }
            }
            // Notes: informational findings and the passed checks that say what they saw (the computed
            // accessible names), one per element, so folded and each with its rule.
            if !result.notes.isEmpty {
                section.element("details", [("class", "notes")]) { details in
                    details.element("summary", text: strings["notes"] + strings.bracketed(String(result.notes.count)))
                    details.element("ul") { list in
                        for note in result.notes {
                            list.element("li") { item in
                                item.element("code", text: note.ruleID)
                                item.text(" " + note.message.text(language) + strings.bracketed(strings["line"] + " " + String(note.location.line)))
                            }
                        }
                    }
                }
            }
            if !result.styleSheetsNotLoaded.isEmpty {
                section.element("details", [("class", "muted")]) { details in
                    details.element("summary", text: strings["styleSheetsNotLoaded", String(result.styleSheetsNotLoaded.count)])
                    details.element("ul") { list in
                        for sheet in result.styleSheetsNotLoaded { list.element("li", [("lang", "en")], text: sheet) }
                    }
                }
            }
            if result.parserDiagnosticCount > 0 {
                section.element("details", [("class", "muted")]) { details in
                    details.element("summary", text: strings["parserDiagnostics", String(result.parserDiagnosticCount)])
                    details.element("ul") { list in
                        for diagnostic in result.parserDiagnostics {
                            list.element("li") { item in
                                item.text(strings["line"] + " " + String(diagnostic.line) + colon)
                                item.element("span", [("lang", "en")], text: diagnostic.message)
                            }
                        }
                    }
                }
            }
        }
    }

    private func findingsTable(_ findings: [Finding], label: String, _ html: inout HTMLBuilder) {
        let shown = Self.shownFindings(findings)
        scrollingTable(label, [("class", "findings")], &html) { table in
            headerRow(["rule", "impact", "line", "element", "message", "howToFix"], &table, numeric: ["line"])
            table.element("tbody") { body in
                for finding in shown {
                    var attributes = [("data-rule", finding.ruleID), ("data-impact", finding.impact.rawValue), ("data-outcome", finding.outcome.rawValue),
                                      ("data-principles", digest.principlesAttribute(finding.ruleID))]
                    if let status = finding.baselineStatus { attributes.append(("data-baseline", status.rawValue)) }
                    body.element("tr", attributes) { row in
                        row.element("th", [("scope", "row")]) { cell in
                            cell.element("a", [("href", "#rule-\(finding.ruleID)")]) { $0.element("code", text: finding.ruleID) }
                            // Against a baseline: a visible badge (text, not colour alone) says new or already known.
                            if let status = finding.baselineStatus {
                                cell.element("span", [("class", "badge badge-\(status.rawValue)")], text: strings["baseline.\(status.rawValue)"])
                            }
                        }
                        row.element("td", [("class", "impact-\(finding.impact.rawValue)")], text: strings["impact.\(finding.impact.rawValue)"])
                        row.element("td", [("class", "number")], text: String(finding.location.line))
                        row.element("td") { cell in
                            cell.element("code", [("class", "snippet")], text: finding.location.snippet)
                            cell.element("code", [("class", "selector")], text: finding.location.selector)
                        }
                        row.element("td", text: finding.message.text(language))
                        row.element("td", text: finding.fix.text(language))
                    }
                }
            }
        }
        if findings.count > shown.count {
            let key = shown.elementsEqual(findings.prefix(shown.count)) ? "findingsCapped" : "findingsCappedNewFirst"
            html.element("p", [("class", "capped")], text: strings[key, String(findings.count), String(shown.count)])
        }
    }

    /// The findings a capped table lists: the first `maxFindingsPerTable` in document order, except that
    /// against a baseline the new ones are taken first (they are what the gates count and what the "new
    /// only" filter looks for), then existing ones; the rows stay in document order.
    static func shownFindings(_ findings: [Finding]) -> [Finding] {
        let cap = HTMLReporter.maxFindingsPerTable
        guard findings.count > cap, findings.contains(where: { $0.baselineStatus == .new }) else { return Array(findings.prefix(cap)) }
        let newFirst = findings.indices.filter { findings[$0].baselineStatus == .new } + findings.indices.filter { findings[$0].baselineStatus != .new }
        return newFirst.prefix(cap).sorted().map { findings[$0] }
    }

    /// Findings taken out by suppressions on one page, with who said why and until when.
    private func suppressedTable(_ suppressed: [SuppressedFinding], label: String, _ html: inout HTMLBuilder) {
        let shown = suppressed.prefix(HTMLReporter.maxFindingsPerTable)
        scrollingTable(label, [("class", "findings suppressed")], &html) { table in
            headerRow(["rule", "impact", "line", "element", "suppressions.reason", "suppressions.expires", "suppressions.origin"], &table, numeric: ["line"])
            table.element("tbody") { body in
                for entry in shown {
                    let finding = entry.finding
                    body.element("tr", [("data-suppressed-rule", finding.ruleID)]) { row in
                        row.element("th", [("scope", "row")]) { cell in
                            cell.element("a", [("href", "#rule-\(finding.ruleID)")]) { $0.element("code", text: finding.ruleID) }
                        }
                        row.element("td", text: strings["impact.\(finding.impact.rawValue)"]
                                    + (finding.outcome == .cantTell ? strings.bracketed(strings["outcome.cantTell"]) : ""))
                        row.element("td", [("class", "number")], text: String(finding.location.line))
                        row.element("td") { cell in
                            cell.element("code", [("class", "snippet")], text: finding.location.snippet)
                            cell.element("code", [("class", "selector")], text: finding.location.selector)
                        }
                        row.element("td", text: entry.reason)
                        row.element("td", text: entry.expires?.description ?? strings["suppressions.noExpiry"])
                        row.element("td") { cell in
                            cell.text(strings["suppressions.source.\(entry.source.rawValue)"] + " ")
                            cell.element("code", text: entry.origin)
                        }
                    }
                }
            }
        }
        if suppressed.count > shown.count {
            html.element("p", [("class", "capped")], text: strings["listCapped", String(suppressed.count), String(shown.count)])
        }
    }

    // MARK: Manual items (with reviewers' answers), files not audited

    /// "Items for manual review", or "Manual review answers (self-assessment)" when reviewers answered.
    var manualTitleKey: String { report.answers == nil ? "manualItems" : "answers.title" }

    func manualItems(_ main: inout HTMLBuilder) {
        main.element("section", [("id", "manual"), ("aria-labelledby", "manual-h")]) { section in
            section.element("h2", [("id", "manual-h")], text: strings[manualTitleKey])
            if report.answers != nil {
                section.element("p", text: strings["manualIntroAnswered"])
                let manual = report.checklists.flatMap { checklist in checklist.items.filter(\.isManual).map { (checklist.id, $0.id) } }
                let decided = manual.compactMap { report.answer(checklist: $0.0, item: $0.1) }
                section.element("p", [("class", "answers-summary")], text: strings[
                    "answers.summary", String(decided.count), String(decided.filter { $0.verdict == .pass }.count),
                    String(decided.filter { $0.verdict == .fail }.count), String(manual.count - decided.count)])
            } else {
                section.element("p", text: strings["manualIntro"])
            }
            for checklist in report.checklists {
                let manual = checklist.items.filter(\.isManual)
                guard !manual.isEmpty else { continue }
                section.element("h3", text: checklist.title.text(language))
                section.element("ul", [("class", "manual")]) { list in
                    for item in manual {
                        list.element("li") { entry in
                            entry.element("strong", text: item.id)
                            entry.text(" \(item.title.text(language))")
                            if let note = item.note { entry.element("span", [("class", "muted note")], text: note.text(language)) }
                            if report.answers != nil {
                                if let answer = report.answer(checklist: checklist.id, item: item.id) {
                                    answerDetails(answer, &entry)
                                } else {
                                    entry.element("span", [("class", "answer-none")], text: strings["answers.unanswered"])
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A reviewer's answer: verdict, pages, reviewer, date, note and evidence (text from the answers file, escaped).
    private func answerDetails(_ answer: ManualAnswer, _ html: inout HTMLBuilder) {
        let verdict = strings["answers.verdict.\(answer.verdict.rawValue)"], allPages = strings["answers.allPages"]
        var pairs: [(key: String, content: (inout HTMLBuilder) -> Void)] = [
            ("answers.verdictLabel", { $0.element("strong", text: verdict) }),
            ("answers.pages", { dd in if let pages = answer.pages { dd.element("code", text: pages) } else { dd.text(allPages) } }),
        ]
        if let reviewer = answer.reviewer { pairs.append(("answers.reviewer", { $0.text(reviewer) })) }
        if let date = answer.date { pairs.append(("answers.date", { $0.text(date.description) })) }
        if let note = answer.note { pairs.append(("answers.note", { $0.text(note) })) }
        if let evidence = answer.evidence { pairs.append(("answers.evidence", { $0.text(evidence) })) }
        html.element("dl", [("class", "answer answer-\(answer.verdict.rawValue)")]) { list in
            for pair in pairs {
                list.element("div") { group in
                    group.element("dt", text: strings[pair.key])
                    group.element("dd", [], pair.content)
                }
            }
        }
    }

    func skippedFiles(_ main: inout HTMLBuilder) {
        main.element("section", [("id", "skipped"), ("aria-labelledby", "skipped-h")]) { section in
            section.element("h2", [("id", "skipped-h")], text: strings["skippedFiles"])
            if report.skipped.isEmpty {
                section.element("p", text: strings["noSkipped"])
                return
            }
            scrollingTable(strings["skippedFilesTable"], [], &section) { table in
                headerRow(["path", "reason"], &table)
                table.element("tbody") { body in
                    for file in report.skipped {
                        body.element("tr") { row in
                            row.element("th", [("scope", "row")]) { $0.element("code", text: file.path) }
                            row.element("td", text: file.reason.text(language))
                        }
                    }
                }
            }
        }
    }
}
