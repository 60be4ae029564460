import HTMLDOM
import Testing

@testable import StyleEngine

@Suite struct CascadeTests {
    @Test func specificityThenOrder() throws {
        let styles = try styledPage(#"<p id="p" class="c">x</p><p id="q">y</p>"#, css: """
            #p { color: red } .c { color: blue } p { color: green }
            #q { color: red } #q { color: blue }
            """)
        #expect(try styles.style("p").color == rgb("red"))
        #expect(try styles.style("q").color == rgb("blue"))
    }

    @Test func importantInlineAndOrigins() throws {
        let styles = try styledPage("""
            <p id="a" style="color: red">a</p><p id="b" class="imp" style="color: red">b</p>
            <p id="c" class="imp" style="color: green !important">c</p><input id="h" type="hidden" style="display:block">
            """, css: ".imp { color: blue !important } #a { color: blue }")
        #expect(try styles.style("a").color == rgb("red"))      // inline beats ids
        #expect(try styles.style("b").color == rgb("blue"))     // author !important beats inline normal
        #expect(try styles.style("c").color == rgb("green"))    // inline !important beats author !important
        #expect(try styles.style("h").display == "none")        // UA !important beats everything
    }

    @Test func inheritanceAndWideKeywords() throws {
        let styles = try styledPage("""
            <div id="d" style="color: red; border: 1px solid blue; font-size: 20px">
              <span id="inherits">x</span><span id="initial" style="color: initial">y</span>
              <span id="inherit-border" style="border-top-width: inherit; border-top-style: solid">z</span>
              <span id="unset" style="color: unset; display: unset">u</span>
            </div>
            """)
        #expect(try styles.style("inherits").color == rgb("red"))
        #expect(try styles.style("inherits").fontSize == 20)
        #expect(try styles.style("inherits").border.top.width == 0)   // borders are not inherited
        #expect(try styles.style("initial").color == .black)
        #expect(try styles.style("inherit-border").border.top.width == 1)
        #expect(try styles.style("unset").color == rgb("red"))
        #expect(try styles.style("unset").display == "inline")
    }

    @Test func customPropertiesFallbacksAndCycles() throws {
        let styles = try styledPage("""
            <div id="root"><p id="p">x</p><p id="fallback">y</p><p id="cycle">z</p><p id="nested">n</p><p id="bad">b</p></div>
            """, css: """
            :root { --brand: #c00; --size: 20px }
            #root { --text: var(--brand) }
            #p { color: var(--text); font-size: calc(var(--size) * 2) }
            #fallback { color: var(--missing, var(--also-missing, rgb(0 128 0))) }
            #cycle { --a: var(--b); --b: var(--a); color: blue; color: var(--a, red) }
            #nested { --pad: 4px; margin: var(--pad) 0 }
            #bad { color: green; color: var(--missing) }
            """)
        #expect(try styles.style("p").color == rgb("#c00"))
        #expect(try styles.style("p").fontSize == 40)
        #expect(try styles.style("fallback").color == rgb("rgb(0,128,0)"))
        #expect(try styles.style("cycle").color == rgb("red"))
        #expect(try styles.style("cycle").customProperty("--a") == nil)
        #expect(try styles.style("nested").margin.top == .px(4))
        #expect(try styles.style("nested").margin.left == .px(0))
        // Invalid at computed-value time: unset (inherits black), not the earlier green.
        #expect(try styles.style("bad").color == .black)
    }

    @Test func userAgentDefaults() throws {
        let styles = try styledPage("""
            <h1 id="h1">标题</h1><p id="p">段<b id="b">粗</b><small id="s">小</small><a id="a" href="#">链</a></p>
            <div id="hidden" hidden>h</div>
            """)
        #expect(try styles.style("h1").fontSize == 32)
        #expect(try styles.style("h1").fontWeight == 700)
        #expect(try styles.style("h1").display == "block")
        #expect(try styles.style("b").fontWeight == 700)
        #expect(abs(try styles.style("s").fontSize - 16 / 1.2) < 0.01)
        #expect(try styles.style("a").color == rgb("#0000ee"))
        #expect(try styles.style("a").textDecorationLine == ["underline"])
        #expect(try styles.style("hidden").display == "none")
        #expect(try styles.computed(for: try #require(styles.document.body)).margin.top == .px(8))
    }

    @Test func focusStyles() throws {
        let styles = try styledPage(##"<a id="plain" href="#">a</a><a id="removed" class="n" href="#">b</a><a id="replaced" class="r" href="#">c</a>"##,
                                    css: ".n:focus { outline: none } .r:focus { outline: 0 } .r:focus-visible { box-shadow: 0 0 0 3px #00f }")
        let focused = try styles.style("plain", state: .keyboardFocus)
        #expect(focused.outline.style == "auto" && focused.outline.isVisible)
        #expect(try !styles.style("plain").outline.isVisible)
        #expect(try !styles.style("removed", state: .keyboardFocus).outline.isVisible)
        let replaced = try styles.style("replaced", state: .keyboardFocus)
        #expect(!replaced.outline.isVisible && replaced.hasBoxShadow)
        #expect(try !styles.style("replaced").hasBoxShadow)
    }

    @Test func pseudoElementsAndContent() throws {
        let styles = try styledPage(##"<a id="a" href="#" title="说明">x</a>"##,
                                    css: #"a::before { content: "→ " attr(title); color: red } a:after { content: url(i.png) / "图标" }"#)
        let element = try styles.element("a")
        let before = styles.computed(for: element, pseudo: .before)
        #expect(before.content?.text == "→ 说明")
        #expect(before.color == rgb("red"))
        #expect(styles.computed(for: element).color == rgb("#0000ee"))
        let after = styles.computed(for: element, pseudo: .after)
        #expect(after.content?.hasImage == true && after.content?.alternativeText == "图标")
    }

    @Test func presentationalHints() throws {
        let styles = try styledPage(##"<font id="f" color="999999" size="2">x</font><table id="t" bgcolor="#eee" width="80%"><tr><td id="td" width="100">c</td></tr></table>"##)
        #expect(try styles.style("f").color == rgb("#999"))
        #expect(try styles.style("f").fontSize == 13)
        #expect(try styles.style("t").backgroundColor == rgb("#eee"))
        #expect(try styles.style("t").width == .percent(80, plusPx: 0))
        #expect(try styles.style("td").width == .px(100))
    }

    /// `PresentationalHints.attributes` lets elements without any of them skip the hint lookups: it must name
    /// every attribute that gives a hint on some element.
    @Test func presentationalHintAttributesAreComplete() throws {
        let values = ["bgcolor": "#eee", "background": "b.png", "text": "red", "color": "red", "size": "+1", "width": "10",
                      "height": "10", "align": "center", "nowrap": "", "type": "image", "border": "1", "valign": "top",
                      "face": "serif", "cellpadding": "2", "hspace": "3", "clear": "all", "link": "red", "vspace": "3"]
        let hosts = ["body", "table", "td", "th", "tr", "font", "img", "input", "div", "p", "h1", "iframe", "col", "hr", "span"]
        for host in hosts {
            for (name, value) in values {
                let document = try HTMLDocument(html: "<html><body><\(host) \(name)=\"\(value)\">x</\(host)></body></html>")
                guard let element = document.elements(named: host).first else { continue }
                if !PresentationalHints.css(for: element).isEmpty {
                    #expect(PresentationalHints.attributes.contains(name), "<\(host) \(name)> gives a hint")
                }
            }
        }
    }

    @Test func matchedRulesExplainTheCascade() throws {
        let styles = try styledPage(#"<p id="p" class="note">x</p>"#, css: "p { color: red }\n.note { color: gray }")
        let rules = styles.matchedRules(for: try styles.element("p"))
        #expect(rules.map(\.selector).suffix(2) == ["p", ".note"])
        #expect(rules.last?.line == 2)
    }
}
