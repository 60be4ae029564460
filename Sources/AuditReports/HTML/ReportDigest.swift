import AuditCore

/// Numbers the HTML views need that the report model does not hold directly (per-rule totals, the pages
/// on which each item failed, the principles a rule evidences). Computed once per render.
struct ReportDigest {
    struct RuleTally {
        var failed = 0
        var cantTell = 0
        /// (page index, failures, needs review), in page order.
        var pages: [(index: Int, failed: Int, cantTell: Int)] = []
    }

    let report: AuditReport
    let primary: ChecklistReport?
    /// Rule id → the principles of the checklist items it evidences (in every checklist), sorted.
    let rulePrinciples: [String: [Principle]]
    /// Rule id → failures, needs-review findings and the pages they are on.
    let ruleTallies: [String: RuleTally]
    /// "checklist id\u{1F}item id" → indices of the pages on which the item failed.
    private let failedPagesByItem: [String: [Int]]

    init(_ report: AuditReport) {
        self.report = report
        primary = report.checklists.first
        var principles: [String: Set<Principle>] = [:]
        for checklist in report.checklists {
            for item in checklist.items { for rule in item.rules { principles[rule, default: []].insert(item.principle) } }
        }
        rulePrinciples = principles.mapValues { set in Principle.allCases.filter(set.contains) }

        var tallies: [String: RuleTally] = [:]
        var failedPages: [String: [Int]] = [:]
        for (index, page) in report.pages.enumerated() {
            var perRule: [String: (Int, Int)] = [:]
            for finding in page.result.findings {
                switch finding.outcome {
                case .failed: perRule[finding.ruleID, default: (0, 0)].0 += 1
                case .cantTell: perRule[finding.ruleID, default: (0, 0)].1 += 1
                default: break
                }
            }
            for (rule, counts) in perRule {
                tallies[rule, default: RuleTally()].failed += counts.0
                tallies[rule, default: RuleTally()].cantTell += counts.1
                tallies[rule, default: RuleTally()].pages.append((index, counts.0, counts.1))
            }
            for (checklistID, score) in page.scores {
                for item in score.items where item.outcome == .failed {
                    failedPages["\(checklistID)\u{1F}\(item.itemID)", default: []].append(index)
                }
            }
        }
        ruleTallies = tallies
        failedPagesByItem = failedPages
    }

    func failedPages(checklist: String, item: String) -> [Int] { failedPagesByItem["\(checklist)\u{1F}\(item)"] ?? [] }

    /// Rules with at least one finding: most failures first, then most needing review, then by id.
    var rulesWithFindings: [RuleSummary] {
        report.rules.filter { ruleTallies[$0.id] != nil }.sorted { a, b in
            let x = ruleTallies[a.id]!, y = ruleTallies[b.id]!
            if x.failed != y.failed { return x.failed > y.failed }
            if x.cantTell != y.cantTell { return x.cantTell > y.cantTell }
            return a.id < b.id
        }
    }

    /// `data-principles` value for a rule: space-separated principle names (empty when unmapped).
    func principlesAttribute(_ rule: String) -> String { (rulePrinciples[rule] ?? []).map(\.rawValue).joined(separator: " ") }

    static func pageAnchor(_ index: Int) -> String { "page-\(index + 1)" }
}

extension ReportStrings {
    /// A count or aside in brackets, with the punctuation of the report language: "问题（3）", "Findings (3)".
    func bracketed(_ text: String) -> String { language == .zh ? "（\(text)）" : " (\(text))" }
    /// Joins a list with the language's enumeration comma (、 or ,).
    func list(_ parts: [String]) -> String { parts.joined(separator: self["listSeparator"]) }
    /// Joins clauses of one line (；or ·).
    func clauses(_ parts: [String]) -> String { parts.joined(separator: self["clauseSeparator"]) }
}

/// Text taken from audited pages (titles) that is Chinese while the report is English gets `lang`, so
/// screen readers switch voices (WCAG 3.1.2). The reverse case cannot be told apart from identifiers.
func foreignTextAttributes(_ text: String, _ language: ReportLanguage) -> [(String, String)] {
    guard language == .en, text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }) else { return [] }
    return [("lang", "zh-CN")]
}
