import Foundation
import Testing

/// Runs `wza` in a given folder (for wza.yml discovery) on a fixed "today", so expiry is testable.
@discardableResult
private func runWZA(in folder: URL, _ arguments: [String], environment: [String: String] = [:]) throws -> WZARun {
    try runWZA(arguments, in: folder, environment: ["WZA_TODAY": "2026-01-15"].merging(environment) { $1 })
}

private func write(_ text: String, _ url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
}

private func page(_ body: String) -> String {
    "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>页面</title></head><body><h1>标题</h1>\n\(body)\n</body></html>"
}

private func report(_ folder: URL) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any] ?? [:]
}

@Suite(.serialized) struct GateTests {
    @Test func baselineRatchetsNewFindingsFailExistingOnesDoNot() throws {
        let root = try temporaryFolder("baseline")
        let site = root.appendingPathComponent("site")
        try write(page(#"<img src="a.png"><img src="b.png">"#), site.appendingPathComponent("news/a.html"))
        try write(page(#"<a href="/x"></a>"#), site.appendingPathComponent("news/b.html"))
        let create = try runWZA(in: root, ["baseline", "create", "site", "--output", "wza-baseline.json"])
        #expect(create.status == 0, "\(create.stderr)")
        let baselineFile = root.appendingPathComponent("wza-baseline.json")
        let first = try Data(contentsOf: baselineFile)
        try runWZA(in: root, ["baseline", "create", "site", "-o", "wza-baseline.json", "--jobs", "1", "--quiet"])
        #expect(try Data(contentsOf: baselineFile) == first, "the baseline file is deterministic")

        // Unchanged (but with unrelated edits): nothing new, every gate that counts findings passes.
        try write(page(#"<p>新段落</p><img   src="a.png" ><img src="b.png">"#), site.appendingPathComponent("news/a.html"))
        let same = try runWZA(in: root, ["audit", "site", "--baseline", "wza-baseline.json", "--fail-on", "new", "-o", "out", "--format", "json"])
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        #expect(same.stdout.contains("0 new") || same.stdout.contains("新问题 0"))
        #expect(try runWZA(in: root, ["audit", "site", "--baseline", "wza-baseline.json", "--fail-on", "any", "-o", "out", "-q"]).status == 0,
                "with a baseline, --fail-on any counts new findings only")
        #expect(try runWZA(in: root, ["audit", "site", "--fail-on", "any", "-o", "out", "-q"]).status == 1, "without it, existing ones fail")

        // One fixed, one new.
        try write(page(#"<img src="a.png" alt="图"><img src="b.png"><img src="c.png">"#), site.appendingPathComponent("news/a.html"))
        let changed = try runWZA(in: root, ["audit", "site", "--baseline", "wza-baseline.json", "--fail-on", "new", "-o", "out", "--format", "json"])
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("gate failed") && changed.stderr.contains("new"))
        let json = try report(root.appendingPathComponent("out"))
        let baseline = try #require(json["baseline"] as? [String: Any])
        #expect(baseline["new"] as? Int == 1)
        let fixed = try #require(baseline["fixed"] as? [[String: Any]])
        #expect(fixed.count == 1 && (fixed[0]["snippet"] as? String)?.contains("a.png") == true)
        let pages = try #require(json["pages"] as? [[String: Any]])
        let findings = pages.flatMap { (($0["result"] as? [String: Any])?["findings"] as? [[String: Any]]) ?? [] }
        #expect(findings.filter { $0["baselineStatus"] as? String == "new" }.count == 1)
        #expect(findings.allSatisfy { ($0["fingerprint"] as? String)?.count == 16 })
        #expect(try runWZA(in: root, ["audit", "site", "--baseline", "wza-baseline.json", "--max-findings", "1", "--fail-on", "never", "-o", "out", "-q"]).status == 0)
        #expect(try runWZA(in: root, ["audit", "site", "--baseline", "wza-baseline.json", "--max-findings", "0", "--fail-on", "never", "-o", "out", "-q"]).status == 1)

        // Usage errors: --fail-on new needs a baseline; a broken baseline file.
        #expect(try runWZA(in: root, ["audit", "site", "--fail-on", "new", "-o", "out", "-q"]).status == 2)
        try write("{}", root.appendingPathComponent("broken.json"))
        #expect(try runWZA(in: root, ["audit", "site", "--baseline", "broken.json", "-o", "out", "-q"]).status == 2)
    }

    @Test func failOnLevelsAndReview() throws {
        let root = try temporaryFolder("levels")
        // label (critical), link-name (serious); color-contrast over a background image needs review.
        try write(page(#"<input type="text">"#), root.appendingPathComponent("critical/p.html"))
        try write(page(#"<a href="/x"></a>"#), root.appendingPathComponent("serious/p.html"))
        // Its content is in a main landmark, so that only the contrast review is left (no landmark-one-main or region failure).
        try write(page(#"<p style="color:#999;background-image:url(x.png)">文字</p>"#)
                      .replacingOccurrences(of: "<body>", with: "<body><main>").replacingOccurrences(of: "</body>", with: "</main></body>"),
                  root.appendingPathComponent("review/p.html"))
        func status(_ folder: String, _ arguments: [String]) throws -> Int32 {
            try runWZA(in: root, ["audit", folder, "-o", "out", "-q"] + arguments).status
        }
        #expect(try status("critical", ["--fail-on", "critical"]) == 1)
        #expect(try status("serious", ["--fail-on", "critical"]) == 0)
        #expect(try status("serious", ["--fail-on", "serious"]) == 1)
        #expect(try status("serious", ["--fail-on", "failed"]) == 1, "failed is kept as an alias of any")
        #expect(try status("serious", ["--fail-on", "never"]) == 0)
        #expect(try status("review", ["--fail-on", "any"]) == 0, "needs-review never fails by default")
        #expect(try status("review", ["--fail-on", "any", "--fail-on-review"]) == 1)
        #expect(try status("review", ["--fail-on", "sometimes"]) == 2)
    }

    @Test func suppressionsInlineAndConfigWithExpiry() throws {
        let root = try temporaryFolder("suppress")
        try write(page("""
            <!-- wza-disable-next image-alt -- 装饰性分隔线 -->
            <img src="line.png">
            <!-- wza-disable-next label -->
            <input type="text">
            """), root.appendingPathComponent("site/p.html"))
        try write(page(#"<a href="/x" class="icon"></a>"#), root.appendingPathComponent("site/news/n.html"))
        try write("""
            failOn: any
            formats: json
            output: out
            suppressions:
              - rule: link-name
                path: "news/**"
                selector: a.icon
                reason: 图标链接，改版中
                expires: 2026-01-31
              - rule: image-alt
                path: "old/**"
                reason: 旧栏目
            """, root.appendingPathComponent("wza.yml"))
        let run = try runWZA(in: root, ["audit", "site"])
        // The label finding stays: its comment has no reason.
        #expect(run.status == 1)
        #expect(run.stderr.contains("p.html:4: suppression comment ignored"), "\(run.stderr)")
        let json = try report(root.appendingPathComponent("out"))
        let summary = try #require(json["suppressions"] as? [String: Any])
        #expect(summary["suppressedFindings"] as? Int == 2)
        let uses = try #require(summary["suppressions"] as? [[String: Any]])
        #expect(uses.map { $0["status"] as? String } == ["used", "unused", "used"])
        #expect(uses[0]["origin"] as? String == "wza.yml:5")
        #expect((summary["problems"] as? [Any])?.count == 1)
        let pages = try #require(json["pages"] as? [[String: Any]])
        let suppressed = pages.flatMap { (($0["result"] as? [String: Any])?["suppressed"] as? [[String: Any]]) ?? [] }
        #expect(Set(suppressed.compactMap { $0["reason"] as? String }) == ["装饰性分隔线", "图标链接，改版中"])
        #expect(run.stdout.contains("2"))

        // After the expiry day the run fails with a clear message, even with --fail-on never.
        let expired = try runWZA(in: root, ["audit", "site", "--fail-on", "never"], environment: ["WZA_TODAY": "2026-02-01"])
        #expect(expired.status == 1)
        #expect(expired.stderr.contains("suppression wza.yml:5 (link-name) expired on 2026-01-31"), "\(expired.stderr)")
    }

    @Test func configFileIsFoundUpwardAndStrict() throws {
        let root = try temporaryFolder("config")
        try write(page(#"<img src="a.png">"#), root.appendingPathComponent("public/p.html"))
        try write("inputs: [public]\nformats: [json]\noutput: out\nfailOn: never\n", root.appendingPathComponent("wza.yml"))
        let nested = root.appendingPathComponent("public/deeper")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let fromBelow = try runWZA(in: nested, ["audit", "-q"])
        #expect(fromBelow.status == 0, "\(fromBelow.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/report.json").path), "paths are relative to wza.yml")
        #expect(try runWZA(in: root, ["audit", "-q", "--fail-on", "any"]).status == 1, "flags win over the file")

        try write("inputs: [public]\nformat: [json]\n", root.appendingPathComponent("wza.yml"))
        let bad = try runWZA(in: root, ["audit", "-q"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("wza.yml:2: unknown key 'format'") && bad.stderr.contains("did you mean 'formats'"), "\(bad.stderr)")
        let other = root.appendingPathComponent("other.yml")
        try write("inputs: [public]\noutput: out2\nformats: json\nfailOn: never\n", other)
        #expect(try runWZA(in: root, ["audit", "-q", "--config", other.path]).status == 0, "--config skips discovery")
        #expect(try runWZA(in: root, ["audit", "-q", "--config", "missing.yml"]).status == 2)
    }

    @Test func initWritesAStarterThatParses() throws {
        let root = try temporaryFolder("init")
        try write(page("<p>好</p>"), root.appendingPathComponent("public/p.html"))
        let first = try runWZA(in: root, ["init"])
        #expect(first.status == 0)
        let text = try String(contentsOf: root.appendingPathComponent("wza.yml"), encoding: .utf8)
        #expect(text.contains("# wza.yml") && text.contains("failOn: veto"))
        #expect(try runWZA(in: root, ["init"]).status == 2, "never overwrites without --force")
        #expect(try runWZA(in: root, ["init", "--force"]).status == 0)
        let audit = try runWZA(in: root, ["audit", "-q"])
        #expect(audit.status == 0, "the starter file is valid as written: \(audit.stderr)")
    }

    /// A checklist's thresholds change verdicts; wza.yml wins, and a later checklist's wish is reported.
    @Test func ruleOptionsFromChecklistsAndConfig() throws {
        let root = try temporaryFolder("options")
        // #888 on white is 3.54:1: enough for large text only. 20px counts as large under the MIIT spec.
        try write(page(#"<p style="color:#888;background:#fff;font-size:20px">二十像素的文字</p>"#), root.appendingPathComponent("site/index.html"))
        func contrastFailures(_ arguments: [String]) throws -> (Int, [String: Any]) {
            let run = try runWZA(in: root, ["audit", "site", "-o", "out", "--format", "json", "--fail-on", "never", "-q"] + arguments)
            #expect(run.status == 0, "\(run.stderr)")
            let json = try report(root.appendingPathComponent("out"))
            let findings = (json["pages"] as? [[String: Any]] ?? []).flatMap { (($0["result"] as? [String: Any])?["findings"] as? [[String: Any]]) ?? [] }
            return (findings.filter { $0["ruleID"] as? String == "color-contrast" && $0["outcome"] as? String == "failed" }.count, json)
        }
        #expect(try contrastFailures(["--checklist", "miit-aging-web"]).0 == 0)
        #expect(try contrastFailures(["--checklist", "wcag-2.1-aa"]).0 == 1)
        let (failures, json) = try contrastFailures(["--checklist", "wcag-2.1-aa", "--checklist", "miit-aging-web"])
        #expect(failures == 1, "the first checklist listed decides")
        let overrides = json["ruleOptionOverrides"] as? [[String: Any]] ?? []
        #expect(overrides.contains { $0["rule"] as? String == "color-contrast" && $0["source"] as? String == "miit-aging-web" })
        let contrast = (json["rules"] as? [[String: Any]] ?? []).first { $0["id"] as? String == "color-contrast" }
        #expect((contrast?["options"] as? [[String: Any]])?.first?["source"] as? String == "wcag-2.1-aa")

        try write("ruleOptions:\n  color-contrast: {largeText: miit}\n", root.appendingPathComponent("wza.yml"))
        #expect(try contrastFailures(["--checklist", "wcag-2.1-aa"]).0 == 0, "wza.yml wins over the checklist")
        try write("ruleOptions:\n  color-contrast: {largeText: large}\n", root.appendingPathComponent("wza.yml"))
        let bad = try runWZA(in: root, ["audit", "site", "-q"])
        #expect(bad.status == 2 && bad.stderr.contains("wza.yml:2") && bad.stderr.contains("wcag, miit"), "\(bad.stderr)")
    }

    @Test func answersCountInTheScoreAndUnknownItemsAreErrors() throws {
        let root = try temporaryFolder("answers")
        try write(page("<p>好</p>"), root.appendingPathComponent("public/p.html"))
        let checklist = try String(contentsOf: repositoryRoot.appendingPathComponent("Checklists/miit-aging-web.yml"), encoding: .utf8)
        // The first manual item of the built-in checklist.
        let lines = checklist.components(separatedBy: "\n")
        var manualID: String?
        var currentID: String?
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- id:") { currentID = trimmed.dropFirst(5).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
            if trimmed == "manual: true", let id = currentID { manualID = id; break }
        }
        let item = try #require(manualID)
        try write("answers:\n  \(item):\n    verdict: pass\n    reviewer: 王工\n    date: 2026-01-10\n", root.appendingPathComponent("answers.yml"))
        let without = try runWZA(in: root, ["audit", "public", "-o", "a", "--format", "json", "--fail-on", "never", "-q"])
        let with = try runWZA(in: root, ["audit", "public", "-o", "b", "--format", "json", "--fail-on", "never", "-q", "--answers", "answers.yml"])
        #expect(without.status == 0 && with.status == 0, "\(with.stderr)")
        func covered(_ folder: String) throws -> Double {
            let checklists = try report(root.appendingPathComponent(folder))["checklists"] as? [[String: Any]]
            return ((checklists?.first?["site"] as? [String: Any])?["coveredPoints"] as? Double) ?? -1
        }
        #expect(try covered("b") > covered("a"), "an answered manual item enters the coverage")
        let answers = try report(root.appendingPathComponent("b"))["answers"] as? [[String: Any]]
        #expect(answers?.first?["reviewer"] as? String == "王工")

        try write("answers:\n  NO-SUCH-ITEM:\n    verdict: pass\n", root.appendingPathComponent("bad.yml"))
        let bad = try runWZA(in: root, ["audit", "public", "-o", "c", "-q", "--answers", "bad.yml"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.yml:2: unknown checklist item 'NO-SUCH-ITEM'"), "\(bad.stderr)")
    }

    @Test func noProgressWhenNotATerminal() throws {
        let run = try runWZA(in: repositoryRoot, ["audit", "Examples/gov-site", "-o", try temporaryFolder("progress").path, "--fail-on", "never"])
        #expect(!run.stderr.contains("pages/s"))
    }
}
