/// A recorded set of findings (`wza baseline create`): later audits with `--baseline` call a finding
/// `existing` when its fingerprint is in the baseline and `new` otherwise, and list the baseline's
/// findings that are gone as `fixed`, so the baseline can shrink. Sorted and without timestamps, so the
/// same findings always give the same file.
public struct Baseline: Codable, Sendable, Equatable {
    public static let currentFormatVersion = 1
    /// The fingerprint scheme the entries use (`Finding.fingerprint`).
    public static let fingerprintScheme = "wza/v1"

    public var formatVersion: Int
    public var tool: String
    public var fingerprintScheme: String
    /// Checklists of the audit that recorded it (for information).
    public var checklists: [String]
    /// Sorted by path, rule, fingerprint.
    public var findings: [BaselineEntry]

    public init(findings: [BaselineEntry], checklists: [String], tool: String = "wza") {
        formatVersion = Self.currentFormatVersion
        self.tool = tool
        fingerprintScheme = Self.fingerprintScheme
        self.checklists = checklists
        self.findings = findings.sorted()
    }

    /// The active findings (failed and needs-review) of an audit, after suppressions.
    public init(site: SiteAudit, checklists: [String]) {
        self.init(findings: site.pages.flatMap { $0.findings.map(BaselineEntry.init) }, checklists: checklists)
    }

    /// Sets `baselineStatus` on every active finding and returns the baseline's findings that were not
    /// found (fixed), sorted.
    public func classify(_ site: inout SiteAudit) -> [BaselineEntry] {
        var remaining = Set(findings.map(\.fingerprint))
        let known = remaining
        for pageIndex in site.pages.indices {
            for findingIndex in site.pages[pageIndex].findings.indices {
                let fingerprint = site.pages[pageIndex].findings[findingIndex].fingerprint
                let existing = known.contains(fingerprint)
                site.pages[pageIndex].findings[findingIndex].baselineStatus = existing ? .existing : .new
                remaining.remove(fingerprint)
            }
            // Suppressed findings still count as present: suppressing one does not make it "fixed".
            for suppressed in site.pages[pageIndex].suppressed { remaining.remove(suppressed.finding.fingerprint) }
        }
        // Skipped pages were not audited this time: their baseline findings are not known to be fixed.
        let unaudited = Set(site.skipped.map(\.path))
        return findings.filter { remaining.contains($0.fingerprint) && !unaudited.contains($0.path) }
    }
}

/// One finding in a baseline: its fingerprint, and enough to recognise it by eye.
public struct BaselineEntry: Codable, Sendable, Hashable, Comparable {
    public var fingerprint: String
    public var ruleID: String
    public var path: String
    public var outcome: Outcome
    public var impact: Impact
    public var line: Int
    public var selector: String
    public var snippet: String

    public init(_ finding: Finding) {
        fingerprint = finding.fingerprint
        ruleID = finding.ruleID
        path = finding.location.file
        outcome = finding.outcome
        impact = finding.impact
        line = finding.location.line
        selector = finding.location.selector
        snippet = finding.location.snippet
    }

    public static func < (lhs: BaselineEntry, rhs: BaselineEntry) -> Bool {
        (lhs.path, lhs.ruleID, lhs.line, lhs.fingerprint) < (rhs.path, rhs.ruleID, rhs.line, rhs.fingerprint)
    }
}

/// What a baseline comparison found, for the report.
public struct BaselineComparison: Codable, Sendable, Equatable {
    /// The baseline file as given.
    public var file: String
    /// Active findings not in the baseline (failed and needs-review).
    public var new: Int
    /// Active findings in the baseline.
    public var existing: Int
    /// Baseline findings no longer found (pages that could not be audited are not counted as fixed).
    public var fixed: [BaselineEntry]

    public init(file: String, new: Int, existing: Int, fixed: [BaselineEntry]) {
        self.file = file
        self.new = new
        self.existing = existing
        self.fixed = fixed
    }

    /// Classifies `site` against `baseline` and summarises.
    public static func compare(_ site: inout SiteAudit, with baseline: Baseline, file: String) -> BaselineComparison {
        let fixed = baseline.classify(&site)
        let findings = site.pages.flatMap(\.findings)
        return BaselineComparison(
            file: file, new: findings.filter { $0.baselineStatus == .new }.count,
            existing: findings.filter { $0.baselineStatus == .existing }.count, fixed: fixed)
    }
}
