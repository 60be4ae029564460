import HTMLDOM
import Testing

@testable import StyleEngine

@Suite struct VisibilityTests {
    static let html = """
        <div id="none" class="gone"><span id="in-none">x</span></div>
        <div id="hid" hidden><img id="img-in-hidden" src="x"></div>
        <p id="vh" style="visibility: hidden"><span id="back" style="visibility: visible">v</span></p>
        <div id="aria" aria-hidden="true"><a id="a-in-aria" href="#">a</a></div>
        <div inert><button id="inert-button">b</button></div>
        <span id="sr" class="sr-only">读屏</span><span id="clip-path" class="cp">c</span>
        <a id="skip" class="offscreen" href="#main">跳到正文</a><h1 id="logo" class="replace">logo</h1>
        <div id="cv" style="content-visibility: hidden"><p id="in-cv">c</p></div>
        <p id="shown">正文</p><script id="script">1</script>
        """
    static let css = """
        .gone { display: none }
        .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); border: 0 }
        .cp { position: absolute; clip-path: inset(50%) }
        .offscreen { position: absolute; left: -9999px }
        .replace { text-indent: -9999px }
        """

    @Test func renderedAndAccessibilityTree() throws {
        let styles = try styledPage(Self.html, css: Self.css)
        for id in ["none", "in-none", "hid", "img-in-hidden", "vh", "in-cv", "script"] {
            #expect(try !styles.isRendered(styles.element(id)), "#\(id) should not be rendered")
            #expect(try styles.visibility(of: styles.element(id)) == .notRendered)
        }
        for id in ["back", "cv", "shown", "aria", "sr"] {
            #expect(try styles.isRendered(styles.element(id)), "#\(id) should be rendered")
        }
        #expect(try !styles.isInAccessibilityTree(styles.element("a-in-aria")))
        #expect(try styles.visibility(of: styles.element("inert-button")) == .hiddenFromAssistiveTechnology)
        #expect(try styles.visibility(of: styles.element("shown")) == .visible)
    }

    @Test func srOnlyPatterns() throws {
        let styles = try styledPage(Self.html, css: Self.css)
        #expect(try styles.visibility(of: styles.element("sr")) == .visuallyHidden(.clipped))
        #expect(try styles.visuallyHiddenReason(styles.element("clip-path")) == .clipped)
        #expect(try styles.visuallyHiddenReason(styles.element("skip")) == .offScreen)
        #expect(try styles.visuallyHiddenReason(styles.element("logo")) == .textIndent)
        #expect(try styles.isInAccessibilityTree(styles.element("sr")))
        #expect(try !styles.isVisuallyHiddenPattern(styles.element("shown")))
        // The skip link becomes visible on focus when its :focus rule brings it back.
        let focusable = try styledPage(##"<a id="skip" class="offscreen" href="#m">skip</a>"##, css: Self.css + ".offscreen:focus { left: 0 }")
        #expect(try focusable.visuallyHiddenReason(focusable.element("skip")) == .offScreen)
        #expect(focusable.computed(for: try focusable.element("skip"), state: .keyboardFocus).visuallyHiddenReason == nil)
    }

    @Test func tinyBoxWithoutClip() throws {
        let styles = try styledPage(#"<span id="t" style="position:absolute;width:1px;height:1px;overflow:hidden">t</span>"#)
        #expect(try styles.visuallyHiddenReason(styles.element("t")) == .tinyBox)
    }
}

@Suite struct DeepTreeTests {
    /// 10,000 nested elements: the deepest element's style is computed iteratively (no recursion on
    /// depth). libxml2 without HTML_PARSE_HUGE keeps the first 256 levels, so "deepest" is what it keeps.
    @Test func deeplyNestedPage() throws {
        let depth = 10_000
        let css = "body { font-size: 20px; color: #333 } .x { line-height: 1.5 } .missing .x div { color: red } div > div > div { font-weight: bold }"
        let html = "<html><head><style>\(css)</style></head><body>" + String(repeating: "<div class=\"x\">", count: depth) + "深"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = try HTMLDocument(html: html)
        let page = PageStyles(document: document)
        let deepest = try #require(document.elements(named: "div").last)
        #expect(deepest.ancestors.count >= 255)
        let style = page.computed(for: deepest, state: .keyboardFocus)
        #expect(style.fontSize == 20)
        #expect(style.color == rgb("#333"))
        #expect(style.lineHeightPixels == 30)
        #expect(style.fontWeight == 700)
        #expect(page.isRendered(deepest))
    }

    /// Deep nesting inside style sheets and selectors is bounded, never a stack overflow.
    @Test func deeplyNestedCSS() {
        let blocks = String(repeating: "@media screen { ", count: 10_000) + "p { color: red }" + String(repeating: " }", count: 10_000)
        _ = StyleSheet(parsing: blocks)
        let selectors = String(repeating: ":not(", count: 10_000) + "a" + String(repeating: ")", count: 10_000) + " { color: red }"
        #expect(StyleSheet(parsing: selectors).rules.isEmpty)
        let calc = "p { width: " + String(repeating: "calc(", count: 10_000) + "1px" + String(repeating: ")", count: 10_000) + " }"
        #expect(StyleSheet(parsing: calc).rules.first?.declarations.isEmpty == true)
        _ = VariableSubstitution.substitute(CSSTokenizer.tokenize(String(repeating: "var(--a, ", count: 10_000) + "1px" + String(repeating: ")", count: 10_000)), lookup: { _ in nil })
    }
}
