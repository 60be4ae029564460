/// An item's outcome on a page or site. `manual` items wait for a person.
public enum ItemOutcome: String, Codable, Sendable, CaseIterable {
    case passed, failed, cantTell, inapplicable, manual
}

/// The overall verdict of a page or site under a checklist.
public enum ScoreVerdict: String, Codable, Sendable {
    /// No failed veto item and a technical score at or above the pass mark.
    case pass
    /// No failed veto item, technical score below the pass mark.
    case fail
    /// A veto item failed (否决): the score no longer decides.
    case vetoed
    /// No automated item could be decided, so there is no score.
    case notScored
}

/// One item's contribution to a score.
public struct ItemScore: Codable, Sendable, Equatable {
    public var itemID: String
    public var outcome: ItemOutcome
    /// The item's share of the 100 points (principle weight × item weight ÷ the principle's item weights).
    public var points: Double
    /// Points earned: all of them when passed; at site level, in proportion to the pages that passed.
    public var earned: Double
    /// Pages on which the item passed and failed (site level; 0 or 1 on a page).
    public var pagesPassed: Int
    public var pagesFailed: Int
    /// Rules that failed for this item, for the report's "why".
    public var failedRules: [String]
    /// True when a reviewer's answer decided this manual item (`AuditReport.answers` says who and why);
    /// absent otherwise.
    public var answered: Bool?

    public init(itemID: String, outcome: ItemOutcome, points: Double, earned: Double, pagesPassed: Int, pagesFailed: Int,
                failedRules: [String], answered: Bool? = nil) {
        self.itemID = itemID
        self.outcome = outcome
        self.points = points
        self.earned = earned
        self.pagesPassed = pagesPassed
        self.pagesFailed = pagesFailed
        self.failedRules = failedRules
        self.answered = answered
    }
}

/// A score under one checklist: the MIIT-shaped technical proxy plus a weighted pass rate.
public struct ChecklistScore: Codable, Sendable, Equatable {
    public var checklistID: String
    public var verdict: ScoreVerdict
    /// Technical proxy score 0–100 over the covered points, or nil when nothing was covered.
    public var score: Double?
    /// How many of the 100 points the automated, decided items cover.
    public var coveredPoints: Double
    public var earnedPoints: Double
    public var passMark: Double
    /// Failed veto items.
    public var vetoItems: [String]
    /// Second model: impact-weighted pass rate of the checklist's rules (Lighthouse style), 0–100.
    public var weightedPassRate: Double?
    public var items: [ItemScore]
}
