import AuditCore

/// `report.csv`: one row per failed or cantTell finding, for spreadsheets. UTF-8 with a byte-order mark
/// (without it Excel reads Chinese as mojibake), CRLF line ends and RFC 4180 quoting.
public struct CSVReporter: Reporter {
    public init() {}
    public var fileName: String { "report.csv" }

    public func render(_ report: AuditReport, language: ReportLanguage) throws -> String {
        let strings = ReportStrings(language: language)
        let items = FormatSupport.itemsByRule(report)
        var rows: [[String]] = [[
            FormatText.page.text(language), strings["pageTitle"], strings["rule"], strings["outcome"], strings["impact"],
            strings["line"], FormatText.selector.text(language), FormatText.snippet.text(language), strings["message"],
            strings["howToFix"], strings["wcag"], FormatText.checklistItems.text(language),
        ]]
        for page in report.pages {
            for finding in page.result.findings {
                rows.append([
                    page.result.path, page.result.title ?? "", finding.ruleID, strings["outcome." + finding.outcome.rawValue],
                    strings["impact." + finding.impact.rawValue], String(finding.location.line), finding.location.selector,
                    finding.location.snippet, finding.message.text(language), finding.fix.text(language),
                    (report.rule(finding.ruleID)?.wcag ?? []).joined(separator: " "),
                    (items[finding.ruleID] ?? []).joined(separator: " "),
                ])
            }
        }
        return "\u{FEFF}" + rows.map { $0.map(Self.cell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One RFC 4180 field. Page text is untrusted: a cell a spreadsheet would run as a formula
    /// (= + - @, or a leading tab or CR) gets a leading apostrophe (OWASP's CSV-injection advice).
    public static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
