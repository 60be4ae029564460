import HTMLDOM
import Testing

@testable import StyleEngine

@Suite struct ValueTests {
    @Test(arguments: [
        ("font-size: 12pt", 16.0), ("font-size: 1.5em", 30), ("font-size: 150%", 30), ("font-size: 2rem", 32),
        ("font-size: x-large", 24), ("font-size: xx-small", 9), ("font-size: larger", 24), ("font-size: smaller", 20 / 1.2),
        ("font-size: calc(1em + 2px)", 22), ("font-size: calc(50% - 1px)", 9), ("font-size: clamp(12px, 10vw, 18px)", 18),
        ("font-size: max(1rem, 10px)", 16), ("font: 14px/2 serif", 14), ("font-size: -3px", 20), ("font-size: 0", 0),
    ])
    func fontSizes(declaration: String, expected: Double) throws {
        let styles = try styledPage(#"<div style="font-size: 20px"><span id="x" style="\#(declaration)">x</span></div>"#)
        #expect(abs(try styles.style("x").fontSize - expected) < 0.01, "\(declaration)")
    }

    @Test func remUsesTheRootFontSize() throws {
        let styles = try styledPage(#"<p id="p" style="font-size: 1.5rem">x</p>"#, css: "html { font-size: 62.5% }")
        #expect(try styles.style("p").fontSize == 15)
    }

    @Test func fontWeightsAndLineHeights() throws {
        let styles = try styledPage("""
            <div style="font-weight: 300; line-height: 1.5; font-size: 10px"><b id="b">x</b><span id="l" style="font-size: 20px">y</span></div>
            <p id="p" style="line-height: 150%; font-size: 10px">p<span id="child" style="font-size: 20px">c</span></p>
            <p id="n" style="font-weight: bold; line-height: normal; letter-spacing: 0.1em; word-spacing: 2px">n</p>
            """)
        #expect(try styles.style("b").fontWeight == 400)   // bolder from 300
        #expect(try styles.style("l").lineHeightPixels == 30)  // numbers inherit as numbers
        #expect(try styles.style("child").lineHeightPixels == 15)  // percentages inherit as lengths
        let n = try styles.style("n")
        #expect(n.isBold && n.lineHeight == .normal && abs(n.letterSpacing - 1.6) < 0.001 && n.wordSpacing == 2)
    }

    @Test(arguments: [
        ("#f00", RGBA(255, 0, 0)), ("#F008", RGBA(255, 0, 0, 136.0 / 255)), ("#00ff0080", RGBA(0, 255, 0, 128.0 / 255)),
        ("rgb(0, 0, 255)", RGBA(0, 0, 255)), ("rgba(0,0,0,.5)", RGBA(0, 0, 0, 0.5)), ("rgb(100% 0% 0% / 50%)", RGBA(255, 0, 0, 0.5)),
        ("hsl(120, 100%, 25%)", RGBA(0, 127.5, 0)), ("hsl(120deg 100% 50% / 0.5)", RGBA(0, 255, 0, 0.5)),
        ("hwb(0 0% 0%)", RGBA(255, 0, 0)), ("hwb(0 50% 50%)", RGBA(127.5, 127.5, 127.5)), ("rebeccapurple", RGBA(102, 51, 153)),
        ("GREY", RGBA(128, 128, 128)), ("transparent", RGBA(0, 0, 0, 0)), ("oklch(62.8% 0.2577 29.23)", RGBA(255, 0, 0)),
        ("lab(54.29 80.8 69.89)", RGBA(255, 0, 0)), ("color(srgb 0 0 1)", RGBA(0, 0, 255)), ("oklab(1 0 0)", RGBA(255, 255, 255)),
    ])
    func colours(text: String, expected: RGBA) throws {
        let color = try #require(rgb(text), "\(text)")
        for (a, b) in [(color.red, expected.red), (color.green, expected.green), (color.blue, expected.blue), (color.alpha, expected.alpha)] {
            #expect(abs(a - b) < 0.01, "\(text): \(color) vs \(expected)")
        }
    }

    @Test func colourKeywordsAndInvalidColours() {
        #expect(NamedColors.table.count == 148)
        #expect(ColorParser.parse("currentColor") == .currentColor)
        #expect(ColorParser.parse("color-mix(in srgb, red, blue)") == .unknown)
        #expect(ColorParser.parse("color(display-p3 1 0 0)") == .unknown)
        for text in ["#12", "#12345", "rgb(1,2)", "notacolor", "rgb(1, 2 3)", "hsl(10%, 1%, 1%)"] {
            #expect(ColorParser.parse(text) == nil, "\(text)")
        }
    }

    @Test func compositingAndContrast() throws {
        let half = RGBA(0, 0, 0, 0.5).composited(over: .white)
        #expect(abs(half.red - 0.5) < 0.01 && half.isOpaque)
        #expect(abs(RGBA.black.contrastRatio(with: .white) - 21) < 0.001)
        #expect(abs(try #require(rgb("#777")).contrastRatio(with: .white) - 4.48) < 0.01)
        #expect(abs(try #require(rgb("#595959")).contrastRatio(with: .white) - 7.0) < 0.01)
        let styles = try styledPage(#"<div style="opacity:.5"><p id="p" style="opacity: 50%; color: currentcolor; background: rgba(255,0,0,.5) url(x.png)">x</p></div>"#)
        let p = try styles.style("p")
        #expect(p.effectiveOpacity == 0.25 && p.hasBackgroundImage && p.backgroundColor?.alpha == 0.5)
    }

    @Test func boxValuesTransformsAndShadows() throws {
        let styles = try styledPage("""
            <div id="d" style="width: calc(100% - 20px); height: 2em; min-height: 44px; margin: 0 auto; padding: 1vw; z-index: 5;
              transform: translateX(10px) rotate(90deg); text-shadow: 1px 1px #000; overflow: hidden auto; position: relative">x</div>
            <div id="m" style="transform: matrix(0, 1, -1, 0, 0, 0); text-decoration: underline wavy red; text-shadow: none">m</div>
            """)
        let d = try styles.style("d")
        #expect(d.width == .percent(100, plusPx: -20))
        #expect(d.height == .px(32) && d.minHeight == .px(44) && d.margin.left == .auto && d.padding.top == .px(12.8))
        #expect(d.zIndex == 5 && d.transform.rotation == 90 && d.hasTextShadow && d.overflowX == "hidden" && d.overflowY == "auto")
        let m = try styles.style("m")
        #expect(m.transform.rotation == 90 && !m.hasTextShadow && m.textDecorationLine == ["underline"] && m.textDecorationColor == rgb("red"))
    }
}
