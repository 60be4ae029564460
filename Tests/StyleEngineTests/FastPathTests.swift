import HTMLDOM
import Testing

@testable import StyleEngine

/// The narrow paths (render state, generated content) must give exactly what the full computed style gives.
@Suite struct FastPathTests {
    static let html = """
        <div id="a" class="gone"><span id="a1" class="back">x</span></div>
        <div id="b" hidden><p id="b1" class="shown">y</p></div>
        <div id="c" hidden="until-found"><p id="c1">z</p></div>
        <section id="d" class="vh"><p id="d1" class="vv">v</p><p id="d2" class="vi">w</p><p id="d3" class="vinit">i</p></section>
        <div id="e" class="cvh"><p id="e1" class="cvi">c</p></div>
        <div id="f" class="inh-none"><i id="f1" class="disp-inherit">i</i></div>
        <div id="g" style="display: var(--d)"><b id="g1">b</b></div>
        <div id="h" class="var-d" style="--d: none"><b id="h1">b</b></div>
        <div id="i" class="var-all"><b id="i1">b</b></div>
        <div id="j" style="DISPLAY: NONE !important" class="block-important"><b id="j1">b</b></div>
        <div id="k" style="visibility: hidden"><b id="k1" style="visibility: unset">u</b><b id="k2" style="visibility: initial">n</b></div>
        <div id="l" style="d\\69splay: none"><b id="l1">e</b></div>
        <div id="m" class="all-unset"><b id="m1">m</b></div>
        <input id="n" type="hidden" class="force"><dialog id="o"><p id="o1">d</p></dialog><dialog id="p" open><p id="p1">o</p></dialog>
        <details id="q"><summary id="q1">s</summary><p id="q2">hidden</p></details>
        <div id="r" aria-hidden=" TRUE "><a id="r1" href="#">a</a></div><div id="s" inert><a id="s1" href="#">a</a></div>
        <ul id="t"><li id="t1" class="q">one</li><li id="t2" class="q icon">two</li><li id="t3" data-x="x">three</li></ul>
        <p id="u" class="later-wins">u</p><p id="v" class="id-beats">v</p>
        """
    static let css = """
        .gone { display: none } .back { display: block } .shown { display: block !important }
        .vh { visibility: hidden } .vv { visibility: visible } .vi { visibility: inherit } .vinit { visibility: initial }
        .cvh { content-visibility: hidden } .cvi { content-visibility: inherit }
        .inh-none { display: none } .disp-inherit { display: inherit }
        .var-d { display: var(--d, block) } .var-all { all: var(--nothing) }
        .block-important { display: block !important }
        .all-unset { all: unset }
        .force { display: inline !important }
        .later-wins { display: none } .later-wins { display: block }
        #v { display: none } .id-beats { display: block }
        .q::before { content: "前" } .icon::after { content: url(i.png) / "图标" } [data-x]::before { content: attr(data-x) }
        li::after { color: red }
        """

    @Test func renderStateMatchesComputedStyle() throws {
        let fast = try styledPage(Self.html, css: Self.css)
        let full = try styledPage(Self.html, css: Self.css)
        // Fast answers first, deepest elements first (no full style memoised on either path's way).
        for element in fast.document.elements.reversed() {
            let style = full.computed(for: full.document.elements[fast.document.elements.firstIndex(of: element)!]).values
            let rendered = !style.inNoneSubtree && !style.inSkippedContent && style.visibility == "visible"
            let inTree = rendered && !style.ariaHiddenChain && !style.inertChain
            let id = element.attribute("id") ?? element.name
            #expect(fast.isRendered(element) == rendered, "isRendered #\(id)")
            #expect(fast.isInAccessibilityTree(element) == inTree, "isInAccessibilityTree #\(id)")
        }
        for (id, rendered) in [("a1", false), ("b1", false), ("c1", false), ("d1", true), ("d2", false), ("d3", true), ("e1", false),
                               ("f1", false), ("g1", true), ("h1", false), ("i1", true), ("j1", false), ("k1", false), ("k2", true),
                               ("l1", false), ("m", true), ("n", false), ("o1", false), ("p1", true), ("q2", false), ("q1", true),
                               ("u", true), ("v", false)] {
            #expect(try fast.isRendered(fast.element(id)) == rendered, "#\(id)")
        }
        #expect(try !fast.isInAccessibilityTree(fast.element("r1")))
        #expect(try !fast.isInAccessibilityTree(fast.element("s1")))
    }

    @Test func generatedContentMatchesComputedStyle() throws {
        let fast = try styledPage(Self.html, css: Self.css)
        let full = try styledPage(Self.html, css: Self.css)
        for (element, other) in zip(fast.document.elements, full.document.elements) {
            for pseudo in [PseudoElement.before, .after] {
                #expect(fast.generatedContent(for: element, pseudo: pseudo) == full.computed(for: other, pseudo: pseudo).content)
            }
        }
        #expect(try fast.generatedContent(for: fast.element("t1"), pseudo: .before)?.text == "前")
        #expect(try fast.generatedContent(for: fast.element("t2"), pseudo: .after)?.alternativeText == "图标")
        #expect(try fast.generatedContent(for: fast.element("t3"), pseudo: .before)?.text == "x")
        #expect(try fast.generatedContent(for: fast.element("t3"), pseudo: .after) == nil)
        let plain = try styledPage("<p id='p'>x</p>", css: "p { color: red }")
        #expect(try plain.generatedContent(for: plain.element("p"), pseudo: .before) == nil)
    }

    @Test func computedStylesAreValues() throws {
        let styles = try styledPage("<p id='p'>x</p>", css: "p { color: red; display: none }")
        let original = try styles.style("p")
        var copy = original
        copy.display = "block"
        #expect(original.display == "none")
        #expect(copy.display == "block")
        #expect(try styles.style("p").display == "none")
    }

    @Test func cacheMeasuresStyleTimeWhenAsked() throws {
        let cache = StyleSheetCache(measuringTime: true)
        do {
            let styles = PageStyles(document: try HTMLDocument(html: "<p id='p'>x</p>"), cache: cache)
            _ = try styles.isRendered(styles.element("p"))
        }
        #expect(cache.styleTime > 0)
        // Setting up, the question, dropping: each interval holds a clock read that `styleTime` takes off.
        #expect(cache.styleCallCount == 3)
        let quiet = StyleSheetCache()
        do {
            let styles = PageStyles(document: try HTMLDocument(html: "<p id='p'>x</p>"), cache: quiet)
            _ = try styles.isRendered(styles.element("p"))
        }
        #expect(quiet.styleTime == 0)
    }

    @Test func inlineStylePrefilter() {
        #expect(!PageStyles.mayDeclareVisibility("color: red; margin: 0"))
        #expect(PageStyles.mayDeclareVisibility("COLOR: red; Display: none"))
        #expect(PageStyles.mayDeclareVisibility("content-visibility: hidden"))
        #expect(PageStyles.mayDeclareVisibility("all: unset"))
        #expect(PageStyles.mayDeclareVisibility("color: var(--x)"))
        #expect(PageStyles.mayDeclareVisibility("d\\69splay: none"))
    }
}

/// `mayHaveOverflow` may say "maybe" too often, never "no" for an element whose overflow is not visible.
@Test func mayHaveOverflowNeverMissesAnOverflowRule() throws {
    let css = """
        .clip { overflow: hidden } #scroll { overflow-y: auto } ul li.x { overflow-x: clip }
        @media (max-width: 500px) { .narrow { overflow: hidden } } .v { --o: hidden } .w { overflow: var(--o) }
        """
    let page = try styledPage("""
        <div id="a" class="clip">a</div><div id="scroll">b</div><ul><li id="c" class="x">c</li><li id="d">d</li></ul>
        <p id="e" style="OVERFLOW: auto">e</p><p id="f" class="narrow">f</p><p id="g" style="color: red">g</p>
        <div class="v"><p id="h" class="w">h</p></div>
        """, css: css)
    for id in ["a", "scroll", "c", "e", "h"] {
        #expect(page.mayHaveOverflow(try page.element(id)), "\(id)")
        let style = try page.style(id)
        #expect(style.overflowX != "visible" || style.overflowY != "visible", "\(id)")
    }
    for id in ["d", "f", "g"] {
        #expect(!page.mayHaveOverflow(try page.element(id)), "\(id)")
        let style = try page.style(id)
        #expect(style.overflowX == "visible" && style.overflowY == "visible", "\(id)")
    }
}
