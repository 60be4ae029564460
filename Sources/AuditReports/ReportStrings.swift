import AuditCore
import Foundation
import WZAResources

/// The report's interface texts, from `Reports/strings.json` (data, so translators need not read Swift).
struct ReportStrings: Sendable {
    let table: [String: Localized]
    let language: ReportLanguage

    static let shared: [String: Localized] = {
        guard let text = try? WZAResources.reportAsset("strings.json"),
              let table = try? JSONDecoder().decode([String: Localized].self, from: Data(text.utf8)) else { return [:] }
        return table
    }()

    init(language: ReportLanguage, table: [String: Localized] = ReportStrings.shared) {
        self.table = table
        self.language = language
    }

    /// The text for `key`; `%@` placeholders are filled in order. A missing key shows itself as `⟦key⟧`
    /// (and a test fails) rather than crashing a report.
    subscript(_ key: String, _ arguments: String...) -> String {
        var text = table[key]?.text(language) ?? "⟦\(key)⟧"
        for argument in arguments {
            if let range = text.range(of: "%@") { text.replaceSubrange(range, with: argument) }
        }
        return text
    }
}
