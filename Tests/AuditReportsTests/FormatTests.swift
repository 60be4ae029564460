import AuditCore
import AuditRules
import Foundation
import HTMLDOM
import Testing

@testable import AuditReports

/// The shared schemas live beside the repository (`../shared/schemas`).
private let schemas = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
private let sarifSchema = schemas.appendingPathComponent("sarif-schema-2.1.0.json")
private let junitSchema = schemas.appendingPathComponent("jenkins-junit.xsd")

/// An executable on PATH, or nil.
private func tool(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Runs a command; returns its exit status and combined output.
private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

private func temporaryFile(_ contents: String, named name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("wza-format-\(UUID().uuidString)-\(name)")
    try Data(contents.utf8).write(to: url)
    return url
}

/// Validation needs xmllint (Debian libxml2-utils) and python3 with jsonschema; `.ci/run` installs both,
/// so in CI these tests run. Elsewhere they are skipped with this reason rather than failing.
private let canRunXmllint = tool("xmllint") != nil && FileManager.default.fileExists(atPath: junitSchema.path)
private let canRunJSONSchema: Bool = {
    guard let python = tool("python3"), FileManager.default.fileExists(atPath: sarifSchema.path) else { return false }
    return (try? run(python, ["-c", "import jsonschema"]).status) == 0
}()

/// The sample report with hostile page text everywhere a page can put text.
private func hostileReport() throws -> AuditReport {
    var report = try sampleReport()
    let hostile = "=HYPERLINK(\"http://evil\")|*_`[x](y)<b>&amp;</b>\u{01}\u{FFFF}\n第二行, \"quoted\" ]]>"
    report.pages[0].result.title = hostile
    report.pages[0].result.findings[0].location.snippet = "<img src=\"\(hostile)\">"
    report.pages[0].result.findings[0].location.selector = "+cmd|' /C calc'!A0"
    report.pages[0].result.findings[0].message = Localized(zh: "@SUM(1)" + hostile, en: "-2+3" + hostile)
    report.pages[1].result.path = "news/<a>&\"'.html"
    report.skipped[0].path = "img/<x>&.html"
    return report
}

@Suite struct FormatTests {
    // MARK: Golden files

    @Test func sarifMatchesGolden() throws {
        try expectGolden(try SARIFReporter().render(try sampleReport(), language: .zh), "sample.sarif")
    }

    @Test func junitMatchesGolden() throws {
        try expectGolden(try JUnitReporter().render(try sampleReport(), language: .zh), "sample.junit.xml")
    }

    @Test func csvMatchesGolden() throws {
        let csv = try CSVReporter().render(try sampleReport(), language: .zh)
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        // Foundation drops a byte-order mark when reading text, so the golden file is kept without it.
        try expectGolden(String(csv.unicodeScalars.dropFirst()), "sample.csv")
    }

    @Test(arguments: ReportLanguage.allCases)
    func markdownMatchesGolden(_ language: ReportLanguage) throws {
        try expectGolden(try MarkdownReporter().render(try sampleReport(), language: language), "sample.\(language.rawValue).md")
    }

    @Test func earlMatchesGolden() throws {
        try expectGolden(try EARLReporter().render(try sampleReport(), language: .en), "sample.earl.json")
    }

    /// `--format html,json,sarif,junit,csv,md,earl`: every format renders from one model, to its own file.
    @Test(arguments: ReportLanguage.allCases)
    func allFormatsRenderAtOnce(_ language: ReportLanguage) throws {
        let report = try sampleReport()
        let outputs = try ReportFormat.allCases.map { ($0.reporter.fileName, try $0.reporter.render(report, language: language)) }
        #expect(Set(outputs.map(\.0)).count == ReportFormat.allCases.count)
        for (name, text) in outputs {
            #expect(!text.isEmpty, "\(name) is empty")
            #expect(!text.contains("⟦"), "\(name) uses a report string missing from Reports/strings.json")
        }
        // Pure and deterministic: rendering twice gives the same bytes.
        for format in ReportFormat.allCases {
            #expect(try format.reporter.render(report, language: language) == format.reporter.render(report, language: language))
        }
    }

    // MARK: SARIF

    @Test(.enabled(if: canRunJSONSchema, "needs python3 with jsonschema and ../shared/schemas/sarif-schema-2.1.0.json"),
          arguments: [false, true])
    func sarifValidatesAgainstTheSchema(hostile: Bool) throws {
        let report = hostile ? try hostileReport() : try sampleReport()
        let file = try temporaryFile(try SARIFReporter().render(report, language: .zh), named: "report.sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
            for error in errors: print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """
        let result = try run(try #require(tool("python3")), ["-c", script, sarifSchema.path, file.path])
        #expect(result.status == 0, "SARIF does not validate:\n\(result.output)")
    }

    /// report.json is what `Reports/report.schema.json` says (notes without impact and fix since 1.3.0).
    @Test(.enabled(if: canRunJSONSchema, "needs python3 with jsonschema"), arguments: [false, true])
    func jsonValidatesAgainstTheReportSchema(hostile: Bool) throws {
        let report = hostile ? try hostileReport() : try sampleReport()
        #expect(report.pages.contains { !$0.result.notes.isEmpty })
        let file = try temporaryFile(try JSONReporter().render(report, language: .zh), named: "report.json")
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            report = json.load(open(sys.argv[2], encoding="utf-8"))
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(report))
            for error in errors: print(list(error.absolute_path), error.message)
            notes = [note for page in report["pages"] for note in page["result"]["notes"]]
            if any("fix" in note or "impact" in note for note in notes): print("a note carries fix or impact"); sys.exit(1)
            sys.exit(1 if errors else 0)
            """
        let schema = repositoryRoot.appendingPathComponent("Reports/report.schema.json")
        let result = try run(try #require(tool("python3")), ["-c", script, schema.path, file.path])
        #expect(result.status == 0, "report.json does not validate:\n\(result.output)")
    }

    /// The built-in checklists are what their schema says (editors validate against it, so it must not lag).
    @Test(.enabled(if: canRunJSONSchema && (try? run(tool("python3")!, ["-c", "import yaml"]).status) == 0,
                   "needs python3 with jsonschema and yaml"))
    func builtInChecklistsValidateAgainstTheirSchema() throws {
        let folder = repositoryRoot.appendingPathComponent("Checklists")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }.sorted()
        #expect(files.count >= 4)
        let script = """
            import json, sys, yaml, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            bad = 0
            for path in sys.argv[2:]:
                for error in jsonschema.Draft202012Validator(schema).iter_errors(yaml.safe_load(open(path, encoding="utf-8"))):
                    print(path, list(error.absolute_path), error.message); bad += 1
            sys.exit(1 if bad else 0)
            """
        let result = try run(try #require(tool("python3")), ["-c", script, folder.appendingPathComponent("checklist.schema.json").path]
                             + files.map { folder.appendingPathComponent($0).path })
        #expect(result.status == 0, "checklists do not validate:\n\(result.output)")
    }

    @Test func sarifLevelsFollowImpactAndOutcome() throws {
        let report = try sampleReport()
        let json = try SARIFReporter().render(report, language: .en)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require((run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(rules.count == report.rules.count)
        let allFindings = report.pages.flatMap(\.result.findings)
        #expect(results.count == allFindings.count)
        for (result, finding) in zip(results, allFindings) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.ruleID)
            if finding.outcome == .failed {
                #expect(result["level"] as? String == SARIFReporter.level(for: finding.impact))
                #expect(result["kind"] as? String == "fail")
            } else {
                #expect(result["kind"] as? String == "review")
                #expect(result["level"] as? String == "none")
            }
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints["wzaFingerprint/v1"]?.count == 16)
        }
        let imageAlt = try #require(rules.first { $0["id"] as? String == "image-alt" })
        let tags = (imageAlt["properties"] as? [String: Any])?["tags"] as? [String]
        #expect(tags?.contains("WCAG 1.1.1") == true)
        #expect((imageAlt["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        #expect(imageAlt["helpUri"] as? String == "Docs/Rules/image-alt.md")
    }

    // MARK: JUnit

    @Test(.enabled(if: canRunXmllint, "needs xmllint (libxml2-utils) and ../shared/schemas/jenkins-junit.xsd"),
          arguments: [(false, ReportLanguage.zh), (false, .en), (true, .zh)])
    func junitValidatesAgainstTheSchema(hostile: Bool, language: ReportLanguage) throws {
        let report = hostile ? try hostileReport() : try sampleReport()
        let file = try temporaryFile(try JUnitReporter().render(report, language: language), named: "report.junit.xml")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(try #require(tool("xmllint")), ["--noout", "--schema", junitSchema.path, file.path])
        #expect(result.status == 0, "JUnit XML does not validate:\n\(result.output)")
    }

    @Test func junitHasASuitePerPageAndACasePerItem() throws {
        let report = try sampleReport()
        let xml = try JUnitReporter().render(report, language: .zh)
        let itemCount = report.checklists[0].items.count
        #expect(xml.components(separatedBy: "<testsuite ").count - 1 == report.pages.count + 1)
        // 35 items plus image-alt, marquee, landmark-one-main and region, which no item of the checklist uses.
        #expect(xml.contains("<testsuite name=\"index.html\" tests=\"\(itemCount + 4)\""))
        #expect(xml.contains("name=\"W01 适老页面禁止广告内容及广告插件\""))
        #expect(xml.contains("<failure message=\"Image has no text alternative") == false, "zh report shows English")
        #expect(xml.contains("<failure message=\"链接没有可访问名称。\" type=\"link-name\">"))
        // image-alt evidences no MIIT item, so it gets a testcase of its own.
        #expect(xml.contains("<testcase classname=\"wza.rules\" name=\"image-alt 图片有替代文本\">"))
        #expect(xml.contains("<skipped>manual</skipped>"))
        #expect(xml.contains("name=\"img/x.html\""))
    }

    @Test func xmlEscapingCoversMarkupQuotesAndForbiddenCharacters() {
        #expect(FormatSupport.xmlEscape("<a b=\"c\">'&'</a>\u{01}\u{FFFE}") == "&lt;a b=&quot;c&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\u{FFFD}\u{FFFD}")
        #expect(FormatSupport.xmlEscape("a\nb\tc", attribute: true) == "a&#10;b&#9;c")
        #expect(FormatSupport.xmlEscape("a\nb") == "a\nb")
    }

    @Test func hostileTextNeverBecomesMarkupInJUnit() throws {
        let xml = try JUnitReporter().render(try hostileReport(), language: .en)
        #expect(!xml.contains("<b>"))
        #expect(!xml.contains("\u{01}"))
        #expect(xml.contains("news/&lt;a&gt;&amp;&quot;&apos;.html"))
    }

    // MARK: CSV

    @Test func csvQuotesPerRFC4180() {
        #expect(CSVReporter.cell("plain") == "plain")
        #expect(CSVReporter.cell("a,b") == "\"a,b\"")
        #expect(CSVReporter.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReporter.cell("line\nbreak") == "\"line\nbreak\"")
        #expect(CSVReporter.cell("crlf\r\nbreak") == "\"crlf\r\nbreak\"")
        #expect(CSVReporter.cell("中文，标点") == "中文，标点")
    }

    @Test(arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://evil\",\"x\")"])
    func csvDefusesFormulas(_ value: String) {
        let cell = CSVReporter.cell(value)
        let unquoted = cell.hasPrefix("\"") ? String(cell.dropFirst()) : cell
        #expect(unquoted.hasPrefix("'"), "\(value) would run as a formula: \(cell)")
    }

    @Test func csvHasBOMCRLFAndARowPerFinding() throws {
        let report = try sampleReport()
        let csv = try CSVReporter().render(report, language: .en)
        #expect(csv.hasPrefix("\u{FEFF}Page,Page title,Rule,Outcome,Impact,Line,"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let rows = csv.components(separatedBy: "\r\n").dropLast()
        #expect(rows.count == 1 + report.pages.reduce(0) { $0 + $1.result.findings.count })
        #expect(try CSVReporter().render(report, language: .zh).hasPrefix("\u{FEFF}页面,页面标题,规则,"))
    }

    @Test func hostileTextIsQuotedAndDefusedInCSV() throws {
        let csv = try CSVReporter().render(try hostileReport(), language: .en)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://evil\"\")"))
        #expect(csv.contains(",\"'+cmd|' /C calc'!A0\"") || csv.contains(",'+cmd|' /C calc'!A0,"))
        #expect(csv.contains("\"'-2+3=HYPERLINK"))
    }

    // MARK: Markdown

    @Test func markdownEscapesPageText() {
        #expect(MarkdownReporter.escape("a|b `c` *d* _e_ <f> [g](h) & \\") == "a\\|b \\`c\\` \\*d\\* \\_e\\_ &lt;f&gt; \\[g\\](h) &amp; \\\\")
        #expect(MarkdownReporter.escape("line\nbreak") == "line break")
    }

    @Test func markdownSummaryEscapesAndTruncates() throws {
        let hostile = try MarkdownReporter().render(try hostileReport(), language: .en)
        #expect(!hostile.contains("<b>"))
        #expect(!hostile.contains("[x](y)"))
        #expect(hostile.contains("\\|\\*\\_\\`\\[x\\](y)&lt;b&gt;"))
        // Every table row keeps its column count (a stray | or newline would break the table).
        for line in hostile.split(separator: "\n") where line.hasPrefix("| ") {
            let columns = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(columns >= 5, "broken row: \(line)")
        }
        let short = try MarkdownReporter(limit: 1).render(try sampleReport(), language: .en)
        #expect(short.contains("Showing the first 1 of 2"))
        #expect(!(try MarkdownReporter().render(try sampleReport(), language: .en)).contains("Showing the first"))
    }

    // MARK: EARL

    @Test func earlHasAnAssertionPerPageAndRule() throws {
        let report = try sampleReport()
        let json = try EARLReporter().render(report, language: .en)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["@context"] as? String == EARLReporter.context)
        let graph = try #require(document["@graph"] as? [[String: Any]])
        let subjects = graph.filter { ($0["@type"] as? [String])?.contains("TestSubject") == true }
        #expect(subjects.count == report.pages.count)
        for (subject, page) in zip(subjects, report.pages) {
            #expect(subject["source"] as? String == page.result.path)
            let assertions = try #require(subject["assertions"] as? [[String: Any]])
            #expect(assertions.count == page.result.rules.count)
            for (assertion, rule) in zip(assertions, page.result.rules) {
                let result = try #require(assertion["result"] as? [String: Any])
                #expect(result["outcome"] as? String == "earl:\(rule.outcome.rawValue)")
                #expect((result["pointer"] != nil) == (rule.outcome == .failed || rule.outcome == .cantTell))
                #expect((assertion["test"] as? [String: Any])?["title"] as? String == rule.ruleID)
            }
        }
        #expect(json.contains("\"@id\" : \"https://www.w3.org/WAI/standards-guidelines/act/rules/23a2a8/\""))
    }

    // MARK: Fingerprints

    /// Audits a one-image page and returns the image-alt finding's fingerprint.
    private func imageAltFingerprint(_ body: String, rule: String = "image-alt", path: String = "a.html") throws -> String {
        let document = try HTMLDocument(html: "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>t</title></head><body>\(body)</body></html>")
        let result = Auditor(rules: builtInRules).audit(document, path: path, traits: PageTraits())
        let finding = try #require(result.findings.first { $0.ruleID == "image-alt" })
        let element = try #require(document.elements.first { $0.selectorPath == finding.location.selector })
        // The signature from the element and from the finding's snippet agree, so baselines can use either.
        #expect(ElementSignature(element) == ElementSignature(snippet: finding.location.snippet))
        return findingFingerprint(ruleID: rule, path: finding.location.file, signature: ElementSignature(snippet: finding.location.snippet))
    }

    @Test func fingerprintsSurviveUnrelatedEdits() throws {
        let original = try imageAltFingerprint(#"<div class="news"><img class="pic big" src="banner.png" width="10"></div>"#)
        let edits = [
            // A paragraph inserted before the element: line and nth-of-type path change.
            #"<p>新通知</p><p>另一段</p><div class="news"><img class="pic big" src="banner.png" width="10"></div>"#,
            // Attributes reordered, classes reordered, an unrelated attribute changed.
            #"<div class="news"><img width="20" src="banner.png" class="big  pic"></div>"#,
            // A new sibling image before it, and the tag reformatted across lines.
            "<div class=\"news\"><img src=\"logo.png\" alt=\"徽标\"><img\n  src=\"banner.png\"\n  class=\"pic big\"></div>",
        ]
        for edited in edits { #expect(try imageAltFingerprint(edited) == original, "\(edited)") }

        #expect(try imageAltFingerprint(#"<img class="pic big" src="other.png">"#) != original, "a different src is a different element")
        #expect(try imageAltFingerprint(#"<img class="pic big" src="banner.png">"#, rule: "role-img-alt") != original, "a different rule")
        #expect(try imageAltFingerprint(#"<img class="pic big" src="banner.png">"#, path: "b.html") != original, "a different page")
    }

    @Test func fingerprintIsAFixedFunction() {
        // FNV-1a 64 test vectors: the hash must never depend on the process (unlike hashValue).
        #expect(fnv1a64Hex("") == "cbf29ce484222325")
        #expect(fnv1a64Hex("a") == "af63dc4c8601ec8c")
        #expect(fnv1a64Hex("foobar") == "85944171f73967e8")
        let signature = ElementSignature(snippet: #"<img class="b a" src="x.png" alt="y">"#)
        #expect(signature.canonical == "img.a.b[src=x.png]")
        #expect(findingFingerprint(ruleID: "image-alt", path: "index.html", signature: signature)
            == fnv1a64Hex("wza/v1\u{1F}image-alt\u{1F}index.html\u{1F}img.a.b[src=x.png]"))
    }

    @Test func identicalElementsGetDistinctFingerprints() throws {
        let document = try HTMLDocument(html: #"<html lang="zh"><head><title>t</title></head><body><img src="a.png"><p>x</p><img src="a.png"></body></html>"#)
        let findings = Auditor(rules: builtInRules).audit(document, path: "p.html", traits: PageTraits()).findings.filter { $0.ruleID == "image-alt" }
        #expect(findings.count == 2)
        let prints = findingFingerprints(findings)
        #expect(Set(prints).count == 2)
        #expect(prints[0] == findingFingerprint(ruleID: "image-alt", path: "p.html", signature: ElementSignature(snippet: #"<img src="a.png">"#)))
    }

    @Test func snippetsCutByTheLengthLimitDropTheCutAttribute() {
        let signature = ElementSignature(snippet: #"<a href="/x" name="n" data-long="aaaa…"#)
        #expect(signature.canonical == "a[href=/x][name=n]")
        #expect(ElementSignature(snippet: #"<img src="say &quot;hi&quot;">"#).canonical == #"img[src=say "hi"]"#)
    }
}
