import Testing

@testable import AuditCore

/// Reviewers' answers to manual items, scored by hand (the checklist of ScoringTests: P1 7.5, P2 22.5,
/// O1 30 (veto), R1 20 (manual)).
@Suite struct AnswersTests {
    let base = ScoringTests()

    private func answer(_ item: String, _ verdict: AnswerVerdict, pages: String? = nil, checklist: String = "hand") -> ChecklistAnswers {
        ChecklistAnswers([ManualAnswer(checklistID: checklist, itemID: item, verdict: verdict, reviewer: "王工", date: Day("2026-01-10"), pages: pages)])
    }

    private var page: PageResult { base.page("a.html", ["rule-a": .passed, "rule-b": .passed, "rule-c": .failed, "rule-d": .passed]) }

    @Test func anAnsweredPassAddsItsPointsToCoverageAndScore() {
        let unanswered = ScoringPolicy.scorePage(page, checklist: base.checklist, impacts: base.impacts)
        #expect(unanswered.coveredPoints == 60 && unanswered.score == 62.5)
        let score = ScoringPolicy.scorePage(page, checklist: base.checklist, impacts: base.impacts, answers: answer("R1", .pass))
        #expect(score.coveredPoints == 80)        // 60 + R1's 20
        #expect(score.earnedPoints == 57.5)       // 37.5 + 20
        #expect(score.score == 71.9)              // 100 × 57.5 / 80 = 71.875
        #expect(score.items[3].outcome == .passed && score.items[3].answered == true && score.items[3].earned == 20)
        #expect(score.items[0].answered == nil)
    }

    @Test func anAnsweredFailCoversThePointsAndEarnsNothing() {
        let score = ScoringPolicy.scorePage(page, checklist: base.checklist, impacts: base.impacts, answers: answer("R1", .fail))
        #expect(score.coveredPoints == 80 && score.earnedPoints == 37.5)
        #expect(score.score == 46.9)              // 100 × 37.5 / 80 = 46.875
        #expect(score.verdict == .fail)
        #expect(score.items[3].outcome == .failed)
    }

    @Test func aManualVetoItemAnsweredFailVetoes() {
        var checklist = base.checklist
        checklist.items.append(ScoringTests.item("M1", .operable, veto: true, rules: [], manual: true))
        // Operable 30 is now split between O1 and M1: 15 each.
        #expect(ScoringPolicy.itemPoints(checklist) == [7.5, 22.5, 15, 20, 15])
        let passed = ScoringPolicy.scorePage(page, checklist: checklist, impacts: base.impacts, answers: answer("M1", .pass))
        #expect(passed.verdict == .pass && passed.coveredPoints == 60 && passed.earnedPoints == 37.5)
        let failed = ScoringPolicy.scorePage(page, checklist: checklist, impacts: base.impacts, answers: answer("M1", .fail))
        #expect(failed.verdict == .vetoed && failed.vetoItems == ["M1"])
    }

    @Test func pagesScopeTheAnswer() {
        let pages = [base.page("a.html", ["rule-a": .passed]), base.page("news/b.html", ["rule-a": .passed])]
        let scoped = answer("R1", .fail, pages: "news/**")
        let onNews = ScoringPolicy.scorePage(pages[1], checklist: base.checklist, impacts: base.impacts, answers: scoped)
        let elsewhere = ScoringPolicy.scorePage(pages[0], checklist: base.checklist, impacts: base.impacts, answers: scoped)
        #expect(onNews.items[3].outcome == .failed)
        #expect(elsewhere.items[3].outcome == .manual && elsewhere.items[3].answered == nil)
        // Site: R1 decided on one page (failed) → covered 20, earned 0; P1 passed on both → 7.5.
        let site = ScoringPolicy.scoreSite(pages, checklist: base.checklist, impacts: base.impacts, answers: scoped)
        #expect(site.items[3].pagesFailed == 1 && site.items[3].pagesPassed == 0)
        #expect(site.coveredPoints == 27.5 && site.earnedPoints == 7.5)
        #expect(site.score == 27.3)               // 100 × 7.5 / 27.5 = 27.27
    }

    // MARK: The answers file

    @Test func answersFileIsCheckedAgainstTheChecklists() throws {
        var other = base.checklist
        other.id = "other"
        let answers = try AnswersFile.parse(yaml: """
            answers:
              hand:R1:
                verdict: pass
                reviewer: 王工
                date: 2026-01-10
                note: 已人工检查
                evidence: tickets/12
                pages: "news/**"
            """, file: "answers.yml", checklists: [base.checklist, other])
        #expect(answers == [ManualAnswer(checklistID: "hand", itemID: "R1", verdict: .pass, note: "已人工检查", evidence: "tickets/12",
                                         reviewer: "王工", date: Day("2026-01-10"), pages: "news/**")])

        func problems(_ yaml: String, _ checklists: [Checklist]) -> String {
            do { _ = try AnswersFile.parse(yaml: yaml, file: "answers.yml", checklists: checklists); return "" } catch { return "\(error)" }
        }
        #expect(problems("answers:\n  Z9: {verdict: pass}\n", [base.checklist]).contains("answers.yml:2: unknown checklist item 'Z9'"))
        #expect(problems("answers:\n  P1: {verdict: pass}\n", [base.checklist]).contains("checked automatically"))
        #expect(problems("answers:\n  R1: {verdict: maybe}\n", [base.checklist]).contains("pass or fail"))
        #expect(problems("answers:\n  R1: {reviewer: x}\n", [base.checklist]).contains("needs 'verdict"))
        #expect(problems("answers:\n  R1: {verdict: pass, signed: yes}\n", [base.checklist]).contains("unknown key 'signed'"))
        #expect(problems("answers:\n  R1: {verdict: pass}\n", [base.checklist, other]).contains("several checklists"))
        #expect(problems("answer:\n  R1: {verdict: pass}\n", [base.checklist]).contains("unknown key 'answer'"))
    }
}
