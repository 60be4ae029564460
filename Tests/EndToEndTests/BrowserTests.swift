import Foundation
import Testing

/// The HTML report in a real browser (issue 5, item 7): headless Chromium opens the report that
/// `wza audit Examples/gov-site` writes, checks that it reflows at 320 and 375 px in every view with and
/// without scripts, takes screenshots of the summary and of a page section (1280 and 375 px), tries the
/// filters and prints a PDF; axe-core (../shared/peers/axe_chromium.py) finds no violation with scripts on
/// (1280 px) or off (375 px); and wza's own audit of the report finds no failure.
///
/// The browser tests need Debian's `chromium` and `chromium-driver`, Python's selenium and the peers
/// folder next to the repository (`.ci/run` installs them); without them they are skipped with a note.
/// Screenshots, the PDF and the axe output go to `$WZA_BROWSER_OUTPUT` or `$TMPDIR/wza-browser-tests/`.
enum Browser {
    static let peers = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/peers")
    static let axeScript = peers.appendingPathComponent("axe_chromium.py")

    static func executable(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") + ["/usr/bin"] {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Why the browser tests cannot run here, or nil when they can.
    static let missing: String? = {
        if executable("chromium") == nil { return "chromium is not installed (apt-get install chromium)" }
        if executable("chromedriver") == nil { return "chromedriver is not installed (apt-get install chromium-driver)" }
        if !FileManager.default.fileExists(atPath: axeScript.path) { return "\(axeScript.path) not found" }
        if !FileManager.default.fileExists(atPath: peers.appendingPathComponent("vendor/axe.min.js").path) { return "axe.min.js not vendored (run ../shared/peers/setup.sh)" }
        if (try? run("/usr/bin/env", ["python3", "-c", "import selenium"]))?.status != 0 { return "python3 cannot import selenium" }
        return nil
    }()
    static var available: Bool {
        if let missing { print("Browser tests skipped: \(missing)") }
        return missing == nil
    }

    static let output: URL = {
        let folder = ProcessInfo.processInfo.environment["WZA_BROWSER_OUTPUT"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("wza-browser-tests")
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// The sample site's report in one language, written once per run by the real binary.
    static func report(_ language: String) throws -> URL {
        let folder = output.appendingPathComponent("report-\(language)")
        let index = folder.appendingPathComponent("index.html")
        if !FileManager.default.fileExists(atPath: index.path) {
            let audit = try runWZA(["audit", "Examples/gov-site", "--output", folder.path, "--lang", language, "--format", "html", "--fail-on", "never", "--quiet"])
            #expect(audit.status == 0, "\(audit.stderr)")
        }
        return index
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    static func isPNG(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url), data.count > 1_000 else { return false }
        return Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    }

    /// Selenium script: reflow, screenshots, filters, PDF. Prints a JSON object.
    static let checkScript = #"""
#!/usr/bin/env python3
"""Opens a wza HTML report in headless Chromium (Selenium, no network) and checks it as a reader would:
no horizontal page scroll at 320/375/1280 px with and without scripts, in every view; screenshots of the
summary and of a page section at desktop and phone widths; the filters narrow rows and announce a count;
printing gives a PDF. Prints one JSON object on stdout. Usage: report_browser_check.py INDEX_HTML OUT_DIR"""
import base64, json, os, subprocess, sys, tempfile, time
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

report, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
out.mkdir(parents=True, exist_ok=True)
url = report.as_uri()

options = webdriver.ChromeOptions()
options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
             "--user-data-dir=" + tempfile.mkdtemp(prefix="wza-report-chromium-"), "--no-first-run",
             "--disable-extensions", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--window-size=1280,1024", "--lang=zh-CN", "--force-device-scale-factor=1",
             "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND"]:
    options.add_argument(flag)
try:
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"), log_output=subprocess.DEVNULL)
except TypeError:
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"), log_path=os.devnull)
driver = webdriver.Chrome(service=service, options=options)
driver.set_page_load_timeout(60)
driver.execute_cdp_cmd("Network.enable", {})
driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]})
result = {"overflow": [], "screenshots": [], "errors": []}

def viewport(width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

def scripts(enabled):
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not enabled})

def load(fragment=""):
    driver.get("about:blank")
    driver.get(url + fragment)
    time.sleep(0.2)

def widths():
    return driver.execute_script("""
        var e = document.documentElement;
        var wide = [];
        if (e.scrollWidth > e.clientWidth) {
          document.querySelectorAll('body *').forEach(function (n) {
            var r = n.getBoundingClientRect();
            if (r.right > e.clientWidth + 1 && !n.closest('.table-scroll') && wide.length < 5)
              wide.push(n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.className && n.className.baseVal === undefined ? '.' + n.className : '') + ' right=' + Math.round(r.right));
          });
        }
        return {scrollWidth: e.scrollWidth, clientWidth: e.clientWidth, wide: wide};""")

def shoot(name, selector):
    element = driver.find_element(By.CSS_SELECTOR, selector)
    rect = driver.execute_script("var r = arguments[0].getBoundingClientRect();"
                                 "return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: Math.min(r.height, 6000)};", element)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
        "clip": {"x": rect["x"], "y": rect["y"], "width": rect["w"], "height": max(1, rect["h"]), "scale": 1}})
    path = out / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    result["screenshots"].append(str(path))

try:
    # 1. Reflow: no horizontal page scroll, in every view, with and without scripts.
    for js in (True, False):
        scripts(js)
        for width in (320, 375, 1280):
            viewport(width)
            for fragment in ([""] if not js else ["", "#by-item", "#by-rule", "#by-page"]):
                load(fragment)
                measured = widths()
                measured.update({"width": width, "scripts": js, "view": fragment or "(default)"})
                result["overflow"].append(measured)
    scripts(True)

    # 2. Screenshots: the summary and the first page section, desktop and phone.
    for width, label in ((1280, "desktop"), (375, "mobile")):
        viewport(width, 1000)
        load()
        shoot(f"summary-{label}-{width}", "#summary")
        load("#page-1")
        shoot(f"page-{label}-{width}", "#page-1")

    # 3. Filters: choosing a rule narrows the finding rows and the live region says how many are shown.
    viewport(1280)
    load("#by-page")
    form_visible = driver.execute_script("return !document.getElementById('filters').hidden")
    before = driver.find_element(By.ID, "filter-status").text
    select = Select(driver.find_element(By.ID, "filter-rule"))
    options_ = [o.get_attribute("value") for o in select.options if o.get_attribute("value")]
    chosen = options_[0] if options_ else ""
    if chosen:
        select.select_by_value(chosen)
        time.sleep(0.1)
    visible_rules = driver.execute_script("""
        return Array.prototype.map.call(document.querySelectorAll('section.page tr[data-rule]'), function (r) {
          return r.offsetParent === null ? null : r.getAttribute('data-rule'); }).filter(function (x) { return x; });""")
    after = driver.find_element(By.ID, "filter-status").text
    active_view = driver.execute_script("var a = document.querySelector('a[data-view-link][aria-current]'); return a && a.getAttribute('data-view-link');")
    result["filter"] = {"formVisible": form_visible, "statusBefore": before, "statusAfter": after, "rule": chosen,
                        "visibleRules": sorted(set(visible_rules)), "visibleRows": len(visible_rules), "activeView": active_view,
                        "statusRole": driver.find_element(By.ID, "filter-status").get_attribute("role")}

    # 4. Print: a PDF with every view (filters reset by reloading).
    load()
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
    pdf_path = out / "report.pdf"
    pdf_path.write_bytes(base64.b64decode(pdf["data"]))
    result["pdf"] = str(pdf_path)
    result["chromium"] = driver.capabilities.get("browserVersion")
except Exception as error:  # reported to the Swift test, which fails on it
    result["errors"].append(repr(error))
finally:
    driver.quit()
print(json.dumps(result, ensure_ascii=False))
"""#
}

@Suite(.serialized) struct BrowserTests {
    @Test(.enabled(if: Browser.available, "needs chromium, chromedriver, selenium and ../shared/peers"), arguments: ["zh-CN", "en"])
    func reportReflowsAndScreenshotsAreTaken(_ language: String) throws {
        let index = try Browser.report(language)
        let folder = Browser.output.appendingPathComponent("chromium-\(language)")
        let script = Browser.output.appendingPathComponent("report_browser_check.py")
        try Browser.checkScript.write(to: script, atomically: true, encoding: .utf8)
        let run = try Browser.run("/usr/bin/env", ["python3", script.path, index.path, folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(run.stdout.split(separator: "\n").last.map { Data($0.utf8) })
        let result = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((result["errors"] as? [String] ?? ["no result"]).isEmpty, "\(result["errors"] ?? "")")

        // No horizontal page scroll at any width, in any view, with or without scripts.
        let checks = result["overflow"] as? [[String: Any]] ?? []
        #expect(checks.count == 15)
        for check in checks {
            let scroll = check["scrollWidth"] as? Int ?? .max, client = check["clientWidth"] as? Int ?? 0
            #expect(scroll <= client, "horizontal scroll at \(check["width"] ?? "?") px, view \(check["view"] ?? "?"), scripts \(check["scripts"] ?? "?"): \(scroll) > \(client); wide: \(check["wide"] ?? "")")
        }

        // Screenshots of the summary and of a page section, desktop and phone.
        let shots = result["screenshots"] as? [String] ?? []
        #expect(shots.count == 4)
        for shot in shots { #expect(Browser.isPNG(URL(fileURLWithPath: shot)), "\(shot) is not a PNG") }
        print("Screenshots (\(language)): \(shots.joined(separator: ", "))")

        // Filters: the form appears with scripts, a rule narrows the rows to that rule, the live region counts.
        let filter = try #require(result["filter"] as? [String: Any])
        #expect(filter["formVisible"] as? Bool == true)
        #expect(filter["statusRole"] as? String == "status")
        let rule = try #require(filter["rule"] as? String)
        #expect(filter["visibleRules"] as? [String] == [rule])
        #expect((filter["statusBefore"] as? String) != (filter["statusAfter"] as? String))
        #expect((filter["statusAfter"] as? String ?? "").contains(String(filter["visibleRows"] as? Int ?? -1)))
        #expect(filter["activeView"] as? String == "by-page")

        // Print: a PDF.
        let pdf = try Data(contentsOf: URL(fileURLWithPath: try #require(result["pdf"] as? String)))
        #expect(pdf.starts(with: Array("%PDF".utf8)) && pdf.count > 10_000)
    }

    /// axe-core 4.12 in Chromium with the WCAG 2.0/2.1/2.2 A and AA tags and best practices: no violation,
    /// with the report's script running (desktop) and without it (phone width).
    @Test(.enabled(if: Browser.available, "needs chromium, chromedriver, selenium and ../shared/peers"), arguments: ["zh-CN", "en"])
    func axeCoreFindsNoViolations(_ language: String) throws {
        let index = try Browser.report(language)
        for (mode, options) in [("scripts", ["--window-size", "1280,1024"]), ("no-scripts", ["--no-page-js", "--window-size", "375,812"])] {
            let folder = Browser.output.appendingPathComponent("axe-\(language)-\(mode)")
            // axe on a large report is slow on a loaded 2-core machine: a generous timeout, and one retry of a timeout.
            var run: (status: Int32, stdout: String, stderr: String) = (-1, "", "")
            var result: [String: Any] = [:]
            for attempt in 0..<2 {
                run = try Browser.run("/usr/bin/env", ["python3", Browser.axeScript.path, index.path, "-o", folder.path, "-q", "--timeout", "240",
                                                      "--tags", "wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa,best-practice"] + options)
                let data = try Data(contentsOf: folder.appendingPathComponent("index.html.json"))
                result = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                let error = result["error"] as? String ?? ""
                if attempt == 0 && error.localizedCaseInsensitiveContains("timeout") { continue }
                break
            }
            #expect(run.status == 0, "axe_chromium.py failed: \(run.stderr)")
            #expect(result["error"] is NSNull, "\(result["error"] ?? "")")
            let violations = result["violations"] as? [[String: Any]] ?? [["id": "no result"]]
            let described = violations.map { violation in
                "\(violation["id"] ?? "?") (\((violation["tags"] as? [String] ?? []).filter { $0.hasPrefix("wcag") || $0 == "best-practice" }.joined(separator: " "))): "
                    + "\((violation["nodes"] as? [[String: Any]] ?? []).prefix(3).map { "\($0["target"] ?? "")" }.joined(separator: "; "))"
            }
            #expect(violations.isEmpty, "axe-core violations (\(language), \(mode)): \(described)")
            let passes = (result["passes"] as? [Any])?.count ?? 0
            #expect(passes > 20, "axe-core ran few rules (\(passes))")
        }
    }
}

/// wza audits the report it wrote for the sample site (the real file, through the CLI): no failure.
@Test func wzaAuditsItsOwnReportWithoutFailures() throws {
    for language in ["zh-CN", "en"] {
        let folder = try temporaryFolder("own-\(language)")
        let audit = try runWZA(["audit", "Examples/gov-site", "--output", folder.path, "--lang", language, "--format", "html", "--fail-on", "never", "--quiet"])
        #expect(audit.status == 0, "\(audit.stderr)")
        let own = try temporaryFolder("own-audit-\(language)")
        let run = try runWZA(["audit", folder.appendingPathComponent("index.html").path, "--output", own.path, "--format", "json", "--fail-on", "failed", "--quiet"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: own.appendingPathComponent("report.json"))) as? [String: Any]
        let totals = json?["totals"] as? [String: Any]
        #expect(run.status == 0 && totals?["failed"] as? Int == 0, "wza finds failures in its own \(language) report: \(totals ?? [:])")
    }
}

// MARK: CI recipes (issue 5, item 8)

/// The CI recipes in Examples/ci exist, parse as YAML with the structure their CI expects, and the
/// `wza audit` command they run is real: its options are in `wza audit --help`, its formats are report
/// formats, and run here on the sample site it writes every file the recipe uploads.
@Suite struct CIRecipeTests {
    static let folder = repositoryRoot.appendingPathComponent("Examples/ci")

    /// YAML → JSON through PyYAML when present (Python's YAML 1.1 reads a bare `on:` key as true).
    static func parse(_ file: URL) throws -> [String: Any]? {
        let run = try Browser.run("/usr/bin/env", ["python3", "-c", "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), sys.stdout, default=str)", file.path])
        guard run.status == 0 else {
            print("PyYAML unavailable (\(run.stderr.split(separator: "\n").last ?? "")); \(file.lastPathComponent) checked structurally only")
            return nil
        }
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    }

    /// Lines of shell that run `wza audit`, with the recipe's variables set for this repository.
    static func auditCommands(_ text: String) -> [[String]] {
        text.split(separator: "\n").compactMap { line -> [String]? in
            guard let range = line.range(of: "wza audit ") else { return nil }
            let command = line[range.lowerBound...].replacingOccurrences(of: "'", with: "")
                .replacingOccurrences(of: "\"", with: "")
            return command.split(separator: " ").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
    }

    static func check(_ name: String, uploads: [String], formats: Set<String>) throws -> String {
        let file = folder.appendingPathComponent(name)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(!text.contains("\t"), "\(name): YAML must not contain tabs")
        #expect(text.contains("README.md#ci-recipes") || text.contains("CI recipes"), "\(name) points to the README section")
        let help = try runWZA(["audit", "--help"]).stdout
        let commands = auditCommands(text)
        #expect(commands.count == 1, "\(name): expected one `wza audit` line, found \(commands.count)")
        for command in commands {
            var arguments = Array(command.dropFirst(2))  // "wza" "audit"
            for (index, argument) in arguments.enumerated() where argument.hasPrefix("-") {
                #expect(help.contains(" \(argument) ") || help.contains(" \(argument),") || help.contains("\(argument)\n"), "\(name): \(argument) is not an option of wza audit")
                if argument == "--format" {
                    let named = Set(arguments[index + 1].split(separator: ",").map(String.init))
                    let known: Set<String> = ["html", "json", "sarif", "junit", "csv", "md", "earl"]
                    #expect(named.isSubset(of: known), "\(name): unknown formats \(named.subtracting(known))")
                    #expect(formats.isSubset(of: named), "\(name): needs formats \(formats)")
                    for format in named { #expect(help.contains(format), "\(format) missing from wza audit --help") }
                }
            }
            // Run it on the sample site, as the recipe would on a real one.
            let output = try temporaryFolder("ci-\(name)")
            arguments = arguments.map { argument in
                switch argument {
                case "$SITE_DIR", "${SITE_DIR}": "Examples/gov-site"
                case "$REPORT_DIR", "${REPORT_DIR}": output.path
                default: argument
                }
            }
            let run = try runWZA(["audit"] + arguments)
            #expect(run.status == 1, "the sample site has veto items, so the recipe's gate fails it: \(run.status) \(run.stderr)")
            for upload in uploads {
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(upload).path), "\(name) uploads \(upload), which the audit did not write")
            }
        }
        return text
    }

    @Test func githubActionsRecipe() throws {
        let name = "github-actions.yml"
        let text = try Self.check(name, uploads: ["report.sarif", "report.md", "index.html"], formats: ["sarif", "md", "html"])
        #expect(text.contains("github/codeql-action/upload-sarif@"))
        #expect(text.contains("GITHUB_STEP_SUMMARY") && text.contains("report.md"))
        #expect(text.contains("actions/upload-artifact@"))
        guard let yaml = try Self.parse(Self.folder.appendingPathComponent(name)) else { return }
        #expect(yaml["on"] != nil || yaml["true"] != nil, "no trigger")
        let permissions = yaml["permissions"] as? [String: Any]
        #expect(permissions?["security-events"] as? String == "write", "upload-sarif needs security-events: write")
        let jobs = try #require(yaml["jobs"] as? [String: Any])
        let steps = jobs.values.compactMap { ($0 as? [String: Any])?["steps"] as? [[String: Any]] }.flatMap { $0 }
        let uses = steps.compactMap { $0["uses"] as? String }
        #expect(uses.contains { $0.hasPrefix("github/codeql-action/upload-sarif@") })
        #expect(uses.contains { $0.hasPrefix("actions/upload-artifact@") })
        let sarif = steps.first { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif@") == true }?["with"] as? [String: Any]
        #expect((sarif?["sarif_file"] as? String)?.hasSuffix("report.sarif") == true)
        let runs = steps.compactMap { $0["run"] as? String }.joined(separator: "\n")
        #expect(runs.contains("swift build") && runs.contains("wza audit") && runs.contains("$GITHUB_STEP_SUMMARY"))
        for step in steps { #expect(step["uses"] != nil || step["run"] != nil, "a step does nothing: \(step)") }
    }

    @Test func gitlabRecipe() throws {
        let name = "gitlab-ci.yml"
        let text = try Self.check(name, uploads: ["report.junit.xml", "index.html"], formats: ["junit", "html"])
        #expect(text.contains("junit:"))
        guard let yaml = try Self.parse(Self.folder.appendingPathComponent(name)) else { return }
        let jobs = yaml.compactMapValues { $0 as? [String: Any] }.filter { $0.value["script"] != nil }
        #expect(jobs.count == 1)
        let job = try #require(jobs.values.first)
        let artifacts = try #require(job["artifacts"] as? [String: Any])
        #expect(artifacts["when"] as? String == "always", "reports are kept when the gate fails")
        #expect((artifacts["paths"] as? [String])?.contains { $0.hasPrefix("wza-report") } == true)
        let reports = artifacts["reports"] as? [String: Any]
        #expect((reports?["junit"] as? String)?.hasSuffix("report.junit.xml") == true)
        let script = ((job["before_script"] as? [String] ?? []) + (job["script"] as? [String] ?? [])).joined(separator: "\n")
        #expect(script.contains("swift build") && script.contains("wza audit"))
    }

    /// The README shows both recipes.
    @Test func readmeHasTheRecipes() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("## CI recipes"))
        #expect(readme.contains("Examples/ci/github-actions.yml") && readme.contains("Examples/ci/gitlab-ci.yml"))
    }
}
