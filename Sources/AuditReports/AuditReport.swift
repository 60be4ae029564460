import AuditCore
import HTMLDOM

/// Facts about the run that reporters print but cannot compute themselves (no clock access in reporters).
public struct ReportMetadata: Codable, Sendable, Equatable {
    public var toolName: String
    public var toolVersion: String
    public var parserVersion: String
    /// ISO 8601; from SOURCE_DATE_EPOCH when set, so reports can be reproduced byte for byte.
    public var generatedAt: String
    /// The paths given on the command line.
    public var inputs: [String]

    public init(toolName: String = "wza", toolVersion: String, parserVersion: String, generatedAt: String, inputs: [String]) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.parserVersion = parserVersion
        self.generatedAt = generatedAt
        self.inputs = inputs
    }
}

/// A checklist's identity and site-level score, as reports show it.
public struct ChecklistReport: Codable, Sendable {
    public var id: String
    public var title: Localized
    public var description: Localized
    public var source: Localized
    public var principles: [String: Double]
    public var items: [ChecklistItem]
    public var site: ChecklistScore
}

/// One page with its scores under each checklist.
public struct PageReport: Codable, Sendable {
    public var result: PageResult
    /// Scores keyed by checklist id.
    public var scores: [String: ChecklistScore]
}

/// Totals for the summary line and CI.
public struct ReportTotals: Codable, Sendable, Equatable {
    public var pagesAudited: Int
    public var pagesSkipped: Int
    public var failed: Int
    public var cantTell: Int
    public var byImpact: [String: Int]
    /// Findings taken out by suppressions; absent when none.
    public var suppressed: Int?
    /// Against a baseline: active findings not in it, in it, and baseline findings gone. Absent without `--baseline`.
    public var newFindings: Int?
    public var existingFindings: Int?
    public var fixedFindings: Int?
}

/// The one view model every reporter reads: sorted, immutable, complete.
public struct AuditReport: Codable, Sendable {
    public static let schemaVersion = "1.3.0"
    public var schemaVersion: String
    public var metadata: ReportMetadata
    public var checklists: [ChecklistReport]
    public var rules: [RuleSummary]
    public var pages: [PageReport]
    public var skipped: [SkippedFile]
    public var totals: ReportTotals
    /// How the scores were computed, in both languages (also shown in the HTML report).
    public var scoringMethod: Localized
    /// The comparison with `--baseline` (counts and the fixed findings); each finding's
    /// `baselineStatus` says new or existing. Absent without a baseline.
    public var baseline: BaselineComparison?
    /// Suppressions with their use (used / unused / expired) and malformed inline comments; the
    /// suppressed findings themselves are in each page's `result.suppressed`. Absent when there are none.
    public var suppressions: SuppressionSummary?
    /// Reviewers' answers to manual items (`--answers`), sorted by checklist and item; item scores that
    /// an answer decided have `answered: true`. Absent without answers.
    public var answers: [ManualAnswer]?
    /// The gates and their verdict (set by the command before writing reports).
    public var gate: GateOutcome?
    /// Option values a later checklist wanted but an earlier source had decided (set by the command); absent when none.
    public var ruleOptionOverrides: [RuleOptions.Override]?

    /// Scores every page and the site under each checklist.
    /// - Parameters:
    ///   - site: pages after suppressions and baseline classification.
    ///   - answers: reviewers' answers to manual items of these checklists; they count in the scores.
    public init(site: SiteAudit, checklists: [Checklist], rules: [RuleSummary], metadata: ReportMetadata,
                answers: [ManualAnswer] = [], suppressions: SuppressionSummary? = nil, baseline: BaselineComparison? = nil) {
        let answersByChecklist = Dictionary(grouping: answers, by: \.checklistID).mapValues(ChecklistAnswers.init)
        let impacts = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0.impact) })
        schemaVersion = Self.schemaVersion
        self.metadata = metadata
        self.rules = rules.sorted { $0.id < $1.id }
        self.checklists = checklists.map { checklist in
            ChecklistReport(
                id: checklist.id, title: checklist.title, description: checklist.description, source: checklist.source,
                principles: checklist.scoring.principles, items: checklist.items,
                site: ScoringPolicy.scoreSite(site.pages, checklist: checklist, impacts: impacts,
                                              answers: answersByChecklist[checklist.id] ?? .none))
        }
        pages = site.pages.map { page in
            PageReport(result: page, scores: Dictionary(uniqueKeysWithValues: checklists.map {
                ($0.id, ScoringPolicy.scorePage(page, checklist: $0, impacts: impacts, answers: answersByChecklist[$0.id] ?? .none))
            }))
        }
        skipped = site.skipped
        let findings = site.pages.flatMap(\.findings)
        var byImpact: [String: Int] = [:]
        for finding in findings where finding.outcome == .failed { byImpact[finding.impact.rawValue, default: 0] += 1 }
        totals = ReportTotals(
            pagesAudited: site.pages.count, pagesSkipped: site.skipped.count,
            failed: findings.filter { $0.outcome == .failed }.count,
            cantTell: findings.filter { $0.outcome == .cantTell }.count, byImpact: byImpact,
            suppressed: suppressions.flatMap { $0.suppressions.isEmpty && $0.problems.isEmpty ? nil : $0.suppressedFindings },
            newFindings: baseline?.new, existingFindings: baseline?.existing, fixedFindings: baseline?.fixed.count)
        scoringMethod = ScoringDescription.text
        self.baseline = baseline
        let hasSuppressions = suppressions.map { !$0.suppressions.isEmpty || !$0.problems.isEmpty } ?? false
        self.suppressions = hasSuppressions ? suppressions : nil
        self.answers = answers.isEmpty ? nil : answers.sorted { ($0.checklistID, $0.itemID) < ($1.checklistID, $1.itemID) }
    }

    /// Decides the gates on this report's pages and site scores, and records the outcome in `gate`.
    @discardableResult
    public mutating func applyGates(_ gates: Gates) -> GateOutcome {
        let outcome = GatePolicy.evaluate(
            gates, pages: pages.map(\.result), scores: checklists.map { ($0.id, $0.items, $0.site) }, baselineApplied: baseline != nil)
        gate = outcome
        return outcome
    }

    /// The answer that decided a manual item, if any.
    public func answer(checklist: String, item: String) -> ManualAnswer? {
        answers?.first { $0.checklistID == checklist && $0.itemID == item }
    }

    public func rule(_ id: String) -> RuleSummary? { rules.first { $0.id == id } }
}

/// The scoring method in words; kept beside the code that implements it (ScoringPolicy).
enum ScoringDescription {
    static let text = Localized(
        zh: """
            技术评价代理分（非官方评测结果）：先审核否决项，任一否决项未通过即判“否决”；再计算技术分。四项原则按清单权重分配 100 分（默认可感知 30、可操作 30、可理解 20、兼容 20），每项在所属原则内按权重分得分值。某项在页面上由其规则判定：任一规则失败为不通过，否则有需人工复核则为待定，否则有通过则为通过，否则不适用。只有判定为通过或不通过的项计入分母（“得分覆盖 N/100 分”）；待定、不适用和未作答的人工项不计入。人工项由评审人在答复文件中作答（通过或不通过）后，在其覆盖的页面上与自动项同样计分，不通过的人工否决项同样判定否决。被豁免（suppress）的问题不计入分数：仅因被豁免问题而失败的规则按其余元素判定。技术分 = 100 × 得分 ÷ 覆盖分值，达到及格线（默认 60）为通过。全站得分中，每项按其判定页面中通过的比例得分；任一页面被否决则全站否决。第二模型“加权通过率”按规则影响等级（严重 10、重要 7、中等 3、轻微 1）计算通过规则的权重占比，全站取页面平均值。用户满意度和自评部分无法从文件中测量，不在此分数内。
            """,
        en: """
            Technical proxy score (not an official evaluation result): veto items are checked first, and any failed veto item marks the page “vetoed”; then the technical score is computed. The four principles share 100 points by the checklist's weights (default perceivable 30, operable 30, understandable 20, robust 20); each item takes its weighted share of its principle. An item's outcome on a page combines its rules: any failure fails it, else any needs-review makes it cantTell, else any pass passes it, else it is inapplicable. Only items that passed or failed are counted (“the score covers N of 100 points”); cantTell, inapplicable and unanswered manual items are not. A manual item answered by a reviewer (pass or fail, in the answers file) counts like an automated one on the pages its answer covers, and a manual veto item answered fail vetoes. Suppressed findings do not count: a rule that failed only through suppressed findings is judged by its other elements. Technical score = 100 × earned ÷ covered points; at or above the pass mark (default 60) passes. For the site, each item earns its points in proportion to the pages on which it passed among those where it was decided; the site is vetoed when any page is. The second model, the weighted pass rate, is the share of rule weight that passed, with weights by impact (critical 10, serious 7, moderate 3, minor 1); the site value is the mean over pages. User satisfaction and self-assessment cannot be measured from files and are not part of this score.
            """)
}
