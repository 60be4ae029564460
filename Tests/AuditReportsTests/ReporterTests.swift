import AuditCore
import AuditRules
import Foundation
import HTMLDOM
import Testing

@testable import AuditReports

/// A small in-memory site audited with every rule, rendered with fixed metadata.
func sampleReport() throws -> AuditReport {
    let pages: [(String, String)] = [
        ("index.html", """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例区人民政府</title></head>
            <body><h1>首页</h1><a href="elder/index.html">关怀版</a><img src="banner.png"><a href="x.html"></a>
            <marquee>通知</marquee></body></html>
            """),
        ("news/a.html", """
            <html><head><title>&lt;script&gt;alert("标题")&lt;/script&gt;</title></head>
            <body><h1>新闻</h1><p lang="english">Hello</p><img src="a.png" alt="IMG_0001.jpg"></body></html>
            """),
    ]
    let inputs = pages.map { page in PageInput(path: page.0, isInFolder: true) { Array(page.1.utf8) } }
    var site = Auditor(rules: builtInRules).audit(inputs, options: AuditOptions(jobs: 1))
    site.skipped = [SkippedFile(path: "img/x.html", reason: Localized(zh: "二进制文件（PNG 图片），不是 HTML", en: "binary file (PNG image), not HTML"))]
    let checklist = try ChecklistLoader.load(
        yaml: try String(contentsOfFile: repositoryRoot.appendingPathComponent("Checklists/miit-aging-web.yml").path, encoding: .utf8),
        file: "miit-aging-web.yml", knownRules: Set(builtInRules.map(\.id)))
    return AuditReport(
        site: site, checklists: [checklist], rules: builtInRules.map { RuleSummary($0.description) },
        metadata: ReportMetadata(toolVersion: "0.0.0-test", parserVersion: "test", generatedAt: "2026-01-01T00:00:00Z", inputs: ["site"]))
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Compares with `Golden/<name>`; `RECORD_GOLDEN=1 swift test` rewrites the file and fails on purpose.
func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil || !FileManager.default.fileExists(atPath: url.path) {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("Recorded golden file \(name); run the tests again.", sourceLocation: sourceLocation)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "\(name) differs from its golden file; if the change is intended, run RECORD_GOLDEN=1 swift test", sourceLocation: sourceLocation)
}

@Suite struct ReporterTests {
    @Test func jsonMatchesGolden() throws {
        try expectGolden(try JSONReporter().render(try sampleReport(), language: .zh), "sample.report.json")
    }

    @Test(arguments: ReportLanguage.allCases)
    func htmlMatchesGolden(_ language: ReportLanguage) throws {
        try expectGolden(try HTMLReporter().render(try sampleReport(), language: language), "sample.\(language.rawValue).html")
    }

    @Test func jsonValidatesAgainstItsSchemaShape() throws {
        let json = try JSONReporter().render(try sampleReport(), language: .zh)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("Reports/report.schema.json"))) as? [String: Any]
        let required = try #require(schema?["required"] as? [String])
        for key in required { #expect(object?[key] != nil, "report.json lacks required key \(key)") }
        #expect(object?["schemaVersion"] as? String == AuditReport.schemaVersion)
    }

    @Test func pageTextIsEscapedEverywhere() throws {
        let html = try HTMLReporter().render(try sampleReport(), language: .zh)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&quot;标题&quot;)&lt;/script&gt;"))
        #expect(!html.contains("<img src=\"banner.png\""))
        #expect(!html.contains("⟦"), "a report string is missing from Reports/strings.json")
    }

    @Test func escapingCoversQuotesAndControlCharacters() {
        #expect(HTMLBuilder.escape("<a href=\"x\">'&'</a>\u{01}") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\u{FFFD}")
    }

    @Test func terminalSummaryHasNoColourUnlessAsked() throws {
        let report = try sampleReport()
        let plain = TerminalSummary(colour: false, language: .en).render(report, writtenFiles: ["out/index.html"])
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("miit-aging-web"))
        #expect(TerminalSummary(colour: true, language: .en).render(report, writtenFiles: []).contains("\u{1B}["))
    }

    /// The report is itself accessible: wza's own rules find no failure in it.
    @Test(arguments: ReportLanguage.allCases)
    func reportPassesWzasOwnAudit(_ language: ReportLanguage) throws {
        let html = try HTMLReporter().render(try sampleReport(), language: language)
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let result = Auditor(rules: builtInRules).audit(document, path: "index.html", traits: PageTraits())
        let failures = result.findings.filter { $0.outcome == .failed }
        #expect(failures.isEmpty, "\(failures.map { "\($0.ruleID) line \($0.location.line): \($0.message.en)" })")
    }

    @Test func ruleDocumentationIsGeneratedFromTheDescription() throws {
        let rule = try #require(builtInRules.first { $0.id == "image-alt" })
        let page = RuleDocumentation.render(rule.description, language: .en)
        #expect(page.hasPrefix("# image-alt: Images have a text alternative"))
        #expect(page.contains("WCAG: 1.1.1"))
        #expect(!page.contains("↓"))
    }
}

/// The checklist schema's rule ids and options come from the rules; this keeps them current.
@Test func checklistSchemaIsCurrent() throws {
    let file = repositoryRoot.appendingPathComponent("Checklists/checklist.schema.json")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(try ChecklistSchema.updating(text, rules: builtInRules.map(\.description)) == text,
            "Checklists/checklist.schema.json is out of date: run `swift run wza docs`")
}

/// Docs/Rules is generated from the rules; this keeps it current.
@Test func ruleDocsAreCurrent() throws {
    let folder = repositoryRoot.appendingPathComponent("Docs/Rules")
    let rules = builtInRules.map(\.description)
    var expected = Dictionary(uniqueKeysWithValues: rules.map { ("\($0.id).md", RuleDocumentation.page($0)) })
    expected["README.md"] = RuleDocumentation.index(rules)
    let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    #expect(present == Set(expected.keys), "Docs/Rules is out of date: run `swift run wza docs`")
    for (name, text) in expected {
        let actual = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(actual == text, "Docs/Rules/\(name) is out of date: run `swift run wza docs`")
    }
}

/// The README's "What it checks" is written by hand: its rule count must be the catalogue's, every rule
/// must appear in it, and the best practices it names must be exactly the rules flagged as such.
@Test func readmeRuleListIsCurrent() throws {
    let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "## What it checks"))
    let end = try #require(readme.range(of: "**ACT conformance.**", range: start.upperBound..<readme.endIndex))
    let section = readme[start.upperBound..<end.lowerBound]
    #expect(section.contains("\n\(builtInRules.count) rules ("), "README.md: the rule count is not \(builtInRules.count)")
    let missing = builtInRules.map(\.id).filter { !section.contains("`\($0)`") }
    #expect(missing.isEmpty, "README.md's \"What it checks\" does not list \(missing)")
    // The sentence that names the best practices ("the landmark rules" stands for the landmark-* ones).
    let opening = try #require(readme.range(of: "Rules that axe-core tags as best practices ("))
    let closing = try #require(readme.range(of: ")", range: opening.upperBound..<readme.endIndex))
    let sentence = readme[opening.upperBound..<closing.lowerBound]
    let named = Set(sentence.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
    let flagged = Set(builtInRules.filter(\.description.bestPractice).map(\.id).filter { !$0.hasPrefix("landmark-") })
    #expect(named == flagged, "README.md names as best practices \(named.sorted()), the rules flag \(flagged.sorted())")
}
