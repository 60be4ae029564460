/// One W3C ACT test case from the corpus manifest.
public struct ACTTestCase: Codable, Sendable {
    public var ruleId: String
    public var ruleName: String
    public var testcaseTitle: String
    public var expected: Outcome
    public var path: String
    public var approved: Bool
    public var deprecated: Bool
}

/// How an implementation fares on one ACT rule, by the W3C definitions
/// (w3c/wcag-act-rules, content/implementations.md).
public enum ACTConsistency: String, Codable, Sendable, CaseIterable {
    /// No false positive, every failed example failed (or cantTell), and not every example is cantTell.
    case complete
    /// No false positive, but some failed examples are missed, or everything is cantTell.
    case partial
    /// A passed or inapplicable example was reported failed: the worst result.
    case inconsistent
    /// No wza rule implements it.
    case untested
}

/// The verdict of wza on one ACT rule, with the evidence.
public struct ACTRuleReport: Sendable {
    public var ruleID: String
    public var name: String
    public var approved: Bool
    public var wzaRules: [String]
    public var consistency: ACTConsistency
    /// (case title, path) of every passed or inapplicable case wza failed.
    public var falsePositives: [(String, String)]
    /// (case title, path, wza outcome) of every failed case wza did not fail.
    public var missed: [(String, String, Outcome)]
    public var cases: Int
}

/// Classifies wza's outcomes on the ACT corpus. Pure: the caller runs the audits.
public enum ACTConformance {
    /// `outcomes[path]` is wza's combined outcome, over the rules that implement the case's ACT rule.
    public static func classify(cases: [ACTTestCase], implementations: [String: [String]],
                                outcome: (ACTTestCase) -> Outcome) -> [ACTRuleReport] {
        let byRule = Dictionary(grouping: cases.filter { !$0.deprecated }, by: \.ruleId)
        return byRule.keys.sorted().map { ruleID in
            let ruleCases = byRule[ruleID]!
            let rules = implementations[ruleID] ?? []
            var report = ACTRuleReport(
                ruleID: ruleID, name: ruleCases[0].ruleName, approved: ruleCases[0].approved, wzaRules: rules,
                consistency: .untested, falsePositives: [], missed: [], cases: ruleCases.count)
            guard !rules.isEmpty else { return report }
            var cantTell = 0
            var detected = 0
            let failedCases = ruleCases.filter { $0.expected == .failed }
            for testCase in ruleCases {
                let actual = outcome(testCase)
                if actual == .cantTell { cantTell += 1 }
                switch testCase.expected {
                case .failed:
                    if actual == .failed || actual == .cantTell { detected += 1 } else { report.missed.append((testCase.testcaseTitle, testCase.path, actual)) }
                default:
                    if actual == .failed { report.falsePositives.append((testCase.testcaseTitle, testCase.path)) }
                }
            }
            if !report.falsePositives.isEmpty {
                report.consistency = .inconsistent
            } else if report.missed.isEmpty && cantTell < ruleCases.count
                        && (failedCases.isEmpty || failedCases.contains { outcome($0) == .failed }) {
                report.consistency = .complete
            } else {
                report.consistency = .partial
            }
            return report
        }
    }

    /// `ACT approved: <c> complete, <p> partial, <i> inconsistent, <u> untested | proposed: …`
    public static func summaryLine(_ reports: [ACTRuleReport]) -> String {
        func counts(_ approved: Bool) -> String {
            let group = reports.filter { $0.approved == approved }
            let n = { (kind: ACTConsistency) in group.filter { $0.consistency == kind }.count }
            return "\(n(.complete)) complete, \(n(.partial)) partial, \(n(.inconsistent)) inconsistent, \(n(.untested)) untested"
        }
        return "ACT approved: \(counts(true)) | proposed: \(counts(false))"
    }
}
