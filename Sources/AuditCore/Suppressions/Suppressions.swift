/// A suppression from the config file (`suppressions:` in `wza.yml` or a `--suppressions` file): which
/// findings it covers, why, and until when.
public struct SuppressionRule: Codable, Sendable, Hashable {
    /// Rule ids it covers (`rule:` takes one id or a list).
    public var rules: [String]
    /// Glob of page paths (relative to the audited folder); nil covers every page.
    public var path: String?
    /// The finding's selector as the report shows it, or one compound selector (`img.banner`, `#nav a`
    /// is not compound) matched against the element's start tag; nil covers every element.
    public var selector: String?
    /// A finding fingerprint (from report.json or the baseline); nil covers any.
    public var fingerprint: String?
    public var reason: String
    /// The last day the suppression applies; after it, the run fails until it is renewed or removed.
    public var expires: Day?
    /// Where it was written, `wza.yml:12`.
    public var origin: String

    public init(rules: [String], path: String? = nil, selector: String? = nil, fingerprint: String? = nil, reason: String,
                expires: Day? = nil, origin: String) {
        self.rules = rules
        self.path = path
        self.selector = selector
        self.fingerprint = fingerprint
        self.reason = reason
        self.expires = expires
        self.origin = origin
    }

    public func isExpired(today: Day) -> Bool { expires.map { $0 < today } ?? false }

    public func matches(_ finding: Finding) -> Bool {
        guard rules.contains(finding.ruleID) else { return false }
        if let path, !Glob(path).matches(finding.location.file) { return false }
        if let fingerprint, fingerprint.lowercased() != finding.fingerprint { return false }
        if let selector, !SimpleSelector.matches(selector, finding.location) { return false }
        return true
    }
}

/// Where a suppression comes from.
public enum SuppressionSource: String, Codable, Sendable, Hashable {
    case inline, config
}

/// A finding that a suppression took out of the scores and gates, with who said why.
public struct SuppressedFinding: Codable, Sendable, Hashable {
    public var finding: Finding
    public var source: SuppressionSource
    /// `wza.yml:12` for config, `page.html:34` for an inline comment.
    public var origin: String
    public var reason: String
    public var expires: Day?
}

/// How a suppression was used in this run.
public enum SuppressionStatus: String, Codable, Sendable, Hashable {
    /// It suppressed at least one finding.
    case used
    /// It matched nothing: the problem may be fixed, so the suppression can go.
    case unused
    /// Past its `expires` day: it suppresses nothing and fails the run.
    case expired
}

/// One suppression (config or inline) and its use.
public struct SuppressionUse: Codable, Sendable, Hashable {
    public var source: SuppressionSource
    public var origin: String
    public var rules: [String]
    /// Config: the path glob; inline: the page.
    public var path: String?
    /// Config: the selector; inline: the selector of the element it applies to.
    public var selector: String?
    public var fingerprint: String?
    public var reason: String
    public var expires: Day?
    public var status: SuppressionStatus
    /// Findings it suppressed (for an expired one: findings it would have suppressed).
    public var matched: Int
}

/// An inline suppression comment that suppresses nothing because it is malformed (no reason, no rule,
/// an unknown rule, no element after it). Listed in the report like a finding.
public struct SuppressionProblem: Codable, Sendable, Hashable {
    public var path: String
    public var line: Int
    public var comment: String
    public var message: Localized
}

/// Suppressions of a run, for the report.
public struct SuppressionSummary: Codable, Sendable, Equatable {
    /// Findings suppressed on all pages.
    public var suppressedFindings: Int
    /// Every suppression with its use: config ones in file order, then inline ones by page and line.
    public var suppressions: [SuppressionUse]
    public var problems: [SuppressionProblem]

    public var unused: [SuppressionUse] { suppressions.filter { $0.status == .unused } }
    public var expired: [SuppressionUse] { suppressions.filter { $0.status == .expired } }

    public static let empty = SuppressionSummary(suppressedFindings: 0, suppressions: [], problems: [])
}

/// Applies suppressions to audited pages. Pure: "today" is passed in.
public enum SuppressionEngine {
    /// Moves suppressed findings from `findings` to `suppressed` on each page and recounts the rule
    /// results without them (a rule whose only failure is suppressed no longer fails the page; it
    /// becomes passed or inapplicable by its other elements). Inline comments win over config entries.
    /// Expired config entries suppress nothing.
    public static func apply(to site: SiteAudit, rules configured: [SuppressionRule], knownRules: Set<String>,
                             today: Day) -> (site: SiteAudit, summary: SuppressionSummary) {
        var site = site
        var configMatches = [Int](repeating: 0, count: configured.count)
        var inlineUses: [SuppressionUse] = []
        var problems: [SuppressionProblem] = []
        var total = 0

        for pageIndex in site.pages.indices {
            var page = site.pages[pageIndex]
            // Valid inline comments of this page; malformed ones become problems.
            var inline: [(directive: InlineSuppression, matched: Int)] = []
            for directive in page.inlineSuppressions {
                var problem = directive.problem
                if problem == nil, let unknown = directive.rules.first(where: { !knownRules.contains($0) }) {
                    problem = Localized(zh: "未知规则“\(unknown)”，该豁免注释不生效", en: "unknown rule '\(unknown)'; the comment suppresses nothing")
                }
                if let problem {
                    problems.append(SuppressionProblem(path: page.path, line: directive.line, comment: directive.comment, message: problem))
                } else {
                    inline.append((directive, 0))
                }
            }
            guard !inline.isEmpty || !configured.isEmpty else { continue }

            var kept: [Finding] = []
            var removed: [String: (failed: Int, cantTell: Int)] = [:]
            for finding in page.findings {
                var suppression: SuppressedFinding?
                if let index = inline.firstIndex(where: {
                    $0.directive.targetOrder == finding.documentOrder && $0.directive.rules.contains(finding.ruleID)
                }) {
                    inline[index].matched += 1
                    suppression = SuppressedFinding(finding: finding, source: .inline, origin: "\(page.path):\(inline[index].directive.line)",
                                                    reason: inline[index].directive.reason, expires: nil)
                } else {
                    var chosen: Int?
                    for (index, rule) in configured.enumerated() where rule.matches(finding) {
                        configMatches[index] += 1
                        if chosen == nil, !rule.isExpired(today: today) { chosen = index }
                    }
                    if let chosen {
                        let rule = configured[chosen]
                        suppression = SuppressedFinding(finding: finding, source: .config, origin: rule.origin, reason: rule.reason,
                                                        expires: rule.expires)
                    }
                }
                if let suppression {
                    page.suppressed.append(suppression)
                    if finding.outcome == .failed { removed[finding.ruleID, default: (0, 0)].failed += 1 }
                    else { removed[finding.ruleID, default: (0, 0)].cantTell += 1 }
                } else {
                    kept.append(finding)
                }
            }
            page.findings = kept
            total += page.suppressed.count
            for index in page.rules.indices {
                guard let less = removed[page.rules[index].ruleID] else { continue }
                var rule = page.rules[index]
                rule.failed -= less.failed
                rule.cantTell -= less.cantTell
                rule.suppressed = less.failed + less.cantTell
                rule.outcome = rule.failed > 0 ? .failed : rule.cantTell > 0 ? .cantTell : rule.passed > 0 ? .passed : .inapplicable
                page.rules[index] = rule
            }
            for (directive, matched) in inline {
                inlineUses.append(SuppressionUse(
                    source: .inline, origin: "\(page.path):\(directive.line)", rules: directive.rules, path: page.path,
                    selector: directive.targetSelector, fingerprint: nil, reason: directive.reason, expires: nil,
                    status: matched > 0 ? .used : .unused, matched: matched))
            }
            site.pages[pageIndex] = page
        }

        let configUses = configured.enumerated().map { index, rule in
            SuppressionUse(
                source: .config, origin: rule.origin, rules: rule.rules, path: rule.path, selector: rule.selector,
                fingerprint: rule.fingerprint, reason: rule.reason, expires: rule.expires,
                status: rule.isExpired(today: today) ? .expired : configMatches[index] > 0 ? .used : .unused,
                matched: configMatches[index])
        }
        // Inline uses are already in page order (pages are sorted by path) and line order.
        let summary = SuppressionSummary(
            suppressedFindings: total, suppressions: configUses + inlineUses,
            problems: problems.sorted { ($0.path, $0.line) < ($1.path, $1.line) })
        return (site, summary)
    }
}

/// Matching a suppression's `selector`: the report's selector for the element, exactly; or one compound
/// selector (`tag`, `#id`, `.class`, `[attr]`, `[attr=value]`, `[attr^=…]`, `[attr$=…]`, `[attr*=…]`,
/// `[attr~=…]`) checked against the element's start tag as the finding recorded it.
enum SimpleSelector {
    static func matches(_ selector: String, _ location: SourceLocation) -> Bool {
        let selector = selector.trimmingWhitespace
        if selector == location.selector { return true }
        guard let parts = parse(selector), let element = ElementSignature.parseSnippet(location.snippet) else { return false }
        let attributes = Dictionary(element.attributes.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        if let tag = parts.tag, tag != "*", tag.lowercased() != element.tag { return false }
        for id in parts.ids where attributes["id"] != id { return false }
        let classes = Set((attributes["class"] ?? "").split(whereSeparator: \.isWhitespace).map(String.init))
        for name in parts.classes where !classes.contains(name) { return false }
        for test in parts.attributes {
            guard let value = attributes[test.name] else { return false }
            guard let expected = test.value else { continue }
            switch test.op {
            case "=": if value != expected { return false }
            case "^=": if !value.hasPrefix(expected) { return false }
            case "$=": if !value.hasSuffix(expected) { return false }
            case "*=": if !value.contains(expected) { return false }
            case "~=": if !value.split(whereSeparator: \.isWhitespace).contains(Substring(expected)) { return false }
            default: return false
            }
        }
        return true
    }

    struct Compound {
        var tag: String?
        var ids: [String] = []
        var classes: [String] = []
        var attributes: [(name: String, op: String, value: String?)] = []
    }

    /// One compound selector, or nil (combinators, pseudo-classes and anything else are not supported here).
    static func parse(_ text: String) -> Compound? {
        var chars = Substring(text)
        var compound = Compound()
        func identifier() -> String {
            let name = chars.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || !$0.isASCII }
            chars = chars.dropFirst(name.count)
            return String(name)
        }
        if chars.first == "*" { chars = chars.dropFirst(); compound.tag = "*" }
        else if let first = chars.first, first.isLetter { compound.tag = identifier() }
        while let first = chars.first {
            switch first {
            case "#", ".":
                chars = chars.dropFirst()
                let name = identifier()
                guard !name.isEmpty else { return nil }
                if first == "#" { compound.ids.append(name) } else { compound.classes.append(name) }
            case "[":
                guard let close = chars.firstIndex(of: "]") else { return nil }
                let inside = chars[chars.index(after: chars.startIndex)..<close]
                chars = chars[chars.index(after: close)...]
                if let equals = inside.firstIndex(of: "=") {
                    var nameEnd = equals
                    var op = "="
                    if equals > inside.startIndex, "^$*~".contains(inside[inside.index(before: equals)]) {
                        nameEnd = inside.index(before: equals)
                        op = String(inside[nameEnd]) + "="
                    }
                    let name = inside[..<nameEnd].trimmingWhitespace.lowercased()
                    var value = inside[inside.index(after: equals)...].trimmingWhitespace
                    if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                        value = String(value.dropFirst().dropLast())
                    }
                    guard !name.isEmpty else { return nil }
                    compound.attributes.append((name, op, value))
                } else {
                    let name = inside.trimmingWhitespace.lowercased()
                    guard !name.isEmpty else { return nil }
                    compound.attributes.append((name, "", nil))
                }
            default:
                return nil
            }
        }
        return compound.tag == nil && compound.ids.isEmpty && compound.classes.isEmpty && compound.attributes.isEmpty ? nil : compound
    }
}
