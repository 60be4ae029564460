import AuditCore

/// Helpers shared by the CI formats (SARIF, JUnit, CSV, Markdown, EARL).
enum FormatSupport {
    /// Scores print with at most one decimal ("72.5", "60"), as the HTML report prints them (`format`).
    static func score(_ value: Double) -> String { format(value) }

    /// A localized text with `%@` placeholders filled in order.
    static func fill(_ text: Localized, _ language: ReportLanguage, _ arguments: String...) -> String {
        var result = text.text(language)
        for argument in arguments {
            if let range = result.range(of: "%@") { result.replaceSubrange(range, with: argument) }
        }
        return result
    }

    /// XML 1.0 text or attribute value. Characters XML forbids (controls, U+FFFE/FFFF) become U+FFFD;
    /// in attributes, tab and newlines are written as references so parsers do not fold them into spaces.
    static func xmlEscape(_ text: String, attribute: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result += attribute ? "&#\(scalar.value);" : String(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { result += "\u{FFFD}" }
                else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// The checklist item ids each rule evidences, over all checklists of the report, in checklist order.
    static func itemsByRule(_ report: AuditReport) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for checklist in report.checklists {
            for item in checklist.items {
                for rule in item.rules where !result[rule, default: []].contains(item.id) { result[rule, default: []].append(item.id) }
            }
        }
        return result
    }
}

/// Texts the CI formats need beyond `Reports/strings.json` (kept here until the formats settle).
enum FormatText {
    static let notAudited = Localized(zh: "未审计的文件", en: "Files not audited")
    static let page = Localized(zh: "页面", en: "Page")
    static let selector = Localized(zh: "选择器", en: "Selector")
    static let snippet = Localized(zh: "代码片段", en: "Snippet")
    static let checklistItems = Localized(zh: "清单条目", en: "Checklist items")
    static let worstPages = Localized(zh: "问题最多的页面", en: "Pages with the most problems")
    static let topRules = Localized(zh: "失败最多的规则", en: "Most frequently failed rules")
    static let truncated = Localized(zh: "仅显示前 %@ 项，共 %@ 项；完整内容见 HTML 或 JSON 报告。", en: "Showing the first %@ of %@; see the HTML or JSON report for all.")
    static let lineNumber = Localized(zh: "第 %@ 行", en: "line %@")
    static let noFailures = Localized(zh: "没有失败的规则。", en: "No rule failed.")
    static let pagesWithFailures = Localized(zh: "有问题的页面", en: "Pages with failures")
}
