import AuditCore

/// The short summary printed on stdout after an audit. Colour only when asked (a TTY without NO_COLOR).
public struct TerminalSummary {
    public var colour: Bool
    public var language: ReportLanguage

    public init(colour: Bool, language: ReportLanguage) {
        self.colour = colour
        self.language = language
    }

    public func render(_ report: AuditReport, writtenFiles: [String]) -> String {
        let strings = ReportStrings(language: language)
        var lines: [String] = []
        lines.append(bold("wza") + " · \(strings["pagesAudited"]) \(report.totals.pagesAudited) · \(strings["pagesSkipped"]) \(report.totals.pagesSkipped)"
            + " · \(strings["failures"]) \(report.totals.failed) · \(strings["needsReview"]) \(report.totals.cantTell)")
        for checklist in report.checklists {
            let score = checklist.site
            let verdict = strings["verdict.\(score.verdict.rawValue)"]
            let painted = score.verdict == .pass ? paint(verdict, 32) : score.verdict == .notScored ? verdict : paint(verdict, 31)
            var line = "  \(checklist.id): \(painted)"
            if let value = score.score { line += " \(format(value))/100" }
            line += " (\(strings["coverageShort", format(score.coveredPoints)]))"
            if !score.vetoItems.isEmpty { line += " · \(strings["vetoItems"]): \(score.vetoItems.joined(separator: ", "))" }
            lines.append(line)
        }
        if let baseline = report.baseline {
            lines.append("  " + strings["terminal.baseline", String(baseline.new), String(baseline.existing), String(baseline.fixed.count)])
        }
        if let suppressions = report.suppressions {
            var line = "  " + strings["terminal.suppressed", String(suppressions.suppressedFindings)]
            if !suppressions.unused.isEmpty { line += " · " + strings["terminal.unusedSuppressions", String(suppressions.unused.count)] }
            if !suppressions.expired.isEmpty { line += " · " + paint(strings["terminal.expiredSuppressions", String(suppressions.expired.count)], 31) }
            if !suppressions.problems.isEmpty { line += " · " + paint(strings["terminal.suppressionProblems", String(suppressions.problems.count)], 31) }
            lines.append(line)
        }
        if let answers = report.answers { lines.append("  " + strings["terminal.answers", String(answers.count)]) }
        let worst = report.pages
            .map { ($0.result.path, $0.result.findings.filter { $0.outcome == .failed }.count) }
            .filter { $0.1 > 0 }
            .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
            .prefix(5)
        for (path, count) in worst { lines.append("  \(path): \(count) \(strings["failures"])") }
        for file in report.skipped.prefix(5) { lines.append("  " + dim("\(file.path): \(file.reason.text(language))")) }
        for file in writtenFiles { lines.append("  → \(file)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func paint(_ text: String, _ code: Int) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
