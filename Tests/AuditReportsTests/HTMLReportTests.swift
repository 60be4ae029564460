import AuditCore
import AuditRules
import Foundation
import HTMLDOM
import Testing

@testable import AuditReports

/// The HTML report as a product: views, filters, charts, punctuation and language, print rules and size.
/// (Browser checks — reflow, screenshots, axe-core — are in EndToEndTests/BrowserTests.swift.)
@Suite struct HTMLReportTests {
    static func render(_ language: ReportLanguage) throws -> String { try HTMLReporter().render(try sampleReport(), language: language) }

    @Test(arguments: ReportLanguage.allCases)
    func oneSelfContainedReportWithThreeViews(_ language: ReportLanguage) throws {
        let html = try Self.render(language)
        for id in ["summary", "filters", "by-item", "by-rule", "by-page", "manual", "skipped", "method", "chart-scores-title", "chart-items-title", "chart-impact-title"] {
            #expect(html.contains("id=\"\(id)\""), "missing #\(id)")
        }
        // Self-contained: no external style sheet, script, image or font; nothing fetched.
        #expect(!html.contains("<link"))
        #expect(!html.contains("<script src"))
        #expect(!html.contains("<img"))
        #expect(html.range(of: #"(src|href)="(https?:)?//"#, options: .regularExpression) == nil)
        #expect(html.contains("<style>") && html.contains("<script>"))
        // Without scripts the filters would do nothing: they stay hidden until the script shows them.
        #expect(html.contains("<section id=\"filters\" class=\"filters\" aria-labelledby=\"filters-h\" hidden=\"hidden\""))
        #expect(!html.contains("⟦"), "a report string is missing from Reports/strings.json")
    }

    @Test func everyFilterableRowCarriesItsData() throws {
        let report = try sampleReport()
        let html = try HTMLReporter().render(report, language: .zh)
        let rows = html.components(separatedBy: "<tr data-rule=\"").dropFirst()
        let findings = report.pages.flatMap(\.result.findings)
        #expect(rows.count == min(findings.count, report.pages.count * 2 * HTMLReporter.maxFindingsPerTable))
        for row in rows {
            let head = String(row.prefix(while: { $0 != ">" }))
            #expect(head.contains("data-impact=\"") && head.contains("data-outcome=\"") && head.contains("data-principles=\""), "\(head)")
        }
        // The rule filter offers exactly the rules that have findings.
        let select = try #require(html.range(of: "<select id=\"filter-rule\"").flatMap { start in html.range(of: "</select>", range: start.upperBound..<html.endIndex).map { html[start.lowerBound..<$0.lowerBound] } })
        let offered = Set(select.matches(of: #/<option value="([a-z0-9-]+)">/#).map { String($0.output.1) })
        #expect(offered == Set(findings.map(\.ruleID)))
        // Items carry principle and rules; page sections and index rows carry the path.
        #expect(html.contains("data-item=\"W01\" data-principles=\"perceivable\"") || html.contains("data-item=\"W01\" data-principles=\""))
        for (index, page) in report.pages.enumerated() {
            #expect(html.contains("id=\"page-\(index + 1)\" aria-labelledby=\"page-\(index + 1)-h\" data-path=\"\(HTMLBuilder.escape(page.result.path))\""))
            #expect(html.contains("<tr data-page-row=\"page-\(index + 1)\""))
        }
    }

    @Test func chartsHaveTextAlternativesAndDataTables() throws {
        let html = try Self.render(.zh)
        let svgs = html.matches(of: #/<svg [^>]*>/#).map { String($0.output) }
        #expect(svgs.count == 3)
        for svg in svgs {
            #expect(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"chart-"))
            #expect(!svg.contains("width=\"") || svg.contains("viewBox"), "charts scale with their container")
        }
        #expect(html.contains("<title id=\"chart-scores-title\">页面技术分分布直方图：0–9 分 0 页"))
        for caption in ["页面技术分分布（数据表）", "未通过页面最多的条目（数据表）", "按影响程度统计的问题（数据表）"] {
            #expect(html.contains("<caption>\(caption)</caption>"))
        }
    }

    @Test func chartLabelsFitTheirLine() {
        #expect(ScoreChart.truncated("W07 兼容性：为读屏等辅助技术和语音识别暴露规范的功能与对象属性", units: 200).hasSuffix("…"))
        #expect(ScoreChart.textUnits(ScoreChart.truncated(String(repeating: "字", count: 40), units: 200)) <= 200)
        #expect(ScoreChart.truncated("W01 短标题", units: 200) == "W01 短标题")
    }

    /// zh-CN text uses Chinese punctuation: no ASCII brackets, colons or commas beside Chinese words in
    /// wza's own texts (code, selectors and snippets from audited pages excepted).
    @Test func chineseReportUsesChinesePunctuation() throws {
        try Self.expectChinesePunctuation(try Self.render(.zh))
    }

    static func expectChinesePunctuation(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let text = Self.visibleText(html, dropping: ["code", "style", "script"], droppingLang: "en")
        // (A colon right before a letter is CSS in a rule's text, ":focus-visible", not punctuation.)
        let bad = text.matches(of: #/[\u4E00-\u9FFF][ ]?(?:[(;,]|:(?![A-Za-z]))|[(][\u4E00-\u9FFF\d]|[\u4E00-\u9FFF][)]/#).map { match in
            let start = text.index(match.range.lowerBound, offsetBy: -12, limitedBy: text.startIndex) ?? text.startIndex
            let end = text.index(match.range.upperBound, offsetBy: 12, limitedBy: text.endIndex) ?? text.endIndex
            return String(text[start..<end])
        }
        #expect(bad.isEmpty, "ASCII punctuation in Chinese text: \(bad.prefix(10))", sourceLocation: sourceLocation)
        #expect(text.contains("问题（"), sourceLocation: sourceLocation)
        // No English phrase (three words or more) in wza's Chinese texts: those would need lang="en".
        let english = text.matches(of: #/[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/#).map { String($0.output) }
        #expect(english.isEmpty, "English phrases in the zh-CN report: \(english.prefix(10))", sourceLocation: sourceLocation)
    }

    /// Chinese text from audited pages (page titles) is marked `lang="zh-CN"` in the English report, and
    /// wza's own English texts contain no Chinese.
    @Test func englishReportMarksChineseText() throws {
        let html = try Self.render(.en)
        #expect(html.contains("<span lang=\"zh-CN\">示例区人民政府</span>"))
        Self.expectChineseMarked(html)
    }

    static func expectChineseMarked(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let unmarked = Self.visibleText(html, dropping: ["code", "style", "script"], droppingLang: "zh-CN")
        let han = unmarked.matches(of: #/[\u3400-\u9FFF]+/#).map { String($0.output) }
        #expect(han.isEmpty, "Chinese text without lang in the English report: \(han.prefix(10))", sourceLocation: sourceLocation)
    }

    @Test func printShowsEverythingAndScreenHidesFilteredThings() throws {
        let css = try #require(try? String(contentsOf: repositoryRoot.appendingPathComponent("Reports/assets/report.css"), encoding: .utf8))
        let print = try #require(css.range(of: "@media print {").map { String(css[$0.lowerBound...]) })
        #expect(print.contains(".filters") && print.contains("display: none"))
        #expect(print.contains(".page { break-before: page;"))
        #expect(print.contains("a[href]::after { content: none"))
        #expect(css.contains("@media screen { .is-off { display: none !important; } }"), "filtered rows hide on screen only")
        let script = try #require(try? String(contentsOf: repositoryRoot.appendingPathComponent("Reports/assets/report.js"), encoding: .utf8))
        #expect(script.utf8.count < 8_000, "the inline script stays small")
        #expect(!script.contains("http") && !script.contains("localStorage") && !script.contains("</script"))
        #expect(script.contains("beforeprint"))
    }

    /// A 1,000-page site made of the sample site's pages (real findings, about 7 per page): the file stays
    /// a few megabytes, long finding lists are capped with a note, and the page lists under each rule and
    /// item are capped too. Prints the size for the record.
    @Test func thousandPageReportStaysReasonable() throws {
        let site = repositoryRoot.appendingPathComponent("Examples/gov-site")
        let files = ["index.html", "elder/index.html", "services/apply.html", "services/guide.html", "legacy/notice-gbk.html",
                     "legacy/gb2312-declared-utf8.html", "news/2026/11/t20261120_1001.html"]
        let inputs = try files.map { file in
            let bytes = try [UInt8](Data(contentsOf: site.appendingPathComponent(file)))
            return PageInput(path: file, isInFolder: true) { bytes }
        }
        var audit = Auditor(rules: builtInRules).audit(inputs, options: AuditOptions(jobs: 1))
        let templates = audit.pages
        audit.pages = (0..<1000).map { index in
            var page = templates[index % templates.count]
            page.path = "section\(index % 10)/\(index)/" + page.path
            if index == 7, let finding = page.findings.first { page.findings = Array(repeating: finding, count: 130) }
            return page
        }
        let checklist = try ChecklistLoader.load(
            yaml: try String(contentsOfFile: repositoryRoot.appendingPathComponent("Checklists/miit-aging-web.yml").path, encoding: .utf8),
            file: "miit-aging-web.yml", knownRules: Set(builtInRules.map(\.id)))
        let report = AuditReport(
            site: audit, checklists: [checklist], rules: builtInRules.map { RuleSummary($0.description) },
            metadata: ReportMetadata(toolVersion: "0.0.0-test", parserVersion: "test", generatedAt: "2026-01-01T00:00:00Z", inputs: ["site"]))
        let findings = report.pages.reduce(0) { $0 + $1.result.findings.count }
        let started = Date()
        let html = try HTMLReporter().render(report, language: .zh)
        let seconds = Date().timeIntervalSince(started)
        let megabytes = Double(html.utf8.count) / 1_000_000
        print("1,000-page HTML report (\(findings) findings): \(String(format: "%.2f", megabytes)) MB, rendered in \(String(format: "%.2f", seconds)) s")
        #expect(megabytes < 15, "the 1,000-page report is \(megabytes) MB")
        #expect(html.contains("本页共 130 条，这里只列出前 \(HTMLReporter.maxFindingsPerTable) 条"))
        #expect(html.contains("另有 "), "page lists under rules and items are capped")
    }

    // MARK: Baselines, suppressions, reviewers' answers and gates

    /// The sample report has none of them, so it shows none of their sections, badges or filters.
    @Test(arguments: ReportLanguage.allCases)
    func withoutThemNothingIsAdded(_ language: ReportLanguage) throws {
        let html = try Self.render(language)
        for absent in ["id=\"baseline\"", "id=\"suppressions\"", "id=\"gate\"", "name=\"baseline\"", "data-baseline=", "class=\"badge",
                       "suppressed-group", "class=\"answer", "href=\"#baseline\""] {
            #expect(!html.contains(absent), "\(absent) without a baseline, suppressions, answers or gates")
        }
    }

    /// A site audited twice: the baseline records the first version; the second fixed one finding, added
    /// one, suppresses two (an inline comment and a config entry), has a malformed comment, an unused and
    /// an expired config entry; reviewers answered two manual items; the gates fail on new findings.
    static func reviewedReport() throws -> AuditReport {
        func inputs(_ pages: [(String, String)]) -> [PageInput] {
            pages.map { page in PageInput(path: page.0, isInFolder: true) { Array(page.1.utf8) } }
        }
        func page(_ title: String, _ body: String) -> String {
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>\(title)</title></head><body><h1>\(title)</h1>\n\(body)\n</body></html>"
        }
        let before = [
            ("index.html", page("示例区人民政府", #"<img src="banner.png"><img src="old.png"><a href="x.html"></a>"#)),
            ("news/a.html", page("新闻", #"<a href="/x" class="icon"></a>"#)),
        ]
        let after = [
            ("index.html", page("示例区人民政府", """
                <img src="banner.png"><a href="x.html"></a>
                <input type="text" name="q">
                <!-- wza-disable-next image-alt -- 装饰性分隔线，已与评测方确认 -->
                <img src="line.png">
                <!-- wza-disable-next image-alt -->
                <img src="noreason.png">
                """)),
            ("news/a.html", page("新闻", #"<a href="/x" class="icon"></a>"#)),
        ]
        let auditor = Auditor(rules: builtInRules)
        let known = Set(builtInRules.map(\.id))
        let config = [
            SuppressionRule(rules: ["link-name"], path: "news/**", selector: "a.icon", reason: "图标链接<旁边有文字>，改版时修复",
                            expires: Day("2026-06-30"), origin: "wza.yml:12"),
            SuppressionRule(rules: ["color-contrast"], path: "legacy/**", reason: "旧栏目，下线中", origin: "wza.yml:17"),
            SuppressionRule(rules: ["image-alt"], path: "archive/**", reason: "归档页面", expires: Day("2025-12-31"), origin: "wza.yml:20"),
        ]
        let suppressed = SuppressionEngine.apply(to: auditor.audit(inputs(after), options: AuditOptions(jobs: 1)), rules: config,
                                                 knownRules: known, today: Day("2026-01-15")!)
        var site = suppressed.site
        let baseline = Baseline(site: auditor.audit(inputs(before), options: AuditOptions(jobs: 1)), checklists: ["miit-aging-web"])
        let comparison = BaselineComparison.compare(&site, with: baseline, file: "wza-baseline.json")
        let checklist = try ChecklistLoader.load(
            yaml: try String(contentsOfFile: repositoryRoot.appendingPathComponent("Checklists/miit-aging-web.yml").path, encoding: .utf8),
            file: "miit-aging-web.yml", knownRules: known)
        let answers = [
            ManualAnswer(checklistID: "miit-aging-web", itemID: "W04", verdict: .pass, note: "以读屏软件逐页检查，朗读顺序正确",
                         evidence: "docs/review/W04.pdf", reviewer: "王工", date: Day("2026-01-10")),
            ManualAnswer(checklistID: "miit-aging-web", itemID: "W06", verdict: .fail, note: "新闻页<script>计时器</script>无法暂停",
                         evidence: "工单 #123", reviewer: "李工", date: Day("2026-01-12"), pages: "news/**"),
        ]
        var report = AuditReport(
            site: site, checklists: [checklist], rules: builtInRules.map { RuleSummary($0.description) },
            metadata: ReportMetadata(toolVersion: "0.0.0-test", parserVersion: "test", generatedAt: "2026-01-01T00:00:00Z", inputs: ["site"]),
            answers: answers, suppressions: suppressed.summary, baseline: comparison)
        report.applyGates(Gates(failOn: .new, failUnder: 60, maxFindings: 0))
        return report
    }

    @Test func reviewedReportFixture() throws {
        let report = try Self.reviewedReport()
        let baseline = try #require(report.baseline)
        #expect(baseline.new >= 1 && baseline.existing >= 2 && baseline.fixed.map(\.snippet) == [#"<img src="old.png">"#])
        let suppressions = try #require(report.suppressions)
        #expect(suppressions.suppressedFindings == 2 && suppressions.problems.count == 1)
        #expect(suppressions.suppressions.map(\.status) == [.used, .unused, .expired, .used])
        #expect(report.answers?.count == 2 && report.gate?.passed == false)
    }

    @Test(arguments: ReportLanguage.allCases)
    func baselineBadgesFilterAndFixedList(_ language: ReportLanguage) throws {
        let report = try Self.reviewedReport()
        let html = try HTMLReporter().render(report, language: language)
        let zh = language == .zh
        // Every finding row says new or existing, as data for the filter and as a visible badge.
        let rows = html.components(separatedBy: "<tr data-rule=\"").dropFirst().map { String($0.prefix { $0 != ">" }) }
        let findings = report.pages.flatMap(\.result.findings)
        #expect(rows.count == findings.count, "suppressed rows are not filterable finding rows")
        #expect(rows.filter { $0.contains("data-baseline=\"new\"") }.count == report.baseline?.new)
        #expect(rows.filter { $0.contains("data-baseline=\"existing\"") }.count == report.baseline?.existing)
        #expect(html.contains("<span class=\"badge badge-new\">\(zh ? "新问题" : "New")</span>"))
        #expect(html.contains("<span class=\"badge badge-existing\">\(zh ? "基线中已有" : "In baseline")</span>"))
        // The outcome filter offers "new only", unchecked.
        #expect(html.contains("<label class=\"check\"><input type=\"checkbox\" name=\"baseline\" value=\"new\">\(zh ? "仅新问题" : "New findings only")</label>"))
        // The comparison: file, counts, and the fixed finding with a link to its (still audited) page.
        let section = try #require(Self.section("baseline", html))
        #expect(section.contains("<code>wza-baseline.json</code>"))
        #expect(section.contains(zh ? "已修复（基线中有、本次未发现）（1）" : "Fixed (in the baseline, not found now) (1)"))
        #expect(section.contains("<code class=\"snippet\">&lt;img src=&quot;old.png&quot;&gt;</code>"))
        #expect(section.contains("<th scope=\"row\"><a href=\"#page-1\"><code>index.html</code></a></th>"))
        #expect(html.contains("<li><a href=\"#baseline\">"), "the contents link to the comparison")
    }

    @Test(arguments: ReportLanguage.allCases)
    func suppressedFindingsAndSuppressionUse(_ language: ReportLanguage) throws {
        let report = try Self.reviewedReport()
        let html = try HTMLReporter().render(report, language: language)
        let zh = language == .zh
        // Each page lists its suppressed findings: reason (escaped), expiry, source.
        let news = try #require(Self.section("page-2", html))
        #expect(news.contains(zh ? "<h4>已豁免的问题（1）</h4>" : "<h4>Suppressed findings (1)</h4>"))
        #expect(news.contains("图标链接&lt;旁边有文字&gt;，改版时修复") || news.contains("图标链接</span>&lt;<span"), "reason escaped")
        #expect(!html.contains("<旁边有文字>"))
        #expect(news.contains("<td>2026-06-30</td>"))
        #expect(news.contains((zh ? "配置文件" : "configuration") + " <code>wza.yml:12</code>"))
        let index = try #require(Self.section("page-1", html))
        #expect(index.contains(zh ? "装饰性分隔线，已与评测方确认" : "<span lang=\"zh-CN\">装饰性分隔线，已与评测方确认</span>"))
        #expect(index.contains((zh ? "页面内注释" : "inline comment") + " <code>index.html:"))
        #expect(index.contains("<td>\(zh ? "长期" : "none")</td>"), "inline suppressions do not expire")
        // The summary: counts, unused and expired entries first, the malformed comment.
        let section = try #require(Self.section("suppressions", html))
        let statuses = section.matches(of: #/<tr class="status-([a-z]+)">/#).map { String($0.output.1) }
        #expect(statuses == ["expired", "unused", "used", "used"])
        #expect(section.contains(zh ? "<td class=\"status\">未使用（可删除）</td>" : "<td class=\"status\">Unused (can be removed)</td>"))
        #expect(section.contains("<code>wza.yml:20</code>") && section.contains("<td>2025-12-31</td>"))
        #expect(section.contains(zh ? "无效的豁免注释（1）" : "Invalid suppression comments (1)"))
        #expect(section.contains("<code class=\"snippet\">&lt;!-- wza-disable-next image-alt --&gt;</code>"))
        #expect(section.contains(zh ? "<span class=\"total-label\">已豁免的问题：</span><strong>2</strong>" : "<span class=\"total-label\">Suppressed findings: </span><strong>2</strong>"))
    }

    @Test(arguments: ReportLanguage.allCases)
    func answersMakeASelfAssessment(_ language: ReportLanguage) throws {
        let report = try Self.reviewedReport()
        let html = try HTMLReporter().render(report, language: language)
        let zh = language == .zh
        let manual = try #require(Self.section("manual", html))
        #expect(manual.contains(zh ? "人工核验结果（自评）" : "Manual review answers (self-assessment)"))
        #expect(manual.contains(zh ? "评审人已对 2 个人工核验项作答（通过 1 个、不通过 1 个）" : "Reviewers answered 2 manual items (1 pass, 1 fail)"))
        #expect(manual.contains("<dl class=\"answer answer-pass\">") && manual.contains("<dl class=\"answer answer-fail\">"))
        for text in ["2026-01-10", "2026-01-12", "docs/review/W04.pdf", "<code>news/**</code>"] { #expect(manual.contains(text), "\(text)") }
        #expect(manual.contains(zh ? "王工" : "<span lang=\"zh-CN\">王工</span>"))
        #expect(manual.contains(zh ? "新闻页&lt;script&gt;计时器&lt;/script&gt;无法暂停" : "&lt;script&gt;"), "the note is escaped")
        #expect(!html.contains("<script>计时器"))
        #expect(manual.contains(zh ? "未作答，不计入分数" : "Not answered; not counted"))
        // The items view and the card say what a person decided and what was automated.
        #expect(html.contains(zh ? "通过（评审人作答）" : "Passed (reviewer&#39;s answer)"))
        #expect(html.contains(zh ? "评审人作答的人工核验项" : "from manual items answered by reviewers"))
        #expect(html.contains(zh ? "<li><a href=\"#manual\">人工核验结果（自评）</a></li>" : "<li><a href=\"#manual\">Manual review answers (self-assessment)</a></li>"))
    }

    @Test(arguments: ReportLanguage.allCases)
    func gateOutcomeInTheSummary(_ language: ReportLanguage) throws {
        let report = try Self.reviewedReport()
        let gate = try #require(report.gate)
        let html = try HTMLReporter().render(report, language: language)
        let zh = language == .zh
        let summary = try #require(Self.section("summary", html))
        #expect(summary.contains("<div class=\"card gate verdict-fail\" id=\"gate\">"))
        #expect(summary.contains(zh ? "<strong>门禁未通过</strong>" : "<strong>Gates failed</strong>"))
        #expect(summary.contains((zh ? "门禁计入的问题：" : "Findings counted by the gates: ") + String(gate.countedFindings)))
        for flag in ["--fail-on new", "--fail-under 60", "--max-findings 0"] { #expect(summary.contains("<code>\(flag)</code>"), "\(flag)") }
        #expect(summary.contains(zh ? "只计入基线中没有的新问题" : "Only findings new against the baseline count"))
        // The reasons are the command's English lines, marked as English in the Chinese report.
        for failure in gate.failures {
            #expect(summary.contains(zh ? "<li lang=\"en\">\(HTMLBuilder.escape(failure))</li>" : "<li>\(HTMLBuilder.escape(failure))</li>"), "\(failure)")
        }
        #expect(summary.contains(zh ? "<span class=\"total-label\">新问题：</span>" : "<span class=\"total-label\">New: </span>"))
    }

    /// The new sections keep the report accessible and in the report's language: wza's own audit finds no
    /// failure, Chinese punctuation in zh-CN, Chinese marked in English, no missing string.
    @Test(arguments: ReportLanguage.allCases)
    func reviewedReportStaysAccessible(_ language: ReportLanguage) throws {
        let html = try HTMLReporter().render(try Self.reviewedReport(), language: language)
        #expect(!html.contains("⟦"), "a report string is missing from Reports/strings.json")
        let ids = html.matches(of: #/ id="([^"]+)"/#).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys)")
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let result = Auditor(rules: builtInRules).audit(document, path: "index.html", traits: PageTraits())
        let failures = result.findings.filter { $0.outcome == .failed }
        #expect(failures.isEmpty, "\(failures.map { "\($0.ruleID) line \($0.location.line): \($0.message.en)" })")
        if language == .zh { try Self.expectChinesePunctuation(html) } else { Self.expectChineseMarked(html) }
    }

    /// A capped table against a baseline lists the new findings first (they would otherwise be cut off at
    /// the end of a long page), in document order, and says so.
    @Test func cappedTablesKeepNewFindings() throws {
        func finding(_ order: Int, _ status: BaselineStatus?) -> Finding {
            Finding(ruleID: "image-alt", outcome: .failed, impact: .critical, message: Localized(zh: "缺少替代文本", en: "no alt"),
                    fix: Localized(zh: "添加", en: "add"), location: SourceLocation(file: "a.html", line: order, selector: "img", snippet: "<img>"),
                    documentOrder: order, fingerprint: String(order), baselineStatus: status)
        }
        let cap = HTMLReporter.maxFindingsPerTable
        let existing = (0..<(cap + 10)).map { finding($0, .existing) }
        let withNew = existing + [finding(cap + 10, .new), finding(cap + 11, .new)]
        let shown = HTMLContext.shownFindings(withNew)
        #expect(shown.count == cap)
        #expect(shown.suffix(2).map(\.baselineStatus) == [.new, .new], "new findings kept")
        #expect(shown.map(\.documentOrder) == shown.map(\.documentOrder).sorted(), "rows stay in document order")
        #expect(HTMLContext.shownFindings(existing).map(\.documentOrder) == Array(0..<cap), "without new findings: the first ones")
        #expect(HTMLContext.shownFindings(Array(withNew.suffix(5))).count == 5)
    }

    @Test func filterScriptNarrowsToNewFindings() throws {
        let script = try #require(try? String(contentsOf: repositoryRoot.appendingPathComponent("Reports/assets/report.js"), encoding: .utf8))
        #expect(script.contains("checked('baseline')") && script.contains("data-baseline"))
        let css = try #require(try? String(contentsOf: repositoryRoot.appendingPathComponent("Reports/assets/report.css"), encoding: .utf8))
        #expect(css.contains(".view, #baseline, #suppressions, #manual, #skipped, #method { break-before: page; }"))
    }

    // MARK: Helpers

    /// The markup of the element with `id` up to the next `<section` or `</section>` at any depth (enough to
    /// look inside one page section or one top-level section of wza's regular markup).
    static func section(_ id: String, _ html: String) -> String? {
        guard let start = html.range(of: " id=\"\(id)\"") else { return nil }
        let rest = html[start.upperBound...]
        let end = [rest.range(of: "<section")?.lowerBound, rest.range(of: "</section>")?.lowerBound].compactMap { $0 }.min() ?? rest.endIndex
        return String(rest[..<end])
    }

    /// The report's text outside the given elements (and outside elements with `lang=droppingLang`),
    /// entities decoded. A small scanner, enough for wza's own regular markup.
    static func visibleText(_ html: String, dropping elements: Set<String>, droppingLang: String? = nil) -> String {
        var output = ""
        var skipStack: [String] = []
        var index = html.startIndex
        var openTags: [(name: String, skipping: Bool)] = []
        while index < html.endIndex {
            if html[index] == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = String(html[html.index(after: index)..<close])
                index = html.index(after: close)
                if tag.hasPrefix("/") {
                    let name = String(tag.dropFirst())
                    if let last = openTags.lastIndex(where: { $0.name == name }) {
                        if openTags[last].skipping { skipStack.removeLast() }
                        openTags.removeSubrange(last...)
                    }
                    continue
                }
                if tag.hasPrefix("!") { continue }
                let name = String(tag.prefix { $0 != " " && $0 != "/" })
                if ["meta", "input", "br", "img", "hr", "link"].contains(name) { continue }
                let skip = elements.contains(name) || (droppingLang.map { tag.contains("lang=\"\($0)\"") } ?? false)
                openTags.append((name, skip))
                if skip { skipStack.append(name) }
                output += " "
                continue
            }
            if skipStack.isEmpty { output.append(html[index]) }
            index = html.index(after: index)
        }
        return output.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
