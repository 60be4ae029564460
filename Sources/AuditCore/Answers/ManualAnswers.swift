/// A reviewer's verdict on a manual checklist item (`--answers FILE`).
public enum AnswerVerdict: String, Codable, Sendable, Hashable, CaseIterable {
    case pass, fail
}

/// One answered manual item: who checked what, when, and with what result.
public struct ManualAnswer: Codable, Sendable, Hashable {
    /// The checklist it belongs to.
    public var checklistID: String
    public var itemID: String
    public var verdict: AnswerVerdict
    public var note: String?
    /// Where the evidence is (a file, a ticket, a screenshot).
    public var evidence: String?
    public var reviewer: String?
    public var date: Day?
    /// Glob of the pages the answer covers; nil covers every page.
    public var pages: String?

    public init(checklistID: String, itemID: String, verdict: AnswerVerdict, note: String? = nil, evidence: String? = nil,
                reviewer: String? = nil, date: Day? = nil, pages: String? = nil) {
        self.checklistID = checklistID
        self.itemID = itemID
        self.verdict = verdict
        self.note = note
        self.evidence = evidence
        self.reviewer = reviewer
        self.date = date
        self.pages = pages
    }

    /// True when the answer covers the page at `path`.
    public func covers(_ path: String) -> Bool { pages.map { Glob($0).matches(path) } ?? true }
}

/// Answers for the items of one checklist, keyed by item id. Scoring reads it; it never changes.
public struct ChecklistAnswers: Sendable, Equatable {
    public var byItem: [String: ManualAnswer]

    public init(_ answers: [ManualAnswer] = []) {
        byItem = Dictionary(answers.map { ($0.itemID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static let none = ChecklistAnswers()
    public subscript(itemID: String) -> ManualAnswer? { byItem[itemID] }
    public var isEmpty: Bool { byItem.isEmpty }
}
