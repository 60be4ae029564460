import HTMLDOM
import Testing

@testable import StyleEngine

/// Style sharing hands one computed style to elements whose inputs are the same; it must never hand
/// it to an element that differs in anything the style depends on.
@Suite struct StyleSharingTests {
    static let css = """
        li { color: #333 } .hot { color: red } ul li:first-child { font-weight: bold }
        .box:focus-within { background: yellow } a:focus { outline: 2px solid blue }
        """
    static let html = """
        <ul><li id="a">一</li><li id="b">二</li><li id="c">三</li><li id="d" class="hot">四</li>
        <li id="e" style="color: green">五</li><li id="f" style="color: green">六</li>
        <li id="g" aria-hidden="true">七</li><li id="h" inert>八</li></ul>
        <div class="box" id="box1"><p id="p1"><a id="link1" href="#">x</a></p></div>
        <div class="box" id="box2"><p id="p2"><a id="link2" href="#">y</a></p></div>
        """

    /// A profile keeps a style per state and root font size; the first normal and first state ones are read
    /// without the lock, and must never answer for another size or state.
    @Test func profileStylesAnswerOnlyForTheirStateAndRootFontSize() throws {
        let page = try styledPage(Self.html, css: Self.css)
        let (plain, hot, focused) = try (page.style("c"), page.style("d"), page.style("link1", state: .focus))
        let profile = ElementProfile(signature: .zero, matches: PageStyles.Matches())
        #expect(profile.style(in: 0, rootFontSize: 16) == nil)
        profile.store(plain, in: 0, rootFontSize: 16)
        profile.store(hot, in: 0, rootFontSize: 20)
        profile.store(focused, in: ElementState.focus.rawValue, rootFontSize: 16)
        profile.store(plain, in: ElementState.hover.rawValue, rootFontSize: 16)
        #expect(profile.style(in: 0, rootFontSize: 16)?.box === plain.box)
        #expect(profile.style(in: 0, rootFontSize: 20)?.box === hot.box)
        #expect(profile.style(in: 0, rootFontSize: 0) == nil, "0 is not an unclaimed size")
        #expect(profile.style(in: ElementState.focus.rawValue, rootFontSize: 16)?.box === focused.box)
        #expect(profile.style(in: ElementState.focus.rawValue, rootFontSize: 20) == nil)
        #expect(profile.style(in: ElementState.hover.rawValue, rootFontSize: 16)?.box === plain.box)
    }

    @Test func onceReferenceKeepsTheFirstAndReleasesIt() {
        final class Token: Sendable {}
        weak var first: Token?
        do {
            let slot = OnceReference<Token>()
            #expect(slot.load() == nil)
            let (one, two) = (Token(), Token())
            first = one
            #expect(slot.storeIfNil(one) === one)
            #expect(slot.storeIfNil(two) === one, "the second store loses")
            #expect(slot.load() === one)
        }
        #expect(first == nil, "the slot releases what it held")
    }

    @Test func likeSiblingsShareAndDifferentOnesDoNot() throws {
        let page = try styledPage(Self.html, css: Self.css)
        let (a, b, c, d, e, f, g, h) = try (page.style("a"), page.style("b"), page.style("c"), page.style("d"),
                                            page.style("e"), page.style("f"), page.style("g"), page.style("h"))
        #expect(a.fontWeight == 700 && b.fontWeight == 400, "first-child matched only the first")
        #expect(b.box === c.box, "same parent, same rules: one shared style")
        #expect(d.color == rgb("red") && d.box !== c.box)
        #expect(e.box === f.box && e.color == rgb("green"), "the same inline style shares")
        #expect(e.box !== c.box)
        #expect(g.ariaHiddenChain && !c.ariaHiddenChain && g.box !== c.box)
        #expect(h.inertChain && !c.inertChain && h.box !== c.box)
    }

    @Test func statesNoRuleReactsToReuseTheNormalStyle() throws {
        let page = try styledPage(Self.html, css: Self.css)
        let normal = try page.style("b")
        let focusWithin = try page.style("b", state: .focusWithin)
        #expect(normal.box === focusWithin.box, "no :focus-within rule matches the item or its ancestors")
        let box = try page.style("box1"), boxFocus = try page.style("box1", state: .focusWithin)
        #expect(boxFocus.backgroundColor == rgb("yellow") && box.box !== boxFocus.box)
        let focused = try page.style("link1", state: .keyboardFocus)
        #expect(focused.outline.isVisible && focused.outline.color == rgb("blue"))
        #expect(try page.style("link2", state: .keyboardFocus).outline == focused.outline)
    }

    /// Ancestors skip state styles only when no selector names the state, however deeply nested.
    @Test func ancestorStatesFollowNestedSelectors() throws {
        let page = try styledPage(##"<nav id="nav"><a id="a" href="#">x</a></nav>"##,
                                  css: "nav:is(:not(:focus-within)) { color: gray } nav { color: black } a { color: inherit }")
        #expect(try page.style("a").color == rgb("gray"))
        #expect(try page.style("a", state: .keyboardFocus).color == rgb("black"), "the focused link's nav is :focus-within")
    }

    // MARK: Across pages

    private static func page(_ body: String, head: String, cache: StyleSheetCache, viewport: Viewport = .desktop,
                             htmlAttributes: String = "") throws -> PageStyles {
        let html = "<!DOCTYPE html><html\(htmlAttributes)><head>\(head)</head><body>\(body)</body></html>"
        return PageStyles(document: try HTMLDocument(html: html), viewport: viewport, cache: cache)
    }

    @Test func pagesOfOneTemplateShareStylesAcrossTheRun() throws {
        let cache = StyleSheetCache()
        let head = "<style>\(Self.css)</style>"
        let first = try Self.page(Self.html, head: head, cache: cache)
        let second = try Self.page("<p>另一页</p>" + Self.html, head: head, cache: cache)
        #expect(try first.style("b").box === second.style("b").box, "the same template element: one style for the run")
        #expect(try first.style("link1", state: .keyboardFocus).box === second.style("link1", state: .keyboardFocus).box)
        #expect(try first.style("e").box !== second.style("d").box)
    }

    @Test func aCacheSharingNothingKeepsPagesApart() throws {
        let cache = StyleSheetCache(sharingAcrossPages: false)
        let head = "<style>\(Self.css)</style>"
        let first = try Self.page(Self.html, head: head, cache: cache), second = try Self.page(Self.html, head: head, cache: cache)
        #expect(try first.style("b").box !== second.style("b").box)
        #expect(try first.style("b").box === first.style("c").box, "sharing within the page goes on")
        #expect(cache.shares.count == 0)
    }

    /// Everything a style depends on besides the matched rules keeps pages apart: the order of their sheets,
    /// the viewport, the root font size (rem), inline styles.
    @Test func pagesDifferingInAnyInputDoNotShare() throws {
        let cache = StyleSheetCache()
        let red = "<style>li { color: red }</style>", blue = "<style>li { color: blue }</style>"
        let list = #"<ul id="u"><li id="i" style="font-size: 2rem">x</li></ul>"#
        let redLast = try Self.page(list, head: blue + red, cache: cache)
        let blueLast = try Self.page(list, head: red + blue, cache: cache)
        #expect(try redLast.style("i").color == rgb("red"))
        #expect(try blueLast.style("i").color == rgb("blue"))

        let media = "<style>li { color: black } @media (max-width: 600px) { li { color: purple } }</style>"
        let desktop = try Self.page(list, head: media, cache: cache)
        let mobile = try Self.page(list, head: media, cache: cache, viewport: .mobile)
        #expect(try desktop.style("i").color == rgb("black"))
        #expect(try mobile.style("i").color == rgb("purple"))

        let small = try Self.page(list, head: media, cache: cache, htmlAttributes: #" style="font-size: 10px""#)
        #expect(try desktop.style("i").fontSize == 32)
        #expect(try small.style("i").fontSize == 20)
        let inline = try Self.page(#"<ul><li id="i" style="color: green">x</li></ul>"#, head: media, cache: cache)
        #expect(try inline.style("i").color == rgb("green"))
    }

    /// A full table starts over: styles stay right, only the time saved is lost.
    @Test func aFullTableStartsOverWithoutWrongAnswers() throws {
        let tiny = StyleSheetCache(shareCapacity: 2), roomy = StyleSheetCache()
        let head = "<style>\(Self.css)</style>"
        for round in 0..<3 {
            let squeezed = try Self.page(Self.html, head: head, cache: tiny), reference = try Self.page(Self.html, head: head, cache: roomy)
            for (element, other) in zip(squeezed.document.elements, reference.document.elements) {
                for state in [ElementState(), .keyboardFocus, .focusWithin] {
                    let (a, b) = (squeezed.computed(for: element, state: state), reference.computed(for: other, state: state))
                    #expect(a.color == b.color && a.fontWeight == b.fontWeight && a.backgroundColor == b.backgroundColor
                            && a.outline == b.outline && a.ariaHiddenChain == b.ariaHiddenChain, "round \(round)")
                }
            }
        }
        #expect(tiny.shares.count <= 2 && tiny.shares.profileCount <= 2)
    }

    // MARK: Matching across pages

    static let structuralCSS = """
        li:first-child a { color: red } li + li { color: blue } .x ~ li { font-weight: bold } li:nth-child(2n) { color: olive }
        a[href^="/a"] { color: green } a:link { text-decoration: none } a:hover { color: orange } li:focus-within { outline: 1px solid }
        :lang(en) { font-style: italic } input:checked { width: 20px } input:disabled { height: 9px } input:enabled { height: 3px }
        div:empty { display: none } ul:has(.x) { margin: 4px } p:not(.y) { padding: 2px } :is(ul, ol) > li { line-height: 2 }
        [data-k|=en] { color: teal } input:read-only { color: gray } input:placeholder-shown { color: silver }
        li:only-child { color: navy } li:last-of-type::after { content: "末" } p:first-of-type::before { content: "首" }
        html { font-size: 20px } html:focus-within { font-size: 30px } li { padding-left: 1rem } .y { font-size: 1.5em }
        """

    /// Two pages of one template that differ in sibling order, emptiness, content, attributes and state:
    /// every element must match exactly the rules it matches when its page is audited alone.
    @Test func matchingSharedAcrossPagesEqualsMatchingAlone() throws {
        let first = """
            <ul class="nav"><li><a href="/a">A</a></li><li class="x"><a href="/b">B</a></li><li><a href="/c">C</a></li></ul>
            <p lang="en">en</p><p class="y">y</p><input type="checkbox" checked><input placeholder="p">
            <fieldset disabled><legend><input id="i1"></legend><input id="i2"></fieldset><div></div><div data-k="en-GB">k</div>
            <details><summary>s</summary><p>p</p></details><ol><li>only</li></ol>
            <table><tr><td width="10" style="color: red"><font color="green" size="5">f</font></td></tr></table>
            <div aria-hidden="true"><span class="y">h</span></div><div inert><span>i</span></div><h6><font size="5">f</font></h6>
            """
        let second = """
            <ul class="nav"><li class="x"><a href="/b">B</a></li><li><a href="/a">A</a></li></ul>
            <p lang="zh">zh</p><p>y</p><input type="checkbox"><input placeholder="p" value="v">
            <fieldset disabled><input id="i2"><legend><input id="i1"></legend></fieldset><div> </div><div data-k="fr">k</div>
            <details open><summary>s</summary><p>p</p></details><ol><li>one</li><li>two</li></ol>
            <table><tr><td width="10" style="color: blue"><font color="green" size="2">f</font></td><td width="30">w</td></tr></table>
            <div aria-hidden="false"><span class="y">h</span></div><div><span>i</span></div><h6><font size="2">f</font></h6>
            """
        let shared = StyleSheetCache()
        let head = "<style>\(Self.structuralCSS)</style>"
        for body in [first, second, first, second] {
            let page = try Self.page(body, head: head, cache: shared)
            let alone = try Self.page(body, head: head, cache: StyleSheetCache())
            for (element, other) in zip(page.document.elements, alone.document.elements) {
                for state in [ElementState(), .hover, .keyboardFocus, .focusWithin] {
                    for pseudo in [nil, PseudoElement.before, .after] {
                        let got = page.matchedRules(for: element, state: state, pseudo: pseudo).map { "\($0.line) \($0.selector) \($0.specificity)" }
                        let want = alone.matchedRules(for: other, state: state, pseudo: pseudo).map { "\($0.line) \($0.selector) \($0.specificity)" }
                        #expect(got == want, "<\(element.name)> at line \(element.line), state \(state.rawValue), \(String(describing: pseudo))")
                    }
                    let (got, want) = (page.computed(for: element, state: state).values, alone.computed(for: other, state: state).values)
                    #expect(got.color == want.color && got.backgroundColor == want.backgroundColor && got.fontSize == want.fontSize
                            && got.fontWeight == want.fontWeight && got.fontStyle == want.fontStyle && got.display == want.display
                            && got.width == want.width && got.padding.left == want.padding.left && got.margin.top == want.margin.top
                            && got.textDecorationLine == want.textDecorationLine && got.outline == want.outline
                            && got.ariaHiddenChain == want.ariaHiddenChain && got.inertChain == want.inertChain
                            && got.inNoneSubtree == want.inNoneSubtree, "<\(element.name)> at line \(element.line), state \(state.rawValue)")
                    #expect(page.isRendered(element) == alone.isRendered(other))
                }
            }
        }
    }
}
