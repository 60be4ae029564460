import Foundation
import Testing

/// Runs the real `wza` binary, as users and CI do.
struct WZARun {
    var status: Int32
    var stdout: String
    var stderr: String
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func wzaBinary() throws -> URL {
    let candidates = [
        Bundle.main.bundleURL.appendingPathComponent("wza"),
        Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("wza"),
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wza"),
        repositoryRoot.appendingPathComponent(".build/debug/wza"),
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "wza binary"])
    }
    return found
}

/// Runs `wza` in `folder` (the repository by default; another folder for wza.yml discovery).
@discardableResult
func runWZA(_ arguments: [String], in folder: URL = repositoryRoot, environment: [String: String] = [:]) throws -> WZARun {
    let process = Process()
    process.executableURL = try wzaBinary()
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var env = ProcessInfo.processInfo.environment
    env["SOURCE_DATE_EPOCH"] = "1767225600"
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return WZARun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
}

func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("wza-tests-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The report with the machine-specific parts (libxml2 and wza versions) blanked.
func normalizedReport(_ url: URL) throws -> String {
    try String(contentsOf: url, encoding: .utf8)
        .replacingOccurrences(of: #""parserVersion" : "[^"]*""#, with: #""parserVersion" : "*""#, options: .regularExpression)
        .replacingOccurrences(of: #""toolVersion" : "[^"]*""#, with: #""toolVersion" : "*""#, options: .regularExpression)
}

@Suite(.serialized) struct CommandLineTests {
    @Test func sampleSiteMatchesGoldenAndExitCodesFollowTheGates() throws {
        let output = try temporaryFolder("golden")
        let run = try runWZA(["audit", "Examples/gov-site", "--output", output.path, "--jobs", "1", "--fail-on", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("miit-aging-web"))
        let json = try normalizedReport(output.appendingPathComponent("report.json"))
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/gov-site.report.json")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil || !FileManager.default.fileExists(atPath: golden.path) {
            try json.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("Recorded Golden/gov-site.report.json; run the tests again.")
        } else {
            #expect(json == (try String(contentsOf: golden, encoding: .utf8)), "report.json differs from Golden/gov-site.report.json (RECORD_GOLDEN=1 to update)")
        }
        let html = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("legacy/notice-gbk.html"))
        #expect(html.contains("关于开展2009年度单位档案年检工作的通知"), "the undeclared GBK page's title is decoded")
        #expect(html.contains("downloads/broken.html"), "the binary file is listed as not audited")

        // The sample site has veto items (ads in the elder version): the default gate fails it.
        #expect(try runWZA(["audit", "Examples/gov-site", "-o", output.path, "--quiet"]).status == 1)
        #expect(try runWZA(["audit", "Examples/gov-site", "-o", output.path, "--quiet", "--fail-on", "never", "--fail-under", "99"]).status == 1)
        #expect(try runWZA(["audit", "Examples/gov-site/services/guide.html", "-o", output.path, "--quiet", "--fail-on", "never", "--fail-under", "10"]).status == 0)
        #expect(try runWZA(["audit", "Examples/gov-site", "-o", output.path, "--quiet", "--fail-on", "failed"]).status == 1)
    }

    @Test func outputIsIdenticalForAnyJobs() throws {
        let one = try temporaryFolder("jobs1"), two = try temporaryFolder("jobs2")
        try runWZA(["audit", "Examples/gov-site", "-o", one.path, "--jobs", "1", "--quiet", "--fail-on", "never"])
        try runWZA(["audit", "Examples/gov-site", "-o", two.path, "--jobs", "2", "--quiet", "--fail-on", "never"])
        for file in ["report.json", "index.html"] {
            let a = try Data(contentsOf: one.appendingPathComponent(file)), b = try Data(contentsOf: two.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between --jobs 1 and --jobs 2")
        }
    }

    @Test func usageAndChecklistErrorsExitTwoAndNothingAuditableExitsThree() throws {
        let output = try temporaryFolder("errors")
        #expect(try runWZA(["audit", "Examples/gov-site", "-o", output.path, "--format", "pdf"]).status == 2)
        #expect(try runWZA(["audit", "Examples/gov-site", "-o", output.path, "--jobs", "0"]).status == 2)
        #expect(try runWZA(["audit", "Examples/gov-site", "-o", output.path, "--checklist", "no-such-list"]).status == 2)
        #expect(try runWZA(["no-such-command"]).status == 2)
        let empty = try temporaryFolder("empty")
        let nothing = try runWZA(["audit", empty.path, "-o", output.path])
        #expect(nothing.status == 3)
        #expect(nothing.stderr.contains("nothing auditable"))
        #expect(try runWZA(["audit", "/no/such/path", "-o", output.path]).status == 3)
    }

    @Test func checklistsCommandValidatesFiles() throws {
        let folder = try temporaryFolder("checklists")
        let bad = folder.appendingPathComponent("bad.yml")
        try "formatVersion: 1\nid: bad\nitems: []\n".write(to: bad, atomically: true, encoding: .utf8)
        let run = try runWZA(["checklists", "validate", bad.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("missing key"))
        let good = try runWZA(["checklists", "validate"] + ["miit-aging-web", "gb-t-37668-2019", "wcag-2.1-aa", "wcag-2.2-aa"].map { "Checklists/\($0).yml" })
        #expect(good.status == 0, "\(good.stderr)")
        #expect(try runWZA(["checklists"]).stdout.contains("wcag-2.2-aa"))
    }

    @Test func rulesAndExplainDescribeTheCatalogue() throws {
        let rules = try runWZA(["rules", "--lang", "en"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("image-alt") && rules.stdout.contains("ACT 23a2a8"))
        // Every id whole (long ids were cut to the same prefix), best practices marked.
        #expect(rules.stdout.contains("landmark-no-duplicate-contentinfo "))
        #expect(rules.stdout.split(separator: "\n").contains { $0.hasPrefix("region ") && $0.contains("(best practice)") })
        let explain = try runWZA(["explain", "meta-viewport", "--lang", "en"])
        #expect(explain.stdout.contains("## How to fix") && explain.stdout.contains("user-scalable=no"))
        #expect(try runWZA(["explain", "no-such-rule"]).status == 2)
    }

    /// A folder of 1,000 pages (ordinary, GBK, broken, binary, deeply nested) audits without a crash,
    /// and the JSON report is the same with one worker or two.
    @Test func thousandPagesAuditDeterministically() throws {
        let site = try temporaryFolder("thousand")
        let samples = try ["index.html", "services/apply.html", "legacy/notice-gbk.html", "news/2026/11/t20261120_1001.html"].map {
            try Data(contentsOf: repositoryRoot.appendingPathComponent("Examples/gov-site/\($0)"))
        }
        let deep = Data(("<html><body>" + String(repeating: "<div>", count: 20_000) + "深" + "</body></html>").utf8)
        let binary = Data([0x89, 0x50, 0x4E, 0x47] + (0..<200).map { UInt8($0 % 7) })
        for index in 0..<1000 {
            let folder = site.appendingPathComponent("section\(index % 10)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let data: Data = index == 500 ? deep : index == 501 ? binary : index == 502 ? Data() : samples[index % samples.count]
            try data.write(to: folder.appendingPathComponent("page\(index).html"))
        }
        let one = try temporaryFolder("thousand-1"), two = try temporaryFolder("thousand-2")
        let first = try runWZA(["audit", site.path, "-o", one.path, "--jobs", "1", "--format", "json", "--fail-on", "never"])
        let second = try runWZA(["audit", site.path, "-o", two.path, "--jobs", "2", "--format", "json", "--fail-on", "never"])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: one.appendingPathComponent("report.json"))) as? [String: Any]
        #expect((report?["pages"] as? [Any])?.count == 998)
        #expect((report?["skipped"] as? [Any])?.count == 2)
        #expect(try Data(contentsOf: one.appendingPathComponent("report.json")) == Data(contentsOf: two.appendingPathComponent("report.json")))
    }

    @Test func excludeGlobsAndSymlinksOutsideTheRoot() throws {
        let site = try temporaryFolder("exclude")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try "<title>a</title>".write(to: site.appendingPathComponent("a.html"), atomically: true, encoding: .utf8)
        try "<title>b</title>".write(to: site.appendingPathComponent("drafts/b.html"), atomically: true, encoding: .utf8)
        let outside = try temporaryFolder("outside").appendingPathComponent("secret.html")
        try "<title>secret</title>".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("link.html"), withDestinationURL: outside)
        let output = try temporaryFolder("exclude-out")
        try runWZA(["audit", site.path, "-o", output.path, "--format", "json", "--exclude", "drafts/**", "--fail-on", "never"])
        let json = try String(contentsOf: output.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json.contains("\"path\" : \"a.html\""))
        #expect(!json.contains("drafts/b.html"))
        #expect(json.contains("symbolic link leads outside the audited folder"))
        #expect(!json.contains("\"title\" : \"secret\""))
    }
}

/// The ACT Rules corpus, when `../shared` is present (as on developers' machines and in CI):
/// no ACT rule may be inconsistent, and the complete count may only go up.
@Test func actConformanceHasNoInconsistentRule() throws {
    let corpus = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/act")
    guard FileManager.default.fileExists(atPath: corpus.appendingPathComponent("manifest.json").path) else {
        print("ACT corpus not found at \(corpus.path); skipped")
        return
    }
    let run = try runWZA(["act-conformance", corpus.path])
    let lines = run.stdout.split(separator: "\n")
    let last = try #require(lines.last.map(String.init))
    #expect(run.status == 0, "inconsistent ACT rules:\n\(run.stdout)")
    #expect(last.range(of: #"^ACT approved: \d+ complete, \d+ partial, \d+ inconsistent, \d+ untested \| proposed: \d+ complete, \d+ partial, \d+ inconsistent, \d+ untested$"#, options: .regularExpression) != nil, "\(last)")
    let approvedComplete = Int(last.split(separator: " ")[2]) ?? 0
    #expect(approvedComplete >= 34, "approved complete fell to \(approvedComplete)")
    #expect(!run.stdout.contains("false positive"))
}

/// `--site-root` maps `/` in pages' URLs: a root-relative style sheet outside the audited folder is read
/// only when the site root contains it.
@Test func siteRootResolvesRootRelativeStyleSheets() throws {
    let site = try temporaryFolder("siteroot")
    try FileManager.default.createDirectory(at: site.appendingPathComponent("css"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: site.appendingPathComponent("news"), withIntermediateDirectories: true)
    try "p { color: #bbb; background: #fff; }".write(to: site.appendingPathComponent("css/site.css"), atomically: true, encoding: .utf8)
    try #"<html lang="zh-CN"><head><title>新闻</title><link rel="stylesheet" href="/css/site.css"><link rel="stylesheet" href="https://cdn.example.com/x.css"></head><body><h1>新闻</h1><p>浅灰色正文</p></body></html>"#
        .write(to: site.appendingPathComponent("news/a.html"), atomically: true, encoding: .utf8)
    func notLoaded(_ extra: [String]) throws -> [String] {
        let output = try temporaryFolder("siteroot-diag")
        try runWZA(["audit", site.appendingPathComponent("news").path, "-o", output.path, "--format", "json", "--fail-on", "never", "-q"] + extra)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("report.json"))) as? [String: Any]
        let pages = report?["pages"] as? [[String: Any]] ?? []
        return pages.flatMap { (($0["result"] as? [String: Any])?["styleSheetsNotLoaded"] as? [String]) ?? [] }
    }
    // The report says which sheets were not read, and why.
    let without = try notLoaded([])
    #expect(without.contains { $0.contains("remote") && $0.contains("cdn.example.com") })
    #expect(without.contains { $0.contains("/css/site.css") })
    #expect(try notLoaded(["--site-root", site.path]).count == 1)
    func contrastFailures(_ extra: [String]) throws -> Int {
        let output = try temporaryFolder("siteroot-out")
        try runWZA(["audit", site.appendingPathComponent("news").path, "-o", output.path, "--format", "json", "--fail-on", "never", "-q"] + extra)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("report.json"))) as? [String: Any]
        let pages = report?["pages"] as? [[String: Any]] ?? []
        return pages.flatMap { (($0["result"] as? [String: Any])?["findings"] as? [[String: Any]]) ?? [] }
            .filter { $0["ruleID"] as? String == "color-contrast" && $0["outcome"] as? String == "failed" }.count
    }
    #expect(try contrastFailures([]) == 0, "without --site-root, /css/site.css is outside the audited folder")
    #expect(try contrastFailures(["--site-root", site.path]) == 1)
}
