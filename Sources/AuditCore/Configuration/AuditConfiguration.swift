import StyleEngine

/// What the command line said; nil (or empty) means "not given", so the config file or the default applies.
public struct AuditFlags: Sendable, Equatable {
    public var inputs: [String] = []
    public var exclude: [String] = []
    public var checklists: [String] = []
    public var formats: [String] = []
    public var output: String?
    public var lang: String?
    public var jobs: Int?
    public var encoding: String?
    public var maxFileMb: Int?
    public var failUnder: Double?
    public var failOn: FailOn?
    /// `--fail-on-review` given.
    public var failOnReview: Bool = false
    public var maxFindings: Int?
    public var baseline: String?
    public var suppressions: String?
    public var answers: String?
    public var siteRoot: String?
    public var viewport: String?

    public init() {}
}

/// Where the suppressions come from.
public enum SuppressionsSetting: Sendable, Equatable {
    case none
    case list([SuppressionRule])
    case file(String)
}

/// The settings of one run: flags over `wza.yml` over defaults, resolved here and nowhere else.
public struct AuditConfiguration: Sendable, Equatable {
    public static let defaultChecklist = "miit-aging-web"
    public static let defaultFormats = ["html", "json"]
    public static let defaultOutput = "wza-report"

    public var inputs: [String]
    public var exclude: [String]
    public var checklists: [String]
    public var formats: [String]
    public var output: String
    public var lang: String
    public var jobs: Int
    public var encoding: String?
    public var maxFileMb: Int
    public var gates: Gates
    public var baseline: String?
    public var suppressions: SuppressionsSetting
    public var answers: String?
    /// Where root-relative URLs (`/css/site.css`) point; nil: each audited folder is its own root.
    public var siteRoot: String?
    /// `desktop`, `mobile` or `WxH` for media queries.
    public var viewport: String
    /// The config file that was read, if any.
    public var configFile: String?
    /// `ruleOptions:` from the config file; they win over the checklists' (see `RuleOptions.resolve`).
    public var ruleOptions: RuleOptionSettings? = nil

    /// Resolves one run's settings. Lists (inputs, checklists, formats, exclude) from the flags replace
    /// the config's; relative paths from the config are made relative to its folder.
    /// - Parameter processors: the default for `jobs`.
    public static func resolve(flags: AuditFlags, config: ConfigFile?, processors: Int) throws -> AuditConfiguration {
        func relative(_ path: String?) -> String? {
            guard let path, let config, !path.hasPrefix("/"), config.directory != "." && !config.directory.isEmpty else { return path }
            return config.directory + "/" + path
        }
        func nonEmpty(_ values: [String]) -> [String]? { values.isEmpty ? nil : values }

        let inputs = nonEmpty(flags.inputs) ?? config?.inputs?.map { relative($0)! } ?? []
        let failOn = flags.failOn ?? config?.failOn ?? .veto
        let baseline = flags.baseline ?? relative(config?.baseline)
        if failOn == .new && baseline == nil {
            throw ConfigurationProblems([ConfigurationProblem(
                file: config?.file ?? "command line", line: nil, message: "--fail-on new needs a baseline (--baseline FILE or baseline: in wza.yml)")])
        }
        let suppressions: SuppressionsSetting
        if let file = flags.suppressions { suppressions = .file(file) }
        else if let list = config?.suppressions { suppressions = .list(list) }
        else if let file = config?.suppressionsFile { suppressions = .file(relative(file)!) }
        else { suppressions = .none }
        // A checklist named in the config is a built-in id or a file next to the config.
        let configChecklists = config?.checklists?.map { entry in
            entry.hasSuffix(".yml") || entry.hasSuffix(".yaml") ? relative(entry)! : entry
        }
        return AuditConfiguration(
            inputs: inputs,
            exclude: nonEmpty(flags.exclude) ?? config?.exclude ?? [],
            checklists: nonEmpty(flags.checklists) ?? configChecklists ?? [defaultChecklist],
            formats: nonEmpty(flags.formats) ?? config?.formats ?? defaultFormats,
            output: flags.output ?? relative(config?.output) ?? defaultOutput,
            lang: flags.lang ?? config?.lang ?? "zh-CN",
            jobs: max(1, flags.jobs ?? config?.jobs ?? processors),
            encoding: flags.encoding ?? config?.encoding,
            maxFileMb: flags.maxFileMb ?? config?.maxFileMb ?? 64,
            gates: Gates(
                failOn: failOn, failUnder: flags.failUnder ?? config?.failUnder,
                maxFindings: flags.maxFindings ?? config?.maxFindings,
                failOnReview: flags.failOnReview || (config?.failOnReview ?? false)),
            baseline: baseline,
            suppressions: suppressions,
            answers: flags.answers ?? relative(config?.answers),
            siteRoot: flags.siteRoot ?? relative(config?.siteRoot),
            viewport: flags.viewport ?? config?.viewport ?? "desktop",
            configFile: config?.file,
            ruleOptions: config?.ruleOptions)
    }
}

extension AuditOptions {
    /// Sets the viewport from `desktop`, `mobile` or `WIDTHxHEIGHT`; false (and no change) for anything else.
    @discardableResult
    public mutating func applyViewport(_ spec: String) -> Bool {
        guard let viewport = Viewport(spec) else { return false }
        self.viewport = viewport
        return true
    }
}
