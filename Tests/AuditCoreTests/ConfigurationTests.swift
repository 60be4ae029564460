import AuditRules
import Testing

@testable import AuditCore

@Suite struct ConfigurationTests {
    let known = Set(builtInRules.map(\.id))

    private func parse(_ yaml: String, directory: String = "conf") throws -> ConfigFile {
        try ConfigFile.parse(yaml: yaml, file: "conf/wza.yml", directory: directory, knownRules: known,
                             ruleOptions: ChecklistTests.declared)
    }

    private func problems(_ yaml: String) -> [ConfigurationProblem] {
        do {
            _ = try parse(yaml)
            return []
        } catch let error as ConfigurationProblems {
            return error.problems
        } catch {
            return [ConfigurationProblem(file: "?", line: nil, message: "\(error)")]
        }
    }

    @Test func everyKeyIsRead() throws {
        let config = try parse("""
            inputs: [public, extra]
            exclude: "drafts/**"
            checklists: [miit-aging-web, custom.yml]
            formats: html,sarif
            output: out
            lang: en
            jobs: 3
            encoding: gbk
            maxFileMb: 8
            failUnder: 70
            failOn: failed
            failOnReview: true
            maxFindings: 5
            baseline: base.json
            answers: answers.yml
            siteRoot: public
            viewport: 390x844
            suppressions:
              - rule: image-alt
                path: "news/**"
                reason: 装饰图
                expires: 2026-06-30
            ruleOptions:
              elder-font-size: {minimumPixels: 20}
            """)
        #expect(config.ruleOptions == ["elder-font-size": ["minimumPixels": .number(20)]])
        #expect(config.inputs == ["public", "extra"])
        #expect(config.exclude == ["drafts/**"])
        #expect(config.formats == ["html", "sarif"])
        #expect(config.failOn == .any, "failed is an alias of any")
        #expect(config.failOnReview == true && config.maxFindings == 5 && config.jobs == 3)
        #expect(config.viewport == "390x844" && config.siteRoot == "public")
        let rule = try #require(config.suppressions?.first)
        #expect(rule.rules == ["image-alt"] && rule.path == "news/**" && rule.reason == "装饰图")
        #expect(rule.expires == Day("2026-06-30"), "dates stay dates, not YAML timestamps")
        #expect(rule.origin == "wza.yml:19")
    }

    @Test func unknownKeysAndBadValuesAreErrorsWithTheirLine() {
        let found = problems("""
            inputs: [public]
            failon: veto
            jobs: many
            lang: fr
            viewport: tablet
            suppressions:
              - rule: image-alt
              - rule: no-such-rule
                reason: x
              - rule: image-alt
                reason: y
                expires: 2026-02-30
                colour: red
            ruleOptions:
              target-size: {minimumPixels: 500}
            """)
        let text = found.map(\.description)
        #expect(text.contains { $0.hasPrefix("conf/wza.yml:2:") && $0.contains("unknown key 'failon'") && $0.contains("did you mean 'failOn'") })
        #expect(text.contains { $0.hasPrefix("conf/wza.yml:3:") && $0.contains("whole number") })
        #expect(text.contains { $0.hasPrefix("conf/wza.yml:4:") && $0.contains("zh-CN or en") })
        #expect(text.contains { $0.hasPrefix("conf/wza.yml:5:") && $0.contains("viewport") })
        #expect(text.contains { $0.hasPrefix("conf/wza.yml:7:") && $0.contains("needs a 'reason'") })
        #expect(text.contains { $0.hasPrefix("conf/wza.yml:8:") && $0.contains("unknown rule 'no-such-rule'") })
        #expect(text.contains { $0.hasPrefix("conf/wza.yml:12:") && $0.contains("YYYY-MM-DD") })
        #expect(text.contains { $0.hasPrefix("conf/wza.yml:13:") && $0.contains("unknown key 'colour'") })
        #expect(text.contains { $0.hasPrefix("conf/wza.yml:15:") && $0.contains("target-size.minimumPixels must be between 1 and 200") })
    }

    @Test func emptyFileIsAnEmptyConfiguration() throws {
        #expect(try parse("# nothing yet\n").inputs == nil)
        #expect(!problems("- just\n- a list\n").isEmpty)
    }

    @Test func flagsOverConfigOverDefaults() throws {
        let config = try parse("""
            inputs: [public]
            formats: [json]
            output: out
            failOn: serious
            failUnder: 50
            baseline: base.json
            jobs: 2
            """)
        var flags = AuditFlags()
        let fromConfig = try AuditConfiguration.resolve(flags: flags, config: config, processors: 8)
        #expect(fromConfig.inputs == ["conf/public"], "config paths are relative to its folder")
        #expect(fromConfig.output == "conf/out" && fromConfig.baseline == "conf/base.json")
        #expect(fromConfig.formats == ["json"] && fromConfig.jobs == 2)
        #expect(fromConfig.gates == Gates(failOn: .serious, failUnder: 50))
        #expect(fromConfig.checklists == ["miit-aging-web"] && fromConfig.lang == "zh-CN" && fromConfig.viewport == "desktop")

        flags.inputs = ["site"]
        flags.formats = ["html", "md"]
        flags.output = "report"
        flags.failOn = .never
        flags.failUnder = 80
        flags.jobs = 1
        flags.failOnReview = true
        let fromFlags = try AuditConfiguration.resolve(flags: flags, config: config, processors: 8)
        #expect(fromFlags.inputs == ["site"] && fromFlags.formats == ["html", "md"] && fromFlags.output == "report")
        #expect(fromFlags.gates == Gates(failOn: .never, failUnder: 80, failOnReview: true))
        #expect(fromFlags.jobs == 1)

        let defaults = try AuditConfiguration.resolve(flags: AuditFlags(), config: nil, processors: 8)
        #expect(defaults.formats == ["html", "json"] && defaults.output == "wza-report" && defaults.jobs == 8)
        #expect(defaults.gates == Gates() && defaults.suppressions == .none)
    }

    @Test func failOnNewNeedsABaseline() throws {
        var flags = AuditFlags()
        flags.failOn = .new
        #expect(throws: ConfigurationProblems.self) { try AuditConfiguration.resolve(flags: flags, config: nil, processors: 1) }
        flags.baseline = "b.json"
        #expect(try AuditConfiguration.resolve(flags: flags, config: nil, processors: 1).gates.failOn == .new)
    }

    @Test func suppressionsComeFromTheFlagFileOrTheConfig() throws {
        let inline = try parse("suppressions:\n  - rule: image-alt\n    reason: r\n")
        #expect(try AuditConfiguration.resolve(flags: AuditFlags(), config: inline, processors: 1).suppressions == .list(inline.suppressions!))
        let file = try parse("suppressions: accepted.yml\n")
        #expect(try AuditConfiguration.resolve(flags: AuditFlags(), config: file, processors: 1).suppressions == .file("conf/accepted.yml"))
        var flags = AuditFlags()
        flags.suppressions = "mine.yml"
        #expect(try AuditConfiguration.resolve(flags: flags, config: inline, processors: 1).suppressions == .file("mine.yml"))
        // A suppressions file of its own: a list, or a mapping with `suppressions:`.
        let list = try SuppressionsFile.parse(yaml: "- rule: [image-alt, link-name]\n  reason: r\n", file: "s.yml", knownRules: known)
        #expect(list.first?.rules == ["image-alt", "link-name"] && list.first?.origin == "s.yml:1")
        #expect(try SuppressionsFile.parse(yaml: "suppressions:\n  - rule: image-alt\n    reason: r\n", file: "s.yml", knownRules: known).count == 1)
    }

    @Test func failOnNamesAndAlias() {
        #expect(FailOn(parsing: "failed") == .any)
        #expect(FailOn(parsing: "Critical") == .critical)
        #expect(FailOn(parsing: "sometimes") == nil)
    }

    @Test func globs() {
        #expect(Glob("news/**").matches("news/2026/a.html"))
        #expect(!Glob("news/*").matches("news/2026/a.html"))
        #expect(Glob("*.bak.html").matches("x/y.bak.html"))
        #expect(Glob("services/*.html").matches("services/apply.html"))
    }
}
