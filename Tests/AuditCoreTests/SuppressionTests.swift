import AuditRules
import HTMLDOM
import Testing

@testable import AuditCore

@Suite struct SuppressionTests {
    let known = Set(builtInRules.map(\.id))
    let today = Day("2026-01-15")!

    private func apply(_ pages: [PageResult], _ rules: [SuppressionRule] = [], today: Day? = nil) -> (site: SiteAudit, summary: SuppressionSummary) {
        SuppressionEngine.apply(to: site(pages), rules: rules, knownRules: known, today: today ?? self.today)
    }

    // MARK: Inline comments

    @Test func commentParsing() {
        let ok = InlineSuppression.parse(comment: " wza-disable-next image-alt, link-name  --  装饰图， 已有说明 ", line: 3)
        #expect(ok.problem == nil)
        #expect(ok.rules == ["image-alt", "link-name"])
        #expect(ok.reason == "装饰图， 已有说明")
        #expect(InlineSuppression.parse(comment: "wza-disable-next image-alt image-alt -- r", line: 1).rules == ["image-alt"])
        // A reason may itself contain "--" after the first separator.
        #expect(InlineSuppression.parse(comment: "wza-disable-next image-alt -- a -- b", line: 1).reason == "a -- b")

        #expect(InlineSuppression.parse(comment: "wza-disable-next image-alt", line: 1).problem != nil, "no reason")
        #expect(InlineSuppression.parse(comment: "wza-disable-next image-alt --   ", line: 1).problem != nil, "empty reason")
        #expect(InlineSuppression.parse(comment: "wza-disable-next -- because", line: 1).problem != nil, "no rule")
        #expect(InlineSuppression.parse(comment: "wza-disable-nextline image-alt -- r", line: 1).problem != nil, "unknown directive")
        #expect(InlineSuppression.parse(comment: "WZA-DISABLE-NEXT image-alt -- r", line: 1).problem == nil, "keyword case-insensitive")
    }

    @Test func commentsInThePageTargetTheNextElementSibling() throws {
        let page = try auditPage("""
            <!-- an ordinary comment -->
            <!-- wza-disable-next image-alt -- 装饰性分隔线 -->
            <!-- wza-disable-next link-name -- 图标链接，旁边有文字 -->
            <img src="line.png">
            <p><img src="kept.png"><!-- wza-disable-next image-alt -- nothing follows --></p>
            <!-- wza-disable-next image-alt -->
            <img src="noreason.png">
            text <!-- wza-disable-next image-alt -- text comes first -->text<img src="after-text.png">
            """)
        let directives = page.inlineSuppressions
        #expect(directives.count == 5)
        #expect(directives[0].targetOrder != nil && directives[0].targetSelector?.contains("img") == true)
        #expect(directives[0].targetOrder == directives[1].targetOrder, "stacked comments apply to the same element")
        #expect(directives[2].targetOrder == nil && directives[2].problem != nil, "last in its parent: nothing follows")
        #expect(directives[3].problem != nil && directives[3].targetOrder != nil, "no reason")
        #expect(directives[4].targetOrder == nil, "non-blank text between comment and element")
    }

    @Test func inlineSuppressionMovesTheFindingAndRecountsTheRule() throws {
        let page = try auditPage("""
            <!-- wza-disable-next image-alt -- 装饰性分隔线，已与评测方确认 -->
            <img src="line.png">
            <img src="logo.png" alt="徽标">
            """)
        #expect(page.findings.contains { $0.ruleID == "image-alt" })
        #expect(page.outcome(of: "image-alt") == .failed)
        let (result, summary) = apply([page])
        let after = result.pages[0]
        #expect(!after.findings.contains { $0.ruleID == "image-alt" })
        #expect(after.suppressed.count == 1)
        #expect(after.suppressed[0].reason == "装饰性分隔线，已与评测方确认")
        #expect(after.suppressed[0].source == .inline && after.suppressed[0].origin == "a.html:1")
        // The other image passed, so the rule now passes on the page; the count says what was suppressed.
        let rule = try #require(after.rules.first { $0.ruleID == "image-alt" })
        #expect(rule.outcome == .passed && rule.failed == 0 && rule.suppressed == 1)
        #expect(summary.suppressedFindings == 1)
        #expect(summary.suppressions.map(\.status) == [.used])
    }

    @Test func commentsWithoutReasonOrWithUnknownRulesSuppressNothingAndAreReported() throws {
        let page = try auditPage("""
            <!-- wza-disable-next image-alt -->
            <img src="a.png">
            <!-- wza-disable-next image-alts -- typo in the rule -->
            <img src="b.png">
            """)
        let (result, summary) = apply([page])
        #expect(result.pages[0].suppressed.isEmpty)
        #expect(result.pages[0].findings.filter { $0.ruleID == "image-alt" }.count == 2)
        #expect(summary.problems.map(\.line) == [1, 3])
        #expect(summary.problems[0].message.en.contains("no reason"))
        #expect(summary.problems[1].message.en.contains("unknown rule 'image-alts'"))
    }

    @Test func unusedInlineCommentsAreListed() throws {
        let page = try auditPage("<!-- wza-disable-next image-alt -- fixed since --><img src=\"a.png\" alt=\"图\">")
        let (_, summary) = apply([page])
        #expect(summary.unused.count == 1)
        #expect(summary.unused[0].source == .inline)
    }

    // MARK: Config suppressions

    @Test func configMatchesByRulePathSelectorAndFingerprint() throws {
        let news = try auditPage(#"<img class="banner wide" src="ad.png"><img src="x.png">"#, path: "news/a.html")
        let home = try auditPage(#"<img class="banner" src="ad.png">"#, path: "index.html")
        let fingerprint = try #require(home.findings.first { $0.ruleID == "image-alt" }).fingerprint
        let rules = [
            SuppressionRule(rules: ["image-alt"], path: "news/**", selector: "img.banner", reason: "专题横幅", origin: "wza.yml:3"),
            SuppressionRule(rules: ["image-alt"], fingerprint: fingerprint, reason: "首页横幅", origin: "wza.yml:7"),
            SuppressionRule(rules: ["link-name"], reason: "never matches", origin: "wza.yml:10"),
            SuppressionRule(rules: ["image-alt"], selector: "img[src$=\"x.png\"]", reason: "attr", origin: "wza.yml:12"),
        ]
        let (result, summary) = apply([news, home], rules)
        #expect(result.pages.allSatisfy { !$0.findings.contains { $0.ruleID == "image-alt" } })
        #expect(result.pages[0].suppressed.map(\.origin) == ["wza.yml:3", "wza.yml:12"])
        #expect(result.pages[1].suppressed.map(\.origin) == ["wza.yml:7"])
        #expect(summary.suppressions.map(\.status) == [.used, .used, .unused, .used])
        #expect(summary.unused.map(\.origin) == ["wza.yml:10"])
        #expect(summary.suppressedFindings == 3)
    }

    @Test func selectorMatchingIsExactOrOneCompound() throws {
        let location = SourceLocation(file: "a.html", line: 1, selector: "#nav > a:nth-of-type(2)", snippet: #"<a class="icon home" href="/" data-x="1">"#)
        #expect(SimpleSelector.matches("#nav > a:nth-of-type(2)", location))
        #expect(SimpleSelector.matches("a.icon", location))
        #expect(SimpleSelector.matches(".home.icon[href='/']", location))
        #expect(SimpleSelector.matches("[data-x]", location))
        #expect(!SimpleSelector.matches("a.other", location))
        #expect(!SimpleSelector.matches("img.icon", location))
        #expect(!SimpleSelector.matches("#nav a", location), "combinators only match the report's selector exactly")
    }

    @Test func expiryUsesTheInjectedDay() throws {
        let page = try auditPage(#"<img src="a.png">"#)
        let rule = SuppressionRule(rules: ["image-alt"], reason: "临时", expires: Day("2026-01-15")!, origin: "wza.yml:2")
        // On the day itself it still applies.
        let (onTheDay, summaryOn) = apply([page], [rule], today: Day("2026-01-15")!)
        #expect(onTheDay.pages[0].suppressed.count == 1)
        #expect(summaryOn.expired.isEmpty)
        // The day after it has expired: it suppresses nothing and is listed as expired with what it would match.
        let (after, summaryAfter) = apply([page], [rule], today: Day("2026-01-16")!)
        #expect(after.pages[0].suppressed.isEmpty)
        #expect(after.pages[0].findings.contains { $0.ruleID == "image-alt" })
        #expect(summaryAfter.expired.map(\.origin) == ["wza.yml:2"])
        #expect(summaryAfter.expired[0].matched == 1)
    }

    @Test func daysParseStrictly() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2025-02-29") == nil)
        #expect(Day("2026-13-01") == nil)
        #expect(Day("2026-1-01") == nil)
        #expect(Day(unixTime: 1_767_225_600).description == "2026-01-01")
        #expect(Day(unixTime: 951_782_400).description == "2000-02-29")
        #expect(Day("2026-01-02")! > Day("2026-01-01")!)
    }
}
