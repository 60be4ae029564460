import HTMLDOM

/// Runs rules over pages: one walk of each page's tree dispatches every element to the rules that
/// select it by tag; page rules run once after the walk.
public struct Auditor: Sendable {
    public let rules: [any Rule]
    private let rulesByTag: [String: [Int]]
    private let anyElementRules: [Int]
    private let pageRules: [Int]
    /// Thresholds for the run, resolved once from checklists and `wza.yml`.
    public let options: RuleOptions

    public init(rules: [any Rule], options: RuleOptions = .defaults) {
        self.rules = rules.sorted { $0.id < $1.id }
        self.options = options
        var byTag: [String: [Int]] = [:]
        var anyRules: [Int] = []
        var page: [Int] = []
        for (index, rule) in self.rules.enumerated() {
            switch rule.selector {
            case .tags(let names): for name in names { byTag[name, default: []].append(index) }
            case .anyElement: anyRules.append(index)
            case .page: page.append(index)
            }
            // A rule may also implement checkPage besides its selector.
            if case .page = rule.selector {} else { page.append(index) }
        }
        rulesByTag = byTag
        anyElementRules = anyRules
        pageRules = page
    }

    /// Audits one parsed page.
    public func audit(_ document: HTMLDocument, path: String, traits: PageTraits, resources: ResourceLoader = .none,
                      resourcePath: String? = nil, styles: StyleSettings = StyleSettings()) -> PageResult {
        let page = PageContext(document: document, path: path, traits: traits, resources: resources, resourcePath: resourcePath,
                               styleSettings: styles, options: options)
        var tallies = [Tally](repeating: Tally(), count: rules.count)

        func record(_ verdict: Verdict, on element: Element, rule index: Int) {
            let rule = rules[index]
            switch verdict {
            case .inapplicable: return
            case .passed(let note):
                tallies[index].passed += 1
                if let note { tallies[index].notes.append(finding(rule, .passed, note, element, path)) }
            case .failed(let message):
                tallies[index].failed += 1
                tallies[index].findings.append(finding(rule, .failed, message, element, path))
            case .cantTell(let reason):
                tallies[index].cantTell += 1
                tallies[index].findings.append(finding(rule, .cantTell, reason, element, path))
            }
        }

        // The one walk: elements in document order, template contents skipped.
        var skipUntil = -1
        for element in document.elements {
            if element.documentOrder <= skipUntil { continue }
            if element.name == "template" {
                skipUntil = element.lastDescendantOrder
            }
            if let indexes = rulesByTag[element.name] {
                for index in indexes { record(rules[index].check(element, in: page), on: element, rule: index) }
            }
            for index in anyElementRules { record(rules[index].check(element, in: page), on: element, rule: index) }
        }
        for index in pageRules {
            for result in rules[index].checkPage(page) { record(result.verdict, on: result.element, rule: index) }
        }

        var ruleResults: [RuleResult] = []
        var findings: [Finding] = []
        var notes: [Finding] = []
        for (index, rule) in rules.enumerated() {
            let tally = tallies[index]
            let outcome: Outcome = tally.failed > 0 ? .failed : tally.cantTell > 0 ? .cantTell
                : tally.passed > 0 ? .passed : .inapplicable
            ruleResults.append(RuleResult(
                ruleID: rule.id, outcome: outcome, passed: tally.passed, failed: tally.failed, cantTell: tally.cantTell))
            findings += tally.findings
            notes += tally.notes
        }
        var result = PageResult(
            path: path, title: page.title, traits: traits, encoding: document.encoding,
            byteCount: document.byteCount, elementCount: document.elements.count,
            parserDiagnosticCount: document.diagnosticCount, parserDiagnostics: Array(document.diagnostics.prefix(20)),
            rules: ruleResults, findings: Self.fingerprinted(findings.sorted(by: Self.findingOrder)),
            notes: Self.fingerprinted(notes.sorted(by: Self.findingOrder)).map(Note.init),
            inlineSuppressions: InlineSuppression.parse(document))
        // Say which style sheets were not read (remote, missing, outside the root): their rules are unknown.
        result.styleSheetsNotLoaded = page.styles.diagnostics.map(\.description)
        return result
    }

    /// Stamps each finding with its fingerprint (identical elements numbered in document order).
    static func fingerprinted(_ findings: [Finding]) -> [Finding] {
        var result = findings
        for (index, fingerprint) in findingFingerprints(findings).enumerated() { result[index].fingerprint = fingerprint }
        return result
    }

    static func findingOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.documentOrder, lhs.ruleID, lhs.message.en) < (rhs.documentOrder, rhs.ruleID, rhs.message.en)
    }

    private struct Tally {
        var passed = 0, failed = 0, cantTell = 0
        var findings: [Finding] = []
        var notes: [Finding] = []
    }

    private func finding(_ rule: any Rule, _ outcome: Outcome, _ message: Localized, _ element: Element, _ path: String) -> Finding {
        Finding(
            ruleID: rule.id, outcome: outcome, impact: rule.description.impact, message: message,
            fix: rule.description.fix,
            location: SourceLocation(file: path, line: element.line, selector: element.selectorPath, snippet: element.snippet()),
            documentOrder: element.documentOrder, elementSignature: ElementSignature(element).canonical)
    }
}
