import Testing

@testable import AuditCore

/// Scores on small cases computed by hand.
@Suite struct ScoringTests {
    /// Two perceivable items (weights 1 and 3), one operable veto item, one robust manual item.
    let checklist = Checklist(
        formatVersion: 1, id: "hand", title: Localized(zh: "手算", en: "Hand"), description: Localized(zh: "", en: ""),
        source: Localized(zh: "测试", en: "test"), scoring: ScoringSettings(passMark: 60, principles: ["perceivable": 30, "operable": 30, "understandable": 20, "robust": 20]),
        items: [
            item("P1", .perceivable, weight: 1, rules: ["rule-a"]),
            item("P2", .perceivable, weight: 3, rules: ["rule-b", "rule-c"]),
            item("O1", .operable, veto: true, rules: ["rule-d"]),
            item("R1", .robust, rules: [], manual: true),
        ])

    static func item(_ id: String, _ principle: Principle, weight: Double? = nil, veto: Bool? = nil, rules: [String], manual: Bool? = nil) -> ChecklistItem {
        ChecklistItem(id: id, title: Localized(zh: id, en: id), principle: principle, weight: weight, veto: veto, level: nil,
                      wcag: nil, clause: nil, clauseVerified: nil, evidence: nil, rules: rules, manual: manual, appliesTo: nil, note: nil)
    }

    func page(_ path: String, _ outcomes: [String: Outcome]) -> PageResult {
        PageResult(
            path: path, title: nil, traits: PageTraits(),
            encoding: EncodingReportFixture.utf8, byteCount: 0, elementCount: 0, parserDiagnosticCount: 0, parserDiagnostics: [],
            rules: outcomes.map { RuleResult(ruleID: $0.key, outcome: $0.value, passed: 0, failed: 0, cantTell: 0) }.sorted { $0.ruleID < $1.ruleID },
            findings: [], notes: [])
    }

    let impacts: [String: Impact] = ["rule-a": .critical, "rule-b": .minor, "rule-c": .serious, "rule-d": .moderate]

    @Test func itemPointsSplitEachPrinciple() {
        // Perceivable 30 split 1:3 → 7.5 and 22.5; operable 30 to O1; robust 20 to R1 (manual).
        #expect(ScoringPolicy.itemPoints(checklist) == [7.5, 22.5, 30, 20])
    }

    @Test func pageScoreCoversOnlyDecidedItems() {
        // P1 passed (7.5), P2 failed (rule-c failed), O1 passed (30), R1 manual.
        let score = ScoringPolicy.scorePage(page("a.html", ["rule-a": .passed, "rule-b": .passed, "rule-c": .failed, "rule-d": .passed]),
                                            checklist: checklist, impacts: impacts)
        #expect(score.coveredPoints == 60)        // 7.5 + 22.5 + 30
        #expect(score.earnedPoints == 37.5)       // 7.5 + 30
        #expect(score.score == 62.5)              // 100 × 37.5 / 60
        #expect(score.verdict == .pass)
        #expect(score.items.map(\.outcome) == [.passed, .failed, .passed, .manual])
        // Weighted pass rate: passed a(10) + b(1) + d(3) = 14 of 21.
        #expect(score.weightedPassRate == 66.7)
    }

    @Test func cantTellAndInapplicableLeaveTheDenominator() {
        let score = ScoringPolicy.scorePage(page("a.html", ["rule-a": .failed, "rule-b": .cantTell, "rule-d": .inapplicable]),
                                            checklist: checklist, impacts: impacts)
        #expect(score.coveredPoints == 7.5)
        #expect(score.score == 0)
        #expect(score.verdict == .fail)
        #expect(score.items.map(\.outcome) == [.failed, .cantTell, .inapplicable, .manual])
    }

    @Test func aFailedVetoItemVetoesWhateverTheScore() {
        let score = ScoringPolicy.scorePage(page("a.html", ["rule-a": .passed, "rule-b": .passed, "rule-c": .passed, "rule-d": .failed]),
                                            checklist: checklist, impacts: impacts)
        #expect(score.score == 50)  // 30 of 60
        #expect(score.verdict == .vetoed)
        #expect(score.vetoItems == ["O1"])
    }

    @Test func nothingDecidedIsNotScored() {
        let score = ScoringPolicy.scorePage(page("a.html", [:]), checklist: checklist, impacts: impacts)
        #expect(score.score == nil)
        #expect(score.verdict == .notScored)
        #expect(score.weightedPassRate == nil)
    }

    @Test func siteItemsEarnInProportionToPassingPages() {
        let pages = [
            page("a.html", ["rule-a": .passed, "rule-d": .passed]),
            page("b.html", ["rule-a": .failed, "rule-d": .passed]),
            page("c.html", ["rule-a": .passed, "rule-b": .passed, "rule-c": .passed, "rule-d": .passed]),
        ]
        let score = ScoringPolicy.scoreSite(pages, checklist: checklist, impacts: impacts)
        // P1: 2 of 3 pages → 5 of 7.5; P2: 1 of 1 → 22.5; O1: 3 of 3 → 30. Covered 60, earned 57.5.
        #expect(score.coveredPoints == 60)
        #expect(score.earnedPoints == 57.5)
        #expect(score.score == 95.8)
        #expect(score.items[0].outcome == .failed)
        #expect(score.items[0].pagesPassed == 2 && score.items[0].pagesFailed == 1)
        #expect(score.verdict == .pass)
    }

    @Test func itemsScopedToElderPagesAreInapplicableElsewhere() {
        var scoped = checklist
        scoped.items[2].appliesTo = .elderPages
        let ordinary = page("a.html", ["rule-a": .passed, "rule-d": .failed])
        #expect(ScoringPolicy.itemOutcome(scoped.items[2], on: ordinary) == .inapplicable)
        #expect(ScoringPolicy.scorePage(ordinary, checklist: scoped, impacts: impacts).verdict == .pass)
        var elder = ordinary
        elder.traits.isElderPage = true
        #expect(ScoringPolicy.scorePage(elder, checklist: scoped, impacts: impacts).verdict == .vetoed)
    }

    @Test func outcomesCombineFailureFirst() {
        #expect(Outcome.combine([.passed, .cantTell, .inapplicable]) == .cantTell)
        #expect(Outcome.combine([.passed, .failed, .cantTell]) == .failed)
        #expect(Outcome.combine([.inapplicable, .passed]) == .passed)
        #expect(Outcome.combine([]) == .inapplicable)
    }
}

enum EncodingReportFixture {
    static let utf8 = HTMLDOMEncoding.utf8
}
