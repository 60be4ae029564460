import AuditCore

/// `report.md`: a summary sized for a pull-request comment or a CI job summary (GitHub-flavoured
/// Markdown): verdict and score per checklist, counts, the worst pages and the most failed rules.
public struct MarkdownReporter: Reporter {
    /// Rows per table; the rest is in the HTML and JSON reports.
    public var limit: Int

    public init(limit: Int = 10) { self.limit = limit }
    public var fileName: String { "report.md" }

    public func render(_ report: AuditReport, language: ReportLanguage) throws -> String {
        let strings = ReportStrings(language: language)
        var lines: [String] = ["## " + Self.escape(strings["reportTitle"]), ""]

        lines += [
            "| \(strings["checklist"]) | \(strings["conclusion"]) | \(strings["score"]) | \(strings["coverageColumn"]) | \(strings["vetoItems"]) |",
            "| --- | --- | ---: | ---: | --- |",
        ]
        for checklist in report.checklists {
            let site = checklist.site
            lines.append(Self.row([
                Self.escape(checklist.title.text(language)) + " (" + Self.escape(checklist.id) + ")",
                "**" + Self.escape(strings["verdict." + site.verdict.rawValue]) + "**",
                site.score.map(FormatSupport.score) ?? "—",
                Self.escape(strings["coverageShort", FormatSupport.score(site.coveredPoints)]),
                site.vetoItems.isEmpty ? "—" : Self.escape(site.vetoItems.joined(separator: ", ")),
            ]))
        }

        let totals = report.totals
        var counts = [
            "\(strings["pagesAudited"]) \(totals.pagesAudited)", "\(strings["pagesSkipped"]) \(totals.pagesSkipped)",
            "\(strings["failures"]) \(totals.failed)", "\(strings["needsReview"]) \(totals.cantTell)",
        ]
        for impact in Impact.allCases.reversed() {
            if let count = totals.byImpact[impact.rawValue], count > 0 { counts.append("\(strings["impact." + impact.rawValue]) \(count)") }
        }
        lines += ["", Self.escape(counts.joined(separator: " · "))]

        lines += worstPages(report, strings: strings, language: language)
        lines += topRules(report, strings: strings, language: language)

        lines += [
            "", "<sub>" + Self.escape(strings["disclaimer"]) + " "
                + Self.escape(strings["generatedBy", "\(report.metadata.toolName) \(report.metadata.toolVersion)"])
                + " · " + Self.escape(report.metadata.generatedAt) + "</sub>",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Pages with failures: vetoed first, then most failures, then lowest score.
    func worstPages(_ report: AuditReport, strings: ReportStrings, language: ReportLanguage) -> [String] {
        let checklistID = report.checklists.first?.id
        let ranked = report.pages
            .map { page -> (page: PageReport, failed: Int, review: Int, score: ChecklistScore?) in
                (page, page.result.findings.filter { $0.outcome == .failed }.count,
                 page.result.findings.filter { $0.outcome == .cantTell }.count, checklistID.flatMap { page.scores[$0] })
            }
            .filter { $0.failed > 0 }
            .sorted {
                let lhsVetoed = $0.score?.verdict == .vetoed, rhsVetoed = $1.score?.verdict == .vetoed
                if lhsVetoed != rhsVetoed { return lhsVetoed }
                if $0.failed != $1.failed { return $0.failed > $1.failed }
                let lhsScore = $0.score?.score ?? 101, rhsScore = $1.score?.score ?? 101
                if lhsScore != rhsScore { return lhsScore < rhsScore }
                return $0.page.result.path < $1.page.result.path
            }
        var lines = ["", "### " + Self.escape(FormatText.worstPages.text(language)), ""]
        guard !ranked.isEmpty else { return lines + [Self.escape(FormatText.noFailures.text(language))] }
        lines += [
            "| \(FormatText.page.text(language)) | \(strings["pageTitle"]) | \(strings["conclusion"]) | \(strings["score"]) | \(strings["failures"]) | \(strings["needsReview"]) |",
            "| --- | --- | --- | ---: | ---: | ---: |",
        ]
        for entry in ranked.prefix(limit) {
            lines.append(Self.row([
                Self.escape(entry.page.result.path), Self.escape(entry.page.result.title ?? strings["noTitle"]),
                entry.score.map { Self.escape(strings["verdict." + $0.verdict.rawValue]) } ?? "—",
                entry.score?.score.map(FormatSupport.score) ?? "—", String(entry.failed), String(entry.review),
            ]))
        }
        return lines + truncation(shown: min(limit, ranked.count), of: ranked.count, language: language)
    }

    /// Rules by failed findings, then by id.
    func topRules(_ report: AuditReport, strings: ReportStrings, language: ReportLanguage) -> [String] {
        var findings: [String: Int] = [:]
        var pages: [String: Int] = [:]
        for page in report.pages {
            let failed = page.result.findings.filter { $0.outcome == .failed }
            for finding in failed { findings[finding.ruleID, default: 0] += 1 }
            for rule in Set(failed.map(\.ruleID)) { pages[rule, default: 0] += 1 }
        }
        let ranked = findings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard !ranked.isEmpty else { return [] }
        var lines = [
            "", "### " + Self.escape(FormatText.topRules.text(language)), "",
            "| \(strings["rule"]) | \(strings["impact"]) | \(strings["failures"]) | \(FormatText.pagesWithFailures.text(language)) | WCAG |",
            "| --- | --- | ---: | ---: | --- |",
        ]
        for (id, count) in ranked.prefix(limit) {
            let rule = report.rule(id)
            lines.append(Self.row([
                Self.escape(id + (rule.map { " — " + $0.title.text(language) } ?? "")),
                rule.map { Self.escape(strings["impact." + $0.impact.rawValue]) } ?? "—",
                String(count), String(pages[id] ?? 0), Self.escape(Self.wcagColumn(rule, strings: strings)),
            ]))
        }
        return lines + truncation(shown: min(limit, ranked.count), of: ranked.count, language: language)
    }

    func truncation(shown: Int, of total: Int, language: ReportLanguage) -> [String] {
        shown < total ? ["", "_" + Self.escape(FormatSupport.fill(FormatText.truncated, language, String(shown), String(total))) + "_"] : []
    }

    /// The WCAG column of a rule: its criteria, and “best practice” for rules that are one (as in `Docs/Rules`).
    static func wcagColumn(_ rule: RuleSummary?, strings: ReportStrings) -> String {
        guard let rule else { return "" }
        let criteria = rule.wcag.joined(separator: ", ")
        guard rule.bestPractice else { return criteria }
        return criteria.isEmpty ? strings["bestPractice"] : criteria + strings.bracketed(strings["bestPractice"])
    }

    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    /// Text from pages (titles, paths) must not become Markdown or HTML: punctuation that GitHub's
    /// Markdown interprets is backslash-escaped, `< > &` become entities, line breaks become spaces
    /// (they would end a table row).
    public static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!": result += "\\" + String(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r", "\t": result += " "
            default:
                if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
