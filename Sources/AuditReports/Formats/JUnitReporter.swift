import AuditCore

/// `report.junit.xml`: JUnit XML as Jenkins and GitLab read it (`jenkins-junit.xsd`). A testsuite per page,
/// a testcase per item of the first checklist, so a CI's test view reads like the checklist, then one per
/// rule outside the checklist that failed or needs review; a last testsuite lists the files not audited.
public struct JUnitReporter: Reporter {
    public init() {}
    public var fileName: String { "report.junit.xml" }

    public func render(_ report: AuditReport, language: ReportLanguage) throws -> String {
        let strings = ReportStrings(language: language)
        let rules = Dictionary(uniqueKeysWithValues: report.rules.map { ($0.id, $0) })
        var suites: [Suite] = []
        if let checklist = report.checklists.first {
            for page in report.pages {
                suites.append(Self.suite(for: page, checklist: checklist, rules: rules, strings: strings, language: language))
            }
        }
        if !report.skipped.isEmpty {
            suites.append(Suite(
                name: FormatText.notAudited.text(language), properties: [],
                cases: report.skipped.map {
                    Case(className: "wza.not-audited", name: $0.path, failure: nil, skipped: $0.reason.text(language))
                }))
        }

        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let tests = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.failures }
        xml += "<testsuites name=\"\(attr(report.metadata.toolName))\" tests=\"\(tests)\" failures=\"\(failures)\">\n"
        for suite in suites {
            xml += "  <testsuite name=\"\(attr(suite.name))\" tests=\"\(suite.cases.count)\" failures=\"\(suite.failures)\""
                + " errors=\"0\" skipped=\"\(suite.skippedCount)\">\n"
            if !suite.properties.isEmpty {
                xml += "    <properties>\n"
                for (name, value) in suite.properties {
                    xml += "      <property name=\"\(attr(name))\" value=\"\(attr(value))\"/>\n"
                }
                xml += "    </properties>\n"
            }
            for testCase in suite.cases {
                xml += "    <testcase classname=\"\(attr(testCase.className))\" name=\"\(attr(testCase.name))\""
                if let skipped = testCase.skipped {
                    // The schema types <skipped> as plain text (no message attribute): the outcome word comes first.
                    xml += ">\n      <skipped>\(text(skipped))</skipped>\n    </testcase>\n"
                } else if let failure = testCase.failure {
                    xml += ">\n      <failure message=\"\(attr(failure.message))\" type=\"\(attr(failure.type))\">"
                        + text(failure.body) + "</failure>\n    </testcase>\n"
                } else {
                    xml += "/>\n"
                }
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    static func suite(
        for page: PageReport, checklist: ChecklistReport, rules: [String: RuleSummary], strings: ReportStrings, language: ReportLanguage
    ) -> Suite {
        let score = page.scores[checklist.id]
        let outcomes = Dictionary((score?.items ?? []).map { ($0.itemID, $0.outcome) }) { first, _ in first }
        var properties: [(String, String)] = [("checklist", checklist.id)]
        if let title = page.result.title { properties.append(("title", title)) }
        if let score {
            properties.append(("verdict", strings["verdict." + score.verdict.rawValue]))
            if let value = score.score { properties.append(("score", FormatSupport.score(value))) }
            properties.append(("coveredPoints", FormatSupport.score(score.coveredPoints)))
        }
        var cases = checklist.items.map { item -> Case in
            let outcome = outcomes[item.id] ?? (item.isManual ? .manual : .inapplicable)
            let name = "\(item.id) \(item.title.text(language))"
            let related = page.result.findings.filter { item.rules.contains($0.ruleID) }
            switch outcome {
            case .passed:
                return Case(className: checklist.id, name: name, failure: nil, skipped: nil)
            case .failed:
                let failed = related.filter { $0.outcome == .failed }
                let rules = Array(Set(failed.map(\.ruleID))).sorted()
                let first = failed.first?.message.text(language) ?? ""
                return Case(
                    className: checklist.id, name: name,
                    failure: Failure(
                        message: failed.count > 1 ? "\(first) (+\(failed.count - 1))" : first,
                        type: rules.joined(separator: " "), body: listing(failed, language: language)),
                    skipped: nil)
            case .cantTell:
                let review = related.filter { $0.outcome == .cantTell }
                return Case(className: checklist.id, name: name, failure: nil, skipped: "cantTell\n" + listing(review, language: language))
            case .inapplicable, .manual:
                return Case(className: checklist.id, name: name, failure: nil, skipped: outcome.rawValue)
            }
        }
        // Rules that no item of the checklist uses would otherwise vanish from the CI view (image-alt is
        // not a MIIT item): each that failed or needs review on the page gets its own testcase.
        let checklistRules = Set(checklist.items.flatMap(\.rules))
        for result in page.result.rules where !checklistRules.contains(result.ruleID) {
            let findings = page.result.findings.filter { $0.ruleID == result.ruleID && $0.outcome == result.outcome }
            let name = result.ruleID + (rules[result.ruleID].map { " " + $0.title.text(language) } ?? "")
            switch result.outcome {
            case .failed:
                cases.append(Case(
                    className: "wza.rules", name: name,
                    failure: Failure(message: findings.first?.message.text(language) ?? "", type: result.ruleID,
                                     body: listing(findings, language: language)),
                    skipped: nil))
            case .cantTell:
                cases.append(Case(className: "wza.rules", name: name, failure: nil, skipped: "cantTell\n" + listing(findings, language: language)))
            case .passed, .inapplicable:
                break
            }
        }
        return Suite(name: page.result.path, properties: properties, cases: cases)
    }

    /// One line per finding: `rule · line N · selector · message`.
    static func listing(_ findings: [Finding], language: ReportLanguage) -> String {
        findings.map {
            let line = FormatSupport.fill(FormatText.lineNumber, language, String($0.location.line))
            return "\($0.ruleID) · \(line) · \($0.location.selector) · \($0.message.text(language))"
        }.joined(separator: "\n")
    }

    struct Suite {
        var name: String
        var properties: [(String, String)]
        var cases: [Case]
        var failures: Int { cases.filter { $0.failure != nil }.count }
        var skippedCount: Int { cases.filter { $0.skipped != nil }.count }
    }
    struct Case {
        var className: String
        var name: String
        var failure: Failure?
        var skipped: String?
    }
    struct Failure {
        var message: String
        var type: String
        var body: String
    }
}

private func attr(_ value: String) -> String { FormatSupport.xmlEscape(value, attribute: true) }
private func text(_ value: String) -> String { FormatSupport.xmlEscape(value) }
