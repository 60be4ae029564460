import Testing

@testable import StyleEngine

@Suite struct ParserTests {
    private func values(_ css: String) -> [String: String] {
        var result: [String: String] = [:]
        for declaration in CSSParser.parseDeclarationList(css) { result[declaration.property] = declaration.valueText + (declaration.important ? " !important" : "") }
        return result
    }

    @Test func importantWithAnySpacingAndCase() {
        let parsed = values("color: red ! important; width: 10px!IMPORTANT; height: 5px /* c */ !/* c */important")
        #expect(parsed["color"] == "red !important")
        #expect(parsed["width"] == "10px !important")
        #expect(parsed["height"] == "5px !important")
        #expect(values("color: red !imp")["color"] == nil)
    }

    @Test func invalidDeclarationsAreDroppedAndRecovered() {
        let parsed = values("color; width 10px; ;; color: blue; *zoom: 1; _height: 2px; @foo bar; display: block")
        #expect(parsed["color"] == "blue")
        #expect(parsed["display"] == "block")
        #expect(parsed["width"] == nil)
        // An invalid value for a modelled property does not override a valid one.
        #expect(values("display: block; display: -ms-grid")["display"] == "block")
        #expect(values("color: red; color: notacolour")["color"] == "red")
    }

    @Test func rulesMediaNestingAndUnknownAtRules() {
        let sheet = StyleSheet(parsing: """
            @charset "utf-8";
            @font-face { font-family: x; src: url(x.woff) }
            a { color: red }
            @media screen { @media (min-width: 600px) { p { color: blue } } }
            @keyframes spin { from { color: red } to { color: blue } }
            @unknown-thing foo { b { color: green } }
            em { color: green }
            """)
        #expect(sheet.rules.map(\.selectors.first!.text) == ["a", "p", "em"])
        #expect(sheet.mediaContexts.last?.count == 2)
        #expect(sheet.mediaMatches(sheet.rules[1].media, viewport: .desktop))
        #expect(!sheet.mediaMatches(sheet.rules[1].media, viewport: .mobile))
    }

    @Test func unclosedBlocksEndAtEndOfInput() {
        let sheet = StyleSheet(parsing: "a { color: red; @media print { b { color: blue }")
        #expect(sheet.rules.count == 1)
        #expect(sheet.rules[0].declarations.first?.property == "color")
        let unclosed = StyleSheet(parsing: "p { color: red")
        #expect(unclosed.rules.first?.declarations.first?.valueText == "red")
    }

    @Test func invalidSelectorDropsTheWholeRule() {
        let sheet = StyleSheet(parsing: "a, b:unknown-pseudo { color: red } ::-webkit-input-placeholder { color: red } c { color: blue }")
        #expect(sheet.rules.count == 2)
        #expect(sheet.invalidSelectorCount == 1)
    }

    @Test func importsAndSupports() {
        let sheet = StyleSheet(parsing: """
            @import url("base.css");
            @import 'print.css' print;
            @supports (display: grid) { a { color: red } }
            @supports not (display: grid) { b { color: red } }
            @supports selector(:has(a)) { c { color: red } }
            @import "late.css";
            """)
        #expect(sheet.imports.map(\.url) == ["base.css", "print.css"])
        #expect(sheet.imports[1].media?.matches(.desktop) == false)
        #expect(sheet.rules.map(\.selectors.first!.text) == ["a", "c"])
    }

    @Test func shorthandsExpand() {
        let margin = values("margin: 1px 2px 3px")
        #expect(margin["margin-top"] == "1px" && margin["margin-right"] == "2px" && margin["margin-bottom"] == "3px" && margin["margin-left"] == "2px")
        let font = CSSParser.parseDeclarationList("font: italic bold 12px/1.5 \"Microsoft YaHei\", sans-serif")
        #expect(font.map(\.property).contains("line-height"))
        #expect(font.first { $0.property == "font-size" }?.value == .length(.px(12)))
        #expect(font.first { $0.property == "line-height" }?.value == .number(1.5))
        #expect(CSSParser.parseDeclarationList("font: bold").isEmpty)   // no size or family: invalid
    }
}
