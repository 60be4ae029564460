import AuditCore
import AuditRules
import Foundation
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
        let text = Self.visibleText(try Self.render(.zh), dropping: ["code", "style", "script"], droppingLang: "en")
        // (A colon right before a letter is CSS in a rule's text, ":focus-visible", not punctuation.)
        let bad = text.matches(of: #/[\u4E00-\u9FFF][ ]?(?:[(;,]|:(?![A-Za-z]))|[(][\u4E00-\u9FFF\d]|[\u4E00-\u9FFF][)]/#).map { match in
            let start = text.index(match.range.lowerBound, offsetBy: -12, limitedBy: text.startIndex) ?? text.startIndex
            let end = text.index(match.range.upperBound, offsetBy: 12, limitedBy: text.endIndex) ?? text.endIndex
            return String(text[start..<end])
        }
        #expect(bad.isEmpty, "ASCII punctuation in Chinese text: \(bad.prefix(10))")
        #expect(text.contains("问题（"))
        // No English phrase (three words or more) in wza's Chinese texts: those would need lang="en".
        let english = text.matches(of: #/[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/#).map { String($0.output) }
        #expect(english.isEmpty, "English phrases in the zh-CN report: \(english.prefix(10))")
    }

    /// Chinese text from audited pages (page titles) is marked `lang="zh-CN"` in the English report, and
    /// wza's own English texts contain no Chinese.
    @Test func englishReportMarksChineseText() throws {
        let html = try Self.render(.en)
        #expect(html.contains("<span lang=\"zh-CN\">示例区人民政府</span>"))
        let unmarked = Self.visibleText(html, dropping: ["code", "style", "script"], droppingLang: "zh-CN")
        let han = unmarked.matches(of: #/[\u3400-\u9FFF]+/#).map { String($0.output) }
        #expect(han.isEmpty, "Chinese text without lang in the English report: \(han.prefix(10))")
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

    // MARK: Helpers

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
