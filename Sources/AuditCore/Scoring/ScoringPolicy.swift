/// Computes scores; pure functions of page results and a checklist.
///
/// Technical proxy score (the default, shaped like the MIIT 评测 technical evaluation):
/// 1. Each principle carries its points (default 可感知 30 / 可操作 30 / 可理解 20 / 兼容 20); an item's
///    points are its principle's points × its weight ÷ the sum of weights of the principle's items.
/// 2. An item's outcome combines its rules' outcomes: any failed → failed; else any cantTell → cantTell;
///    else any passed → passed; else inapplicable. Items without rules are manual.
/// 3. Only passed and failed items are covered; cantTell, inapplicable and unanswered manual items leave
///    the denominator and show as coverage ("the score covers N of 100 points"). A manual item answered
///    by a reviewer (`--answers`) is passed or failed on the pages its answer covers, like an automated one.
/// 4. score = 100 × earned points ÷ covered points. Any failed veto item makes the verdict `vetoed`;
///    otherwise score ≥ pass mark is `pass`.
/// At site level an item earns its points in proportion to the pages on which it passed among those
/// where it was decided, and the site is vetoed when any page is.
///
/// Weighted pass rate (second model): 100 × Σ impact weight of passed rules ÷ Σ impact weight of passed
/// and failed rules, over the checklist's rules (weights 10/7/3/1 for critical/serious/moderate/minor);
/// the site value is the mean over pages that have one.
public enum ScoringPolicy {
    public static func scorePage(_ page: PageResult, checklist: Checklist, impacts: [String: Impact],
                                 answers: ChecklistAnswers = .none) -> ChecklistScore {
        score(pages: [page], checklist: checklist, impacts: impacts, answers: answers)
    }

    public static func scoreSite(_ pages: [PageResult], checklist: Checklist, impacts: [String: Impact],
                                 answers: ChecklistAnswers = .none) -> ChecklistScore {
        score(pages: pages, checklist: checklist, impacts: impacts, answers: answers)
    }

    /// The points of each item, by the rule in step 1.
    public static func itemPoints(_ checklist: Checklist) -> [Double] {
        var totals: [Principle: Double] = [:]
        for item in checklist.items { totals[item.principle, default: 0] += item.effectiveWeight }
        return checklist.items.map { item in
            guard let total = totals[item.principle], total > 0 else { return 0 }
            return checklist.scoring.weight(of: item.principle) * item.effectiveWeight / total
        }
    }

    public static func itemOutcome(_ item: ChecklistItem, on page: PageResult, answer: ManualAnswer? = nil) -> ItemOutcome {
        if item.isManual {
            guard let answer, answer.covers(page.path) else { return .manual }
            if let scope = item.appliesTo, !scope.includes(page.traits) { return .inapplicable }
            return answer.verdict == .pass ? .passed : .failed
        }
        if let scope = item.appliesTo, !scope.includes(page.traits) { return .inapplicable }
        switch Outcome.combine(item.rules.map { page.outcome(of: $0) }) {
        case .passed: return .passed
        case .failed: return .failed
        case .cantTell: return .cantTell
        case .inapplicable: return .inapplicable
        }
    }

    static func score(pages: [PageResult], checklist: Checklist, impacts: [String: Impact], answers: ChecklistAnswers) -> ChecklistScore {
        let points = itemPoints(checklist)
        var items: [ItemScore] = []
        var covered = 0.0, earned = 0.0
        var vetoItems: [String] = []
        for (index, item) in checklist.items.enumerated() {
            let answer = item.isManual ? answers[item.id] : nil
            let outcomes = pages.map { itemOutcome(item, on: $0, answer: answer) }
            let passedPages = outcomes.filter { $0 == .passed }.count
            let failedPages = outcomes.filter { $0 == .failed }.count
            let answered = item.isManual && passedPages + failedPages > 0
            let outcome: ItemOutcome
            if item.isManual && !answered { outcome = .manual }
            else if failedPages > 0 { outcome = .failed }
            else if outcomes.contains(.cantTell) { outcome = .cantTell }
            else if passedPages > 0 { outcome = .passed }
            else { outcome = .inapplicable }
            var itemEarned = 0.0
            if passedPages + failedPages > 0 {
                covered += points[index]
                itemEarned = points[index] * Double(passedPages) / Double(passedPages + failedPages)
                earned += itemEarned
            }
            if item.isVeto && failedPages > 0 { vetoItems.append(item.id) }
            let failedRules = item.rules.filter { rule in pages.contains { $0.outcome(of: rule) == .failed } }
            items.append(ItemScore(
                itemID: item.id, outcome: outcome, points: rounded(points[index]), earned: rounded(itemEarned),
                pagesPassed: passedPages, pagesFailed: failedPages, failedRules: failedRules, answered: answered ? true : nil))
        }
        let score: Double? = covered > 0 ? rounded(100 * earned / covered) : nil
        let verdict: ScoreVerdict
        if !vetoItems.isEmpty { verdict = .vetoed }
        else if let score { verdict = score >= checklist.scoring.passMark ? .pass : .fail }
        else { verdict = .notScored }

        let rates = pages.compactMap { weightedPassRate($0, rules: checklist.ruleIDs, impacts: impacts) }
        let meanRate: Double? = rates.isEmpty ? nil : rounded(rates.reduce(0, +) / Double(rates.count))
        return ChecklistScore(
            checklistID: checklist.id, verdict: verdict, score: score, coveredPoints: rounded(covered),
            earnedPoints: rounded(earned), passMark: checklist.scoring.passMark, vetoItems: vetoItems,
            weightedPassRate: meanRate, items: items)
    }

    static func weightedPassRate(_ page: PageResult, rules: [String], impacts: [String: Impact]) -> Double? {
        var passed = 0.0, decided = 0.0
        for rule in rules {
            let weight = impacts[rule]?.weight ?? 1
            switch page.outcome(of: rule) {
            case .passed: passed += weight; decided += weight
            case .failed: decided += weight
            default: break
            }
        }
        return decided > 0 ? 100 * passed / decided : nil
    }

    /// Scores are shown with one decimal; rounding here keeps JSON stable across platforms.
    static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
