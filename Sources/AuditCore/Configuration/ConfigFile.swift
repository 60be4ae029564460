import Yams

/// `wza.yml`, as written: every key optional. Relative paths in it are relative to its folder
/// (`directory`), except `exclude` and suppression/answer `path`/`pages` globs, which are relative to the
/// audited folder like `--exclude`.
public struct ConfigFile: Sendable, Equatable {
    public static let fileName = "wza.yml"
    public static let keys = [
        "inputs", "exclude", "checklists", "formats", "output", "lang", "jobs", "encoding", "maxFileMb",
        "failUnder", "failOn", "failOnReview", "maxFindings", "baseline", "suppressions", "answers", "siteRoot", "viewport",
        "ruleOptions",
    ]

    /// The file as given or found, for messages.
    public var file: String
    /// Its folder, for resolving relative paths.
    public var directory: String

    public var inputs: [String]?
    public var exclude: [String]?
    public var checklists: [String]?
    public var formats: [String]?
    public var output: String?
    public var lang: String?
    public var jobs: Int?
    public var encoding: String?
    public var maxFileMb: Int?
    public var failUnder: Double?
    public var failOn: FailOn?
    public var failOnReview: Bool?
    public var maxFindings: Int?
    public var baseline: String?
    /// `suppressions:` as a list in the file.
    public var suppressions: [SuppressionRule]?
    /// `suppressions:` as the path of a separate file.
    public var suppressionsFile: String?
    public var answers: String?
    public var siteRoot: String?
    public var viewport: String?
    /// Rule thresholds; they win over the checklists' own.
    public var ruleOptions: RuleOptionSettings?

    public init(file: String, directory: String) {
        self.file = file
        self.directory = directory
    }

    /// Parses `wza.yml` strictly: unknown keys, wrong types and bad values are errors with their line.
    /// `knownRules` checks suppression rule ids; `ruleOptions` are the options rules declare.
    public static func parse(yaml text: String, file: String, directory: String, knownRules: Set<String>,
                             ruleOptions declared: [String: [RuleOption]] = [:]) throws -> ConfigFile {
        let reader = StrictYAML(file: file)
        var config = ConfigFile(file: file, directory: directory)
        guard let root = reader.root(text) else {
            try reader.throwIfProblems()
            return config  // an empty file is an empty configuration
        }
        let origin = NSStringPath(file).lastComponent
        for (key, keyNode, value) in reader.mapping(root, allowed: keys, context: "the configuration") {
            switch key {
            case "inputs": config.inputs = reader.strings(value, key)
            case "exclude": config.exclude = reader.strings(value, key)
            case "checklists": config.checklists = reader.strings(value, key)
            case "formats": config.formats = reader.strings(value, key)?.flatMap { $0.split(separator: ",").map { $0.trimmingWhitespace } }
            case "output": config.output = reader.text(value, key)
            case "lang":
                config.lang = reader.string(value, key)
                if let lang = config.lang, !["zh-CN", "en"].contains(lang) { reader.problem(value, "'lang' must be zh-CN or en, not '\(lang)'") }
            case "jobs":
                config.jobs = reader.int(value, key)
                if let jobs = config.jobs, jobs < 1 { reader.problem(value, "'jobs' must be at least 1") }
            case "encoding": config.encoding = reader.text(value, key)
            case "maxFileMb":
                config.maxFileMb = reader.int(value, key)
                if let size = config.maxFileMb, size < 1 { reader.problem(value, "'maxFileMb' must be at least 1") }
            case "failUnder":
                config.failUnder = reader.double(value, key)
                if let score = config.failUnder, !(0...100).contains(score) { reader.problem(value, "'failUnder' must be between 0 and 100") }
            case "failOn":
                if let text = reader.string(value, key) {
                    config.failOn = FailOn(parsing: text)
                    if config.failOn == nil { reader.problem(value, "'failOn' must be one of \(FailOn.names), not '\(text)'") }
                }
            case "failOnReview": config.failOnReview = reader.bool(value, key)
            case "maxFindings":
                config.maxFindings = reader.int(value, key)
                if let count = config.maxFindings, count < 0 { reader.problem(value, "'maxFindings' must be 0 or more") }
            case "baseline": config.baseline = reader.text(value, key)
            case "suppressions":
                if case .scalar = value { config.suppressionsFile = reader.text(value, key) }
                else { config.suppressions = SuppressionsFile.entries(value, reader: reader, origin: origin, knownRules: knownRules) }
            case "answers": config.answers = reader.text(value, key)
            case "siteRoot": config.siteRoot = reader.text(value, key)
            case "viewport":
                config.viewport = reader.string(value, key)
                if let viewport = config.viewport, !ViewportSpec.isValid(viewport) {
                    reader.problem(value, "'viewport' must be desktop, mobile or WIDTHxHEIGHT (e.g. 1024x768), not '\(viewport)'")
                }
            case "ruleOptions": config.ruleOptions = reader.ruleOptions(value, declared: declared)
            default: reader.problem(keyNode, "unknown key '\(key)'")
            }
        }
        try reader.throwIfProblems()
        return config
    }
}

/// Suppression lists: `suppressions:` in `wza.yml`, or a file of its own (`--suppressions FILE`) that is
/// either such a list or a mapping with a `suppressions:` key.
public enum SuppressionsFile {
    static let entryKeys = ["rule", "path", "selector", "fingerprint", "reason", "expires"]

    public static func parse(yaml text: String, file: String, knownRules: Set<String>) throws -> [SuppressionRule] {
        let reader = StrictYAML(file: file)
        guard let root = reader.root(text) else { try reader.throwIfProblems(); return [] }
        let origin = NSStringPath(file).lastComponent
        var list = root
        if root.mapping != nil {
            let entries = reader.mapping(root, allowed: ["suppressions"], context: "the suppressions file")
            guard let value = entries.first?.value else { try reader.throwIfProblems(); return [] }
            list = value
        }
        let rules = entries(list, reader: reader, origin: origin, knownRules: knownRules)
        try reader.throwIfProblems()
        return rules
    }

    static func entries(_ node: Node, reader: StrictYAML, origin: String, knownRules: Set<String>) -> [SuppressionRule] {
        guard let sequence = node.sequence else {
            reader.problem(node, "'suppressions' must be a list of entries (- rule: … reason: …) or the path of a suppressions file")
            return []
        }
        var result: [SuppressionRule] = []
        for item in sequence {
            var rules: [String]?, path: String?, selector: String?, fingerprint: String?, reason: String?, expires: Day?
            for (key, _, value) in reader.mapping(item, allowed: entryKeys, context: "a suppression") {
                switch key {
                case "rule": rules = reader.strings(value, key)
                case "path": path = reader.text(value, key)
                case "selector": selector = reader.text(value, key)
                case "fingerprint":
                    fingerprint = reader.text(value, key)?.lowercased()
                    if let print = fingerprint, print.count != 16 || !print.allSatisfy(\.isHexDigit) {
                        reader.problem(value, "'fingerprint' must be 16 hex digits as in report.json, not '\(print)'")
                    }
                case "reason": reason = reader.text(value, key)
                case "expires": expires = reader.day(value, key)
                default: break
                }
            }
            let line = item.mark?.line
            guard let rules, !rules.isEmpty else { reader.problem(item, "a suppression needs 'rule' (a rule id or a list of them)"); continue }
            for rule in rules where !knownRules.contains(rule) { reader.problem(item, "unknown rule '\(rule)' in a suppression (see wza rules)") }
            guard let reason else { reader.problem(item, "a suppression needs a 'reason': say why the finding is accepted"); continue }
            result.append(SuppressionRule(rules: rules, path: path, selector: selector, fingerprint: fingerprint, reason: reason,
                                          expires: expires, origin: "\(origin):\(line.map(String.init) ?? "?")"))
        }
        return result
    }
}

/// `--viewport` values (the CSS stage turns them into a `Viewport`).
public enum ViewportSpec {
    public static func isValid(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower == "desktop" || lower == "mobile" { return true }
        let parts = lower.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]) else { return false }
        return width > 0 && height > 0
    }
}

/// The last path component, without Foundation.
struct NSStringPath {
    let path: String
    init(_ path: String) { self.path = path }
    var lastComponent: String { path.split(separator: "/").last.map(String.init) ?? path }
}
