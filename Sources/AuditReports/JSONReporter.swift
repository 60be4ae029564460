import AuditCore
import Foundation

/// `report.json`: the whole report model with a versioned schema (`Reports/report.schema.json`).
/// Sorted keys and sorted arrays make it byte-identical for the same input, whatever `--jobs` was.
public struct JSONReporter: Reporter {
    public init() {}
    public var fileName: String { "report.json" }

    public func render(_ report: AuditReport, language: ReportLanguage) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
