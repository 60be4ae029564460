/// How badly a failure blocks people, with axe-core's meaning of each level so users can compare.
public enum Impact: String, Codable, Sendable, CaseIterable, Comparable {
    case minor, moderate, serious, critical

    /// Weight in the weighted-pass-rate score (the Lighthouse accessibility weights for axe impacts).
    public var weight: Double {
        switch self {
        case .minor: 1
        case .moderate: 3
        case .serious: 7
        case .critical: 10
        }
    }

    public static func < (lhs: Impact, rhs: Impact) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The four ACT outcomes. A rule's outcome on a page combines its outcomes on elements:
/// any failed → failed; else any cantTell → cantTell; else any passed → passed; else inapplicable.
public enum Outcome: String, Codable, Sendable, CaseIterable {
    case passed, failed, cantTell, inapplicable

    /// Combines outcomes: failure dominates, then "cannot tell", then pass.
    public static func combine<S: Sequence>(_ outcomes: S) -> Outcome where S.Element == Outcome {
        var result = Outcome.inapplicable
        for outcome in outcomes {
            switch (result, outcome) {
            case (_, .failed): return .failed
            case (.inapplicable, _), (.passed, .cantTell): result = outcome
            default: break
            }
        }
        return result
    }
}
