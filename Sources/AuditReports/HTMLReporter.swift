import AuditCore
import Foundation
import WZAResources

/// `index.html`: one self-contained, bilingual report (zh-CN by default) for the whole site, for the
/// people who fix and assess it. No external files and no network: the stylesheet and a small script are
/// inlined; every text from audited pages is escaped.
///
/// Structure: summary (verdict cards, the gates' verdict, three charts each followed by its data table),
/// filters, then three views — by checklist item, by rule, by page (each page with its suppressed findings)
/// — then, when given, the baseline comparison (findings fixed since the baseline) and the suppressions
/// with their use, the manual items with reviewers' answers (a self-assessment: what was automated and
/// what a person checked), files not audited and scoring method. Against a baseline every finding has a
/// new / in-baseline badge and the outcome filter can narrow to new findings. Progressive enhancement: without scripts the views are plain sections one after another and
/// the filter form stays hidden; with the script the view links switch views and the filters (impact,
/// outcome, rule, principle, page path) hide rows and announce the counts in a live region. Printing
/// shows everything, one page section per sheet.
public struct HTMLReporter: Reporter {
    /// Findings rendered per table of a page; the rest are counted in a note (report.json/csv have them all).
    public static let maxFindingsPerTable = 50
    /// Pages listed under one rule or one checklist item; the rest are counted in a note.
    public static let maxPagesPerList = 30

    public init() {}
    public var fileName: String { "index.html" }

    public func render(_ report: AuditReport, language: ReportLanguage) throws -> String {
        let context = HTMLContext(report: report, strings: ReportStrings(language: language), digest: ReportDigest(report))
        let strings = context.strings
        let style = (try? WZAResources.reportAsset("assets/report.css")) ?? ""
        let script = (try? WZAResources.reportAsset("assets/report.js")) ?? ""
        var html = HTMLBuilder()
        html.marksChinese = language == .en
        html.raw("<!DOCTYPE html>\n")
        html.open("html", [("lang", language.rawValue)])
        html.element("head") { head in
            head.raw("<meta charset=\"utf-8\">")
            head.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            head.raw("<meta name=\"generator\" content=\"wza \(HTMLBuilder.escape(report.metadata.toolVersion))\">")
            head.element("title", text: "\(strings["reportTitle"]) – wza")
            head.element("style") { $0.raw(style) }
        }
        html.element("body") { body in
            body.element("a", [("class", "skip"), ("href", "#main")], text: strings["skipToContent"])
            body.element("header", [("class", "masthead")]) { header in
                header.element("p", [("class", "brand")]) { brand in
                    brand.text("wza · ")
                    brand.element("span", [("lang", "zh-CN")], text: "无障碍")
                }
                header.element("nav", [("aria-label", strings["contents"])]) { nav in
                    nav.element("ul") { list in
                        var sections = [("summary", "summary"), ("by-item", "viewItems"), ("by-rule", "viewRules"), ("by-page", "viewPages")]
                        if report.baseline != nil { sections.append(("baseline", "baseline.title")) }
                        if report.suppressions != nil { sections.append(("suppressions", "suppressions.summaryTitle")) }
                        sections += [("manual", context.manualTitleKey), ("skipped", "skippedFiles"), ("method", "scoringMethod")]
                        for (anchor, key) in sections {
                            list.element("li") { $0.element("a", [("href", "#\(anchor)")], text: strings[key]) }
                        }
                    }
                }
            }
            body.element("main", [("id", "main")]) { main in
                main.element("h1", text: strings["reportTitle"])
                main.element("p", [("class", "disclaimer")], text: strings["disclaimer"])
                main.element("p", [("class", "inputs")]) { line in
                    line.text(strings["inputs"] + strings["colon"])
                    for (index, input) in report.metadata.inputs.enumerated() {
                        if index > 0 { line.text(strings["listSeparator"]) }
                        line.element("code", text: input)
                    }
                }
                context.summary(&main)
                context.filters(&main)
                context.itemsView(&main)
                context.rulesView(&main)
                context.pagesView(&main)
                context.baselineSection(&main)
                context.suppressionsSection(&main)
                context.manualItems(&main)
                context.skippedFiles(&main)
                main.element("section", [("id", "method"), ("aria-labelledby", "method-h")]) { section in
                    section.element("h2", [("id", "method-h")], text: strings["scoringMethod"])
                    section.element("p", text: report.scoringMethod.text(language))
                    // Thresholds differ between standards; say which ones this run used.
                    let options = report.rules.flatMap { rule in
                        (rule.options ?? []).filter { $0.source != "default" }.map { "\(rule.id).\($0.key) = \($0.value)" + strings.bracketed($0.source) }
                    }
                    if !options.isEmpty {
                        section.element("p", text: strings["optionsUsed"] + strings["colon"] + strings.clauses(options))
                    }
                    for override in report.ruleOptionOverrides ?? [] {
                        section.element("p", text: strings["optionOverridden", override.source, "\(override.rule).\(override.key)",
                                                           override.value.description, override.keptSource, override.keptValue.description])
                    }
                }
            }
            body.element("footer") { footer in
                footer.element("p", text: strings.clauses([
                    strings["generatedBy", "wza \(report.metadata.toolVersion)"],
                    "libxml2 \(report.metadata.parserVersion)",
                    strings["generatedAt"] + strings["colon"] + report.metadata.generatedAt,
                ]))
            }
            if !script.isEmpty { body.element("script") { $0.raw(script) } }
        }
        html.raw("</html>\n")
        return html.output
    }
}

/// What every section of the HTML report reads.
struct HTMLContext {
    let report: AuditReport
    let strings: ReportStrings
    let digest: ReportDigest
    var language: ReportLanguage { strings.language }
    var colon: String { strings["colon"] }

    /// Wide tables scroll inside their own focusable, labelled region instead of widening the page (WCAG 1.4.10).
    func scrollingTable(_ label: String, _ attributes: [(String, String)] = [], _ html: inout HTMLBuilder, _ content: (inout HTMLBuilder) -> Void) {
        html.element("div", [("class", "table-scroll"), ("role", "region"), ("tabindex", "0"), ("aria-label", label)]) { region in
            region.element("table", attributes, content)
        }
    }

    func headerRow(_ keys: [String], _ table: inout HTMLBuilder, numeric: Set<String> = []) {
        table.element("thead") { head in
            head.element("tr") { row in
                for key in keys { row.element("th", [("scope", "col")] + (numeric.contains(key) ? [("class", "number")] : []), text: strings[key]) }
            }
        }
    }

    /// A link to a page's section, the path in `<code>`.
    func pageLink(_ index: Int, _ html: inout HTMLBuilder) {
        html.element("a", [("href", "#\(ReportDigest.pageAnchor(index))")]) { $0.element("code", text: report.pages[index].result.path) }
    }

    /// "技术分 49（满分 100）" / "technical score 49 / 100", or nothing when the page could not be scored.
    func scoreText(_ score: ChecklistScore) -> String? {
        score.score.map { strings["scoreOutOf", format($0)] }
    }
}

/// Points in tables always show one decimal ("2.0", "1.6") so columns line up.
func fixed(_ value: Double) -> String { String(format: "%.1f", (value * 10).rounded() / 10) }

/// Scores print with at most one decimal ("72.5", "60").
func format(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
