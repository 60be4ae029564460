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
}
