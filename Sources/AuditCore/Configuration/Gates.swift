/// `--fail-on`: which findings make the run exit 1.
public enum FailOn: String, Codable, Sendable, CaseIterable {
    /// A failed veto item (否决) on any page.
    case veto
    /// A failed finding with critical impact.
    case critical
    /// A failed finding with serious or critical impact.
    case serious
    /// Any failed finding (`failed` is accepted as an alias).
    case any
    /// Any finding that is not in the baseline (needs `--baseline`).
    case new
    /// Never (only `--fail-under` and `--max-findings` can fail the run).
    case never

    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public init?(parsing text: String) {
        let lower = text.lowercased()
        if lower == "failed" { self = .any; return }
        self.init(rawValue: lower)
    }
}

/// The gates of a run.
public struct Gates: Sendable, Equatable {
    public var failOn: FailOn
    /// Exit 1 when a checklist's site score is below this.
    public var failUnder: Double?
    /// Exit 1 when more findings than this count (new ones only, with a baseline).
    public var maxFindings: Int?
    /// Needs-review findings count like failures (otherwise they never fail a run).
    public var failOnReview: Bool

    public init(failOn: FailOn = .veto, failUnder: Double? = nil, maxFindings: Int? = nil, failOnReview: Bool = false) {
        self.failOn = failOn
        self.failUnder = failUnder
        self.maxFindings = maxFindings
        self.failOnReview = failOnReview
    }
}

/// The gates' verdict, for the report and the exit code.
public struct GateOutcome: Codable, Sendable, Equatable {
    public var failOn: FailOn
    public var failUnder: Double?
    public var maxFindings: Int?
    public var failOnReview: Bool
    /// True when only findings new against the baseline counted.
    public var baselineApplied: Bool
    /// Findings the gates counted.
    public var countedFindings: Int
    public var passed: Bool
    /// Why it failed, one line each (English, for CI logs).
    public var failures: [String]
}

/// Decides the gates. Pure: the same pages, scores and settings always give the same outcome.
public enum GatePolicy {
    /// - Parameters:
    ///   - pages: page results after suppressions and baseline classification.
    ///   - scores: each checklist with its site score.
    ///   - baselineApplied: when true only `new` findings count (and failed manual veto items still veto).
    public static func evaluate(_ gates: Gates, pages: [PageResult], scores: [(checklistID: String, items: [ChecklistItem], site: ChecklistScore)],
                                baselineApplied: Bool) -> GateOutcome {
        var counted: [(page: PageResult, finding: Finding)] = []
        for page in pages {
            for finding in page.findings {
                guard finding.outcome == .failed || (gates.failOnReview && finding.outcome == .cantTell) else { continue }
                if baselineApplied && finding.baselineStatus != .new { continue }
                counted.append((page, finding))
            }
        }
        var failures: [String] = []
        let which = baselineApplied ? "new " : ""
        let kind = gates.failOnReview ? "failed or needs-review" : "failed"
        switch gates.failOn {
        case .never: break
        case .veto:
            var items: [String] = []
            for (checklistID, checklistItems, site) in scores {
                for item in checklistItems where item.isVeto {
                    // A manual veto item a reviewer answered "fail" vetoes, baseline or not.
                    if item.isManual, site.vetoItems.contains(item.id) { items.append("\(checklistID) \(item.id)"); continue }
                    let hit = counted.contains { entry in
                        item.rules.contains(entry.finding.ruleID) && (item.appliesTo?.includes(entry.page.traits) ?? true)
                    }
                    if hit { items.append("\(checklistID) \(item.id)") }
                }
            }
            if !items.isEmpty { failures.append("veto items failed (\(which)\(kind) findings): \(items.joined(separator: ", ")) (--fail-on veto)") }
        case .critical, .serious, .any, .new:
            let threshold: Impact? = gates.failOn == .critical ? .critical : gates.failOn == .serious ? .serious : nil
            let hits = counted.filter { entry in threshold.map { entry.finding.impact >= $0 } ?? true }
            if !hits.isEmpty {
                let level = threshold.map { "\($0.rawValue)\($0 == .serious ? " or critical" : "") " } ?? ""
                failures.append("\(hits.count) \(which)\(level)\(kind) finding\(hits.count == 1 ? "" : "s") (--fail-on \(gates.failOn.rawValue))")
            }
        }
        if let limit = gates.maxFindings, counted.count > limit {
            failures.append("\(counted.count) \(which)\(kind) findings, more than --max-findings \(limit)")
        }
        if let floor = gates.failUnder {
            for (checklistID, _, site) in scores where (site.score ?? 0) < floor {
                let shown = site.score.map { String($0) } ?? "not scored"
                failures.append("\(checklistID) site score \(shown) is below --fail-under \(floor.formatted)")
            }
        }
        return GateOutcome(
            failOn: gates.failOn, failUnder: gates.failUnder, maxFindings: gates.maxFindings, failOnReview: gates.failOnReview,
            baselineApplied: baselineApplied, countedFindings: counted.count, passed: failures.isEmpty, failures: failures)
    }
}

private extension Double {
    var formatted: String { self == rounded() ? String(Int(self)) : String(self) }
}
