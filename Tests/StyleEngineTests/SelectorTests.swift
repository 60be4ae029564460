import HTMLDOM
import Testing

@testable import StyleEngine

@Suite struct SelectorTests {
    static let html = """
        <div id="nav" class="menu main" lang="zh-CN" data-x="a-b">
          <ul><li id="l1" class="item">一</li><li id="l2">二</li><li id="l3" class="item last">三</li></ul>
          <p id="p1">段落<a id="a1" href="/x">链接</a><a id="a2">无链接</a></p>
          <span id="s1"></span><span id="s2"> </span><!-- c --><em id="e1"><!-- only a comment --></em>
          <input id="c1" type="checkbox" checked><input id="t1" type="TEXT" disabled>
          <fieldset disabled><legend><input id="in-legend"></legend><input id="in-fieldset"></fieldset>
        </div>
        <section id="sec"><h2 id="h2">标题</h2><img id="img" src="x.png"></section>
        """

    static let cases: [(String, String, Bool)] = [
        ("li", "l1", true), ("*", "l1", true), ("#l1", "l1", true), (".item", "l3", true), (".item.last", "l3", true),
        (".item.first", "l3", false), ("ul > li", "l2", true), ("div li", "l2", true), ("section li", "l2", false),
        ("li + li", "l2", true), ("li + li", "l1", false), ("#l1 ~ li", "l3", true), ("#l3 ~ li", "l1", false),
        ("li:first-child", "l1", true), ("li:last-child", "l3", true), ("li:only-child", "l1", false),
        ("li:nth-child(2)", "l2", true), ("li:nth-child(odd)", "l3", true), ("li:nth-child(2n+1)", "l2", false),
        ("li:nth-child(-n + 2)", "l2", true), ("li:nth-child(-n+2)", "l3", false), ("li:nth-last-child(1)", "l3", true),
        ("li:nth-child(2 of .item)", "l3", true), ("a:nth-of-type(2)", "a2", true), ("a:first-of-type", "a1", true),
        ("a:last-of-type", "a1", false), ("h2:only-of-type", "h2", true),
        ("[data-x]", "nav", true), ("[data-x=a-b]", "nav", true), ("[data-x|=a]", "nav", true), ("[data-x^=a]", "nav", true),
        ("[data-x$=b]", "nav", true), ("[data-x*='-']", "nav", true), ("[class~=main]", "nav", true), ("[class~=mai]", "nav", false),
        ("[data-x=A-B]", "nav", false), ("[data-x=A-B i]", "nav", true), ("[type=text]", "t1", true),
        (":not(.item)", "l2", true), ("li:not(.item, #l2)", "l2", false), (":is(p, section) > :is(a, h2)", "a1", true),
        (":where(#nav) a", "a1", true), ("div:has(> ul)", "nav", true), ("div:has(img)", "nav", false), ("section:has(h2 + img)", "sec", true),
        ("h2:has(+ img)", "h2", true), (":root", "nav", false), ("span:empty", "s1", true), ("span:empty", "s2", false), ("em:empty", "e1", true),
        ("a:link", "a1", true), ("a:link", "a2", false), (":any-link", "a1", true), ("input:checked", "c1", true),
        ("input:disabled", "t1", true), ("input:enabled", "c1", true), ("#in-fieldset:disabled", "in-fieldset", true),
        ("#in-legend:disabled", "in-legend", false), ("p:lang(zh)", "p1", true), ("p:lang(en)", "p1", false),
        ("a:hover", "a1", false), ("li::before", "l1", true),
    ]

    @Test func matchingTable() throws {
        let styles = PageStyles(document: try HTMLDocument(html: Self.html))
        let matcher = SelectorMatcher(dom: styles.dom)
        for (selectorText, id, expected) in Self.cases {
            let selectors = try #require(SelectorParser.parse(selectorText), "\(selectorText) did not parse")
            let element = try styles.element(id)
            let matched = selectors.contains { matcher.matches($0, element, state: []) }
            #expect(matched == expected, "\(selectorText) on #\(id)")
        }
    }

    @Test func statesAreRequirements() throws {
        let styles = PageStyles(document: try HTMLDocument(html: Self.html))
        let matcher = SelectorMatcher(dom: styles.dom)
        let link = try styles.element("a1")
        let hover = try #require(SelectorParser.parse("p:hover a:focus")?.first)
        #expect(hover.states == [.hover, .focus])
        #expect(!matcher.matches(hover, link, state: []))
        #expect(matcher.matches(hover, link, state: [.hover, .focus]))  // hover propagates to ancestors
        let within = try #require(SelectorParser.parse("#nav:focus-within")?.first)
        #expect(matcher.matches(within, try styles.element("nav"), state: [.focusWithin]))
        let visited = try #require(SelectorParser.parse("a:visited")?.first)
        #expect(matcher.matches(visited, link, state: [.visited]))
    }

    @Test func specificityTable() throws {
        let table: [(String, Specificity)] = [
            ("*", .init(0, 0, 0)), ("li", .init(0, 0, 1)), ("ul li", .init(0, 0, 2)), (".a", .init(0, 1, 0)),
            ("#x", .init(1, 0, 0)), ("a:hover", .init(0, 1, 1)), ("a::before", .init(0, 0, 2)), ("a:before", .init(0, 0, 2)),
            ("[href]", .init(0, 1, 0)), (":not(#x)", .init(1, 0, 0)), (":is(.a, #b)", .init(1, 0, 0)),
            (":where(#b) .a", .init(0, 1, 0)), ("li:nth-child(2 of .a)", .init(0, 2, 1)), (":has(> #x)", .init(1, 0, 0)),
            ("#a .b > c + d ~ e[f]:first-child", .init(1, 3, 3)),
        ]
        for (text, expected) in table {
            let selector = try #require(SelectorParser.parse(text)?.first, "\(text)")
            #expect(selector.specificity == expected, "\(text)")
        }
    }

    @Test func invalidSelectors() {
        for text in ["", "a >", "> a", "a,,b", "#1x", ".", "a:nope", "::before a", "[x=]", "svg|a", ":has(:has(a))", ":nth-child(x)"] {
            #expect(SelectorParser.parse(text) == nil, "\(text) should be invalid")
        }
        #expect(SelectorParser.parse(":is(a, :nope)")?.count == 1)  // forgiving
    }

    @Test func nthPatterns() {
        let pattern = SelectorParser.parseNth(CSSTokenizer.tokenize("-2n+ 5"), 0..<CSSTokenizer.tokenize("-2n+ 5").count)
        #expect(pattern == NthPattern(a: -2, b: 5))
        #expect(pattern.map { [1, 2, 3, 4, 5, 6].filter($0.matches) } == [1, 3, 5])
    }
}
