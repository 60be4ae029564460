import AuditCore
import AuditReports
import ArgumentParser
import Foundation

/// `wza init`: writes a commented starter `wza.yml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter wza.yml in the current folder.")

    @Flag(name: .long, help: "Overwrite an existing wza.yml.")
    var force = false

    @Option(name: .shortAndLong, help: "Where to write it.")
    var output: String = ConfigFile.fileName

    func run() throws {
        if FileManager.default.fileExists(atPath: output), !force {
            printError("wza: \(output) already exists; use --force to overwrite it")
            throw ExitStatus.usage.exitCode
        }
        let url = URL(fileURLWithPath: output)
        do {
            _ = try ReportWriter.write(Self.starter, named: url.lastPathComponent, in: url.deletingLastPathComponent())
        } catch {
            printError("wza: cannot write \(output): \(error.localizedDescription)")
            throw ExitStatus.usage.exitCode
        }
        print("wza: wrote \(output)")
    }

    /// The starter file: every key, commented, with its default. It parses as it is.
    static let starter = """
        # wza.yml — settings for `wza audit` and `wza baseline create` (wza finds this file in the current
        # folder or the nearest parent; `--config FILE` names another). Flags on the command line win over
        # this file, and this file wins over the defaults. Relative paths are relative to this file's folder;
        # `exclude`, and `path`/`pages` in suppressions and answers, are globs relative to the audited folder.

        # Files and folders to audit (used when no PATH is given on the command line).
        inputs:
          - public

        # Globs to leave out: `*` within a folder name, `**` across folders.
        exclude:
          - "drafts/**"
          - "*.bak.html"

        # Checklists to score against: built-in ids (wza checklists) or YAML files.
        checklists:
          - miit-aging-web
          # - gb-t-37668-2019
          # - wcag-2.2-aa

        # Report formats: html, json, sarif, junit, csv, md, earl.
        formats: [html, json]
        output: wza-report
        lang: zh-CN              # zh-CN or en
        # jobs: 4                # pages audited in parallel (default: all cores)
        # encoding: gbk          # for pages that declare no charset (default: sniff UTF-8, then GB18030)
        # maxFileMb: 64

        # Gates: when the run exits 1.
        failOn: veto             # veto | critical | serious | any | new | never
        # failUnder: 60          # a checklist's site score below this fails
        # maxFindings: 0         # more failed findings than this fails (new ones only with a baseline)
        # failOnReview: false    # true: needs-review findings count like failures

        # Rule thresholds (`wza explain RULE` lists each rule's options); these win over the checklists'.
        # ruleOptions:
        #   elder-font-size: {minimumPixels: 20}
        #   color-contrast: {largeText: miit}   # wcag | miit (larger than 18px counts as large)

        # Baseline from `wza baseline create`: only findings not in it fail the gates.
        # baseline: wza-baseline.json

        # Reviewers' verdicts on manual checklist items; they count in the scores.
        # answers: wza-answers.yml

        # Accepted findings. Each needs a rule and a reason; path (glob), selector (as in the report, or one
        # compound selector such as img.banner) and fingerprint (from report.json) narrow it; after `expires`
        # the run fails until it is renewed or removed. Unused suppressions are listed in the report.
        # Inline, in a page: <!-- wza-disable-next image-alt -- 装饰性分隔图，已在说明文字中描述 -->
        suppressions: []
        #  - rule: no-ad-content
        #    path: "elder/**"
        #    selector: "div.gov-notice"
        #    reason: 政务公告，不是广告（已与评测方确认）
        #    expires: 2026-12-31

        # CSS stage: where root-relative URLs (/css/site.css) point, and the screen for media queries.
        # siteRoot: public
        viewport: desktop        # desktop | mobile | WIDTHxHEIGHT

        """
}
