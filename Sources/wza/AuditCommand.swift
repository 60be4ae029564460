import AuditCore
import AuditReports
import AuditRules
import ArgumentParser
import Foundation
import HTMLDOM

extension ReportLanguage: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

extension FailOn: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// Options shared by `wza audit` and `wza baseline create`: what to audit and how.
struct InputOptions: ParsableArguments {
    @Argument(help: "HTML files or folders (searched recursively for .html .htm .shtml .xhtml); default: inputs in wza.yml.")
    var paths: [String] = []

    @Option(name: .long, help: "Configuration file (default: wza.yml in this folder or the nearest parent).")
    var config: String?

    @Option(name: .long, help: "Checklist id or YAML file; repeat for several (default: \(AuditConfiguration.defaultChecklist)).")
    var checklist: [String] = []

    @Option(name: .shortAndLong, help: "Pages audited in parallel (default: all cores). Output is identical for any value.")
    var jobs: Int?

    @Option(name: .long, help: "Encoding for pages that declare none (e.g. gbk); otherwise wza sniffs UTF-8, then GB18030.")
    var encoding: String?

    @Option(name: .long, help: "Exclude paths matching this glob (repeatable), e.g. 'drafts/**' or '*.bak.html'.")
    var exclude: [String] = []

    @Option(name: .long, help: "Files larger than this many megabytes are listed as not audited (default 64).")
    var maxFileMb: Int?

    @Option(name: .long, help: "Suppressions file (YAML list of rule, path, selector, fingerprint, reason, expires); replaces suppressions in wza.yml.")
    var suppressions: String?

    @Option(name: .long, help: "Folder that root-relative URLs (/css/site.css) point to (default: each audited folder).")
    var siteRoot: String?

    @Option(name: .long, help: "Screen for CSS media queries: desktop, mobile or WIDTHxHEIGHT (default desktop).")
    var viewport: String?

    @Flag(name: .shortAndLong, help: "Print nothing on stdout and no progress.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let maxFileMb, maxFileMb < 1 { throw ValidationError("--max-file-mb must be at least 1") }
        if let viewport, !ViewportSpec.isValid(viewport) {
            throw ValidationError("--viewport must be desktop, mobile or WIDTHxHEIGHT (e.g. 1024x768), not '\(viewport)'")
        }
    }

    var flags: AuditFlags {
        var flags = AuditFlags()
        flags.inputs = paths
        flags.checklists = checklist
        flags.jobs = jobs
        flags.encoding = encoding
        flags.exclude = exclude
        flags.maxFileMb = maxFileMb
        flags.suppressions = suppressions
        flags.siteRoot = siteRoot
        flags.viewport = viewport
        return flags
    }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit HTML files and folders and write reports.",
        discussion: """
            Settings come from flags, then wza.yml (found upward from this folder, or --config), then defaults.
            Exit codes: 0 ok · 1 a gate failed or a suppression expired · 2 usage, configuration or checklist error · \
            3 nothing auditable.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Report formats, comma-separated or repeated: html, json, sarif, junit, csv, md, earl (default html,json).")
    var format: [String] = []

    @Option(name: .shortAndLong, help: "Folder for the reports (default wza-report).")
    var output: String?

    @Option(name: .long, help: "Report language: zh-CN or en (default zh-CN).")
    var lang: ReportLanguage?

    @Option(name: .long, help: "Exit 1 when a checklist's site score is below this value (0-100).")
    var failUnder: Double?

    @Option(name: .long, help: "Exit 1 on: veto (a failed veto item; default), critical, serious, any (alias: failed), new (needs --baseline), never.")
    var failOn: FailOn?

    @Flag(name: .long, help: "Needs-review findings count like failures in the gates (by default they never fail a run).")
    var failOnReview = false

    @Option(name: .long, help: "Exit 1 when there are more failed findings than this (new ones only with --baseline).")
    var maxFindings: Int?

    @Option(name: .long, help: "Baseline file (wza baseline create): findings in it are 'existing', gates apply to new ones only.")
    var baseline: String?

    @Option(name: .long, help: "Answers file: reviewers' verdicts on manual checklist items, counted in the scores.")
    var answers: String?

    func validate() throws {
        if let failUnder, !(0...100).contains(failUnder) { throw ValidationError("--fail-under must be between 0 and 100") }
        if let maxFindings, maxFindings < 0 { throw ValidationError("--max-findings must be 0 or more") }
    }

    var flags: AuditFlags {
        var flags = input.flags
        flags.formats = format.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
        flags.output = output
        flags.lang = lang?.rawValue
        flags.failUnder = failUnder
        flags.failOn = failOn
        flags.failOnReview = failOnReview
        flags.maxFindings = maxFindings
        flags.baseline = baseline
        flags.answers = answers
        return flags
    }

    func run() throws {
        let settings = try AuditSession.configuration(flags: flags, configPath: input.config)
        let formats = try AuditSession.formats(settings.formats)
        let language = ReportLanguage(rawValue: settings.lang) ?? .zh
        var session = try AuditSession(settings: settings, quiet: input.quiet)

        var baselineComparison: BaselineComparison?
        if let file = settings.baseline {
            let baseline = try AuditSession.loadBaseline(file)
            baselineComparison = BaselineComparison.compare(&session.site, with: baseline, file: file)
        }
        var report = AuditReport(
            site: session.site, checklists: session.checklists, rules: builtInRules.map { RuleSummary($0.description, options: session.ruleOptions) },
            metadata: ReportMetadata(toolVersion: WZA.version, parserVersion: HTMLDocument.parserVersion,
                                     generatedAt: Self.timestamp(), inputs: settings.inputs),
            answers: session.answers, suppressions: session.suppressionSummary, baseline: baselineComparison)
        report.ruleOptionOverrides = session.ruleOptions.overridden.isEmpty ? nil : session.ruleOptions.overridden
        let gate = report.applyGates(settings.gates)

        let outputFolder = URL(fileURLWithPath: settings.output)
        var written: [String] = []
        for format in formats {
            let reporter = format.reporter
            let text = try reporter.render(report, language: language)
            do {
                written.append(try ReportWriter.write(text, named: reporter.fileName, in: outputFolder).path)
            } catch {
                printError("wza: cannot write \(reporter.fileName) in \(settings.output): \(error.localizedDescription)")
                throw ExitStatus.usage.exitCode
            }
        }
        if !input.quiet {
            let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            print(TerminalSummary(colour: colour, language: language).render(report, writtenFiles: written), terminator: "")
        }
        if session.site.pages.isEmpty {
            printError("wza: nothing auditable in \(settings.inputs.joined(separator: " "))")
            throw ExitStatus.nothingAuditable.exitCode
        }
        let expired = session.reportSuppressionProblems()
        for failure in gate.failures { printError("wza: gate failed: \(failure)") }
        if expired || !gate.passed { throw ExitStatus.gateFailed.exitCode }
    }

    /// Report time: SOURCE_DATE_EPOCH when set (reproducible reports), else now, in UTC.
    static func timestamp() -> String {
        let environment = ProcessInfo.processInfo.environment
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// One audit as `wza audit` and `wza baseline create` run it: settings resolved, checklists, answers and
/// suppressions loaded (any error exits 2), pages found and audited, suppressions applied.
struct AuditSession {
    let settings: AuditConfiguration
    let checklists: [Checklist]
    /// Rule thresholds in effect, from `wza.yml` and the checklists.
    let ruleOptions: RuleOptions
    let answers: [ManualAnswer]
    var site: SiteAudit
    let suppressionSummary: SuppressionSummary

    init(settings: AuditConfiguration, quiet: Bool) throws {
        self.settings = settings
        guard !settings.inputs.isEmpty else {
            printError("wza: nothing to audit: give files or folders, or 'inputs:' in wza.yml")
            throw ExitStatus.usage.exitCode
        }
        if let encoding = settings.encoding, TextDecoder.canonicalEncoding(forLabel: encoding) == nil {
            printError("wza: unknown encoding '\(encoding)' (try utf-8, gbk, gb18030, big5, utf-16)")
            throw ExitStatus.usage.exitCode
        }
        let checklists: [Checklist]
        do {
            checklists = try settings.checklists.map(ChecklistCatalog.resolve)
        } catch {
            printError("wza: checklist error:\n\(error)")
            throw ExitStatus.usage.exitCode
        }
        self.checklists = checklists
        if let file = settings.answers {
            answers = try Self.readConfigurationFile(file, what: "answers") { try AnswersFile.parse(yaml: $0, file: file, checklists: checklists) }
        } else {
            answers = []
        }
        let suppressionRules: [SuppressionRule]
        switch settings.suppressions {
        case .none: suppressionRules = []
        case .list(let list): suppressionRules = list
        case .file(let file):
            suppressionRules = try Self.readConfigurationFile(file, what: "suppressions") {
                try SuppressionsFile.parse(yaml: $0, file: file, knownRules: ChecklistCatalog.knownRules)
            }
        }

        let maxBytes = settings.maxFileMb << 20
        let discovery = PageDiscovery(excludes: settings.exclude.map(Glob.init), maxFileBytes: maxBytes, siteRoot: settings.siteRoot)
            .discover(settings.inputs)
        for missing in discovery.missing { printError("wza: no such file or folder: \(missing)") }

        ruleOptions = RuleOptions.resolve(configuration: settings.ruleOptions,
                                          checklists: checklists.compactMap { list in list.ruleOptions.map { (list.id, $0) } })
        for override in ruleOptions.overridden {
            printError("wza: note: \(override.source) sets \(override.rule).\(override.key) to \(override.value); "
                + "\(override.keptSource) already set it to \(override.keptValue), which this run uses")
        }
        let auditor = Auditor(rules: builtInRules, options: ruleOptions)
        var options = AuditOptions(fallbackEncoding: settings.encoding, jobs: settings.jobs, maxFileBytes: maxBytes)
        options.applyViewport(settings.viewport)
        let progress = ProgressMeter(total: discovery.inputs.count, enabled: !quiet && ProgressMeter.terminalAllowsProgress)
        var callback: (@Sendable (Int) -> Void)?
        if let progress { callback = { _ in progress.tick() } }
        var site = auditor.audit(discovery.inputs, options: options, progress: callback)
        progress?.finish()
        site.skipped = (site.skipped + discovery.skipped).sorted { $0.path < $1.path }

        let applied = SuppressionEngine.apply(to: site, rules: suppressionRules, knownRules: ChecklistCatalog.knownRules,
                                              today: Self.today())
        self.site = applied.site
        suppressionSummary = applied.summary
    }

    /// Prints expired suppressions (they fail the run) and inline-comment problems; true when any expired.
    func reportSuppressionProblems() -> Bool {
        for problem in suppressionSummary.problems {
            printError("wza: \(problem.path):\(problem.line): suppression comment ignored: \(problem.message.en)")
        }
        let expired = suppressionSummary.expired
        for use in expired {
            printError("wza: suppression \(use.origin) (\(use.rules.joined(separator: ", "))) expired on \(use.expires.map(\.description) ?? "?"): "
                + "fix the finding or renew the suppression with a new 'expires' date")
        }
        return !expired.isEmpty
    }

    /// "Today" for suppression expiry: WZA_TODAY (YYYY-MM-DD, for tests and reproducible runs) or the UTC date.
    static func today() -> Day {
        if let text = ProcessInfo.processInfo.environment["WZA_TODAY"], let day = Day(text) { return day }
        return Day(unixTime: Date().timeIntervalSince1970)
    }

    /// Settings from the flags and the config file (the one given, or wza.yml found upward). Errors exit 2.
    static func configuration(flags: AuditFlags, configPath: String?) throws -> AuditConfiguration {
        var config: ConfigFile?
        if let file = configPath ?? ConfigLocator.find(from: FileManager.default.currentDirectoryPath) {
            config = try readConfigurationFile(file, what: "configuration") { text in
                let directory = (file as NSString).deletingLastPathComponent
                return try ConfigFile.parse(yaml: text, file: file, directory: directory.isEmpty ? "." : directory,
                                            knownRules: ChecklistCatalog.knownRules, ruleOptions: builtInRuleOptions)
            }
        }
        do {
            return try AuditConfiguration.resolve(flags: flags, config: config, processors: ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            printError("wza: \(error)")
            throw ExitStatus.usage.exitCode
        }
    }

    static func formats(_ names: [String]) throws -> [ReportFormat] {
        var result: [ReportFormat] = []
        for name in names.map({ $0.lowercased() }) where !name.isEmpty {
            guard let format = ReportFormat(rawValue: name) else {
                printError("wza: unknown format '\(name)'; available: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                throw ExitStatus.usage.exitCode
            }
            if !result.contains(format) { result.append(format) }
        }
        if result.isEmpty {
            printError("wza: --format needs at least one format")
            throw ExitStatus.usage.exitCode
        }
        return result
    }

    static func loadBaseline(_ file: String) throws -> Baseline {
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        } catch let error as DecodingError {
            printError("wza: \(file): not a wza baseline (\(error))")
            throw ExitStatus.usage.exitCode
        } catch {
            printError("wza: cannot read baseline \(file): \(error.localizedDescription)")
            throw ExitStatus.usage.exitCode
        }
        guard baseline.formatVersion == Baseline.currentFormatVersion, baseline.fingerprintScheme == Baseline.fingerprintScheme else {
            printError("wza: \(file): baseline format \(baseline.formatVersion) (\(baseline.fingerprintScheme)) is not supported; "
                + "recreate it with wza baseline create")
            throw ExitStatus.usage.exitCode
        }
        return baseline
    }

    /// Reads a YAML file and parses it; unreadable files and every problem found exit 2.
    static func readConfigurationFile<T>(_ file: String, what: String, parse: (String) throws -> T) throws -> T {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            printError("wza: cannot read \(what) file \(file): \(error.localizedDescription)")
            throw ExitStatus.usage.exitCode
        }
        do {
            return try parse(text)
        } catch {
            printError("wza: \(what) error:\n\(error)")
            throw ExitStatus.usage.exitCode
        }
    }
}

/// Finds `wza.yml` in a folder or the nearest parent.
enum ConfigLocator {
    static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(ConfigFile.fileName)
            if FileManager.default.fileExists(atPath: candidate.path) {
                // Shown relative to the current folder when it is here, so messages and reports stay short.
                return url.path == URL(fileURLWithPath: directory).standardizedFileURL.path ? ConfigFile.fileName : candidate.path
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}
