import AuditCore

/// Renders a finished audit. Pure: a model goes in, a string comes out; no file or clock access.
public protocol Reporter: Sendable {
    var fileName: String { get }
    func render(_ report: AuditReport, language: ReportLanguage) throws -> String
}

/// The output formats. The exhaustive switch guarantees each has a reporter.
public enum ReportFormat: String, CaseIterable, Sendable {
    case html, json, sarif, junit, csv, md, earl

    public var reporter: any Reporter {
        switch self {
        case .html: HTMLReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .csv: CSVReporter()
        case .md: MarkdownReporter()
        case .earl: EARLReporter()
        }
    }
}
