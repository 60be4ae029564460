import Testing

@testable import StyleEngine

@Suite struct TokenizerTests {
    @Test func identifiersNumbersAndDimensions() {
        let tokens = CSSTokenizer.tokenize("a.b{width:10.5px;margin:-2em 50%}")
        #expect(tokens.contains(.ident("a")))
        #expect(tokens.contains(.dimension(CSSNumeric(value: 10.5, isInteger: false, signed: false), unit: "px")))
        #expect(tokens.contains(.dimension(CSSNumeric(value: -2, isInteger: true, signed: true), unit: "em")))
        #expect(tokens.contains(.percentage(50)))
    }

    @Test func escapesInIdentifiersAndStrings() {
        #expect(CSSTokenizer.tokenize(#"\31 0"#) == [.ident("10")])
        #expect(CSSTokenizer.tokenize(#".\6C0F x"#) == [.delim("."), .ident("氏x")])   // one space ends a hex escape
        #expect(CSSTokenizer.tokenize(#""a\"b""#) == [.string("a\"b")])
        #expect(CSSTokenizer.tokenize("\"a\\\nb\"") == [.string("ab")])     // escaped newline continues
        #expect(CSSTokenizer.tokenize(#"\0"#) == [.ident("\u{FFFD}")])
        #expect(CSSTokenizer.tokenize("中文类名") == [.ident("中文类名")])
    }

    @Test func commentsAreSkippedEvenUnclosed() {
        #expect(CSSTokenizer.tokenize("/* x */a/**/b") == [.ident("a"), .ident("b")])
        #expect(CSSTokenizer.tokenize("a /* never closed") == [.ident("a"), .whitespace])
    }

    @Test func badStringsAndURLs() {
        let bad = CSSTokenizer.tokenize("\"abc\ndef")
        #expect(bad.first == .badString)
        #expect(bad.contains(.ident("def")))
        #expect(CSSTokenizer.tokenize("url( a.png )") == [.url("a.png")])
        #expect(CSSTokenizer.tokenize("url(a b)") == [.badURL])
        #expect(CSSTokenizer.tokenize("url(\"a.png\")").first == .function("url"))
        #expect(CSSTokenizer.tokenize("url(a(b)c").first == .badURL)
    }

    @Test func cdoCdcHashesAndDelims() {
        #expect(CSSTokenizer.tokenize("<!-- -->") == [.cdo, .whitespace, .cdc])
        #expect(CSSTokenizer.tokenize("#main") == [.hash("main", isID: true)])
        #expect(CSSTokenizer.tokenize("#123") == [.hash("123", isID: false)])
        #expect(CSSTokenizer.tokenize("!") == [.delim("!")])
    }

    @Test func neverCrashesOnGarbage() {
        for input in ["\\", "@", "#", "url(", "\"", "'\\", "--", "-", "+.", "1e", "1e+", "u+", "\u{0}", String(repeating: "(", count: 50_000)] {
            _ = CSSTokenizer.tokenize(input)
            _ = StyleSheet(parsing: input)
        }
    }
}
