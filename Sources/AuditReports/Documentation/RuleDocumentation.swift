import AuditCore

/// A rule's documentation page in Markdown, generated from its description (used by `wza explain`
/// and for `Docs/Rules/`; a test keeps the committed pages current).
public enum RuleDocumentation {
    public static func render(_ rule: RuleDescription, language: ReportLanguage) -> String {
        let zh = language == .zh
        var lines: [String] = []
        lines.append("# \(rule.id): \(rule.title.text(language))")
        lines.append("")
        var facts = ["\(zh ? "影响" : "Impact"): \(rule.impact.rawValue)"]
        if !rule.wcag.isEmpty { facts.append("WCAG: \(rule.wcag.joined(separator: ", "))") }
        if !rule.act.isEmpty { facts.append("ACT: \(rule.act.joined(separator: ", "))") }
        if !rule.references.isEmpty { facts.append("\(zh ? "对应条款" : "References"): \(rule.references.joined(separator: ", "))") }
        if rule.informational { facts.append(zh ? "信息性规则（不会失败）" : "Informational (never fails)") }
        lines.append(facts.joined(separator: " · "))
        lines.append("")
        lines.append(zh ? "## 为什么重要" : "## Why it matters")
        lines.append("")
        lines.append(rule.rationale.text(language))
        lines.append("")
        lines.append(zh ? "## 如何修复" : "## How to fix")
        lines.append("")
        lines.append(rule.fix.text(language))
        for (title, examples) in [(zh ? "## 通过的示例" : "## Passing examples", rule.passingExamples),
                                  (zh ? "## 失败的示例" : "## Failing examples", rule.failingExamples),
                                  (zh ? "## 需人工复核的示例" : "## Needs-review examples", rule.cantTellExamples)] where !examples.isEmpty {
            lines.append("")
            lines.append(title)
            for example in examples {
                lines.append("")
                lines.append("```html")
                lines.append(example.unmarkedHTML)
                lines.append("```")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
