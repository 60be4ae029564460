import Testing

@testable import HTMLDOM

@Suite struct DocumentTests {
    @Test func elementsAttributesLinesAndText() throws {
        let document = try HTMLDocument(html: """
            <html lang="zh-CN">
            <head><title>办事指南</title></head>
            <body>
            <p class="a b">第一段&nbsp;<b>粗体</b></p>
            <img src="x.png" ALT="图">
            </body></html>
            """)
        let paragraph = try #require(document.elements(named: "p").first)
        #expect(paragraph.line == 4)
        #expect(paragraph.tokens("class") == ["a", "b"])
        #expect(paragraph.textContent == "第一段\u{A0}粗体")
        let image = try #require(document.elements(named: "img").first)
        #expect(image.attribute("alt") == "图")
        #expect(image.line == 5)
        #expect(document.documentElement?.attribute("lang") == "zh-CN")
    }

    @Test func blankTextIncludesNBSPAndIdeographicSpace() {
        #expect("\u{A0}\u{3000} \n\u{200B}".isBlankText)
        #expect(!"\u{3000}办".isBlankText)
        #expect("  办 事\u{3000}指南 ".collapsedWhitespace == "办 事 指南")
    }

    @Test func selectorPathsUseUniqueIDsAndNthOfType() throws {
        let document = try HTMLDocument(html: """
            <body><div id="nav"><a href="1">一</a><a href="2">二</a></div>
            <div><table><tr><td><img src="a"></td></tr></table></div><div id="dup"></div><div id="dup"><span></span></div></body>
            """)
        let links = document.elements(named: "a")
        #expect(links[1].selectorPath == "#nav > a:nth-of-type(2)")
        #expect(document.elements(named: "img")[0].selectorPath == "html > body > div:nth-of-type(2) > table > tbody > tr > td > img")
        #expect(document.elements(named: "span")[0].selectorPath == "html > body > div:nth-of-type(4) > span")
    }

    /// Odd cases of `selectorPath`, checked element by element against the definition (filter the parent's
    /// element children by name): text and comments between siblings, same names under different parents
    /// and nested, ids that are duplicated or need escaping, `<tr>` directly in `<table>`, a lone child.
    @Test func selectorPathsMatchTheirDefinitionOnOddTrees() throws {
        let document = try HTMLDocument(html: """
            <!doctype html><html><head><title>t</title></head>
            <body><!-- c --><div>text<div><p>a</p><!-- c --><P>b</P>x<p id="1bad">c</p></div><div id="dup">
            <p>d</p></div><div id="dup"><p><span>e</span><span>f</span></p></div></div>
            <div id="ok"><ul><li>1<ul><li>1.1</li><li>1.2</li></ul></li><li>2</li></ul></div>
            <div id="a b"><table><tr><td>1</td><td>2</td></tr><tr><th>3</th></tr></table></div>
            <section><img src="x"><img src="y"><span id="ok2"><img src="z"></span></section></body></html>
            """)
        func expected(_ element: Element) -> String {
            var parts: [String] = []
            var current: Element? = element
            while let element = current {
                if let id = element.attribute("id"), CSSIdentifier.isSimple(id), document.elements(withID: id).count == 1 {
                    parts.append("#" + id)
                    break
                }
                var step = element.name
                if let parent = element.parent {
                    let sameName = parent.children.filter { $0.name == element.name }
                    if sameName.count > 1, let position = sameName.firstIndex(of: element) { step += ":nth-of-type(\(position + 1))" }
                    if element.name == "tr", parent.name == "table" { step = "tbody > " + step }
                }
                parts.append(step)
                current = element.parent
            }
            return parts.reversed().joined(separator: " > ")
        }
        for element in document.elements { #expect(element.selectorPath == expected(element)) }
        #expect(document.elements(named: "p")[1].selectorPath == "html > body > div:nth-of-type(1) > div:nth-of-type(1) > p:nth-of-type(2)")
        #expect(document.elements(named: "span")[1].selectorPath == "html > body > div:nth-of-type(1) > div:nth-of-type(3) > p > span:nth-of-type(2)")
        #expect(document.elements(named: "li")[2].selectorPath == "#ok > ul > li:nth-of-type(1) > ul > li:nth-of-type(2)")
        #expect(document.elements(named: "th")[0].selectorPath == "html > body > div:nth-of-type(3) > table > tbody > tr:nth-of-type(2) > th")
        #expect(document.elements(named: "img")[2].selectorPath == "#ok2 > img")
    }

    /// A finding's selector must not cost O(siblings): 20,000 siblings take a moment with a per-page
    /// index and (as the old filter over the parent's children did) many minutes without one. The time
    /// limit is a coarse guard against that regression, not a benchmark.
    @Test(.timeLimit(.minutes(1))) func selectorPathsOfWideParentsAreCheap() throws {
        let count = 20_000
        var html = "<html><body><div>"
        for index in 1...count { html += index % 7 == 0 ? "<img src=\(index)> <!-- c --><br>" : "<img src=\(index)>" }
        html += "</div></body></html>"
        let document = try HTMLDocument(html: html)
        let images = document.elements(named: "img")
        #expect(images.count == count)
        let wrong = images.enumerated().filter { $0.element.selectorPath != "html > body > div > img:nth-of-type(\($0.offset + 1))" }
        #expect(wrong.isEmpty)
        #expect(images[4999].selectorPath == "html > body > div > img:nth-of-type(5000)")
        #expect(document.elements(named: "br").last?.selectorPath == "html > body > div > br:nth-of-type(\(count / 7))")
    }

    @Test func snippetsAreShortAndKeepQuotesReadable() throws {
        let document = try HTMLDocument(html: #"<a href="x.html" title='say "hi"'>text</a>"#)
        let snippet = document.elements(named: "a")[0].snippet()
        #expect(snippet == #"<a href="x.html" title="say &quot;hi&quot;">"#)
        let long = try HTMLDocument(html: "<div class=\"" + String(repeating: "x", count: 500) + "\"></div>")
        #expect(long.elements(named: "div")[0].snippet().count <= 160)
    }

    @Test func ownTextIsTheDirectTextOnly() throws {
        let document = try HTMLDocument(html: "<p id=a>  办理 <b>时间</b>\n 地点 <!-- 注释 --></p>")
        let paragraph = try #require(document.elements(withID: "a").first)
        #expect(paragraph.ownText == "办理 地点")
        #expect(document.elements(named: "b")[0].ownText == "时间")
    }

    /// 100,000 nested elements: parsed and walked without recursion on depth.
    @Test func deeplyNestedPageDoesNotCrash() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "深" + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = try HTMLDocument(html: html)
        let divs = document.elements(named: "div")
        #expect(divs.count > 0)
        #expect(divs.first!.textContent.contains("深") || divs.count < depth)
        _ = divs.last!.selectorPath
        _ = divs.last!.ancestors.count
    }

    @Test func malformedMarkupIsRecoveredAndDiagnosed() throws {
        let document = try HTMLDocument(html: "<html><body><p>unclosed <b>bold</p></div><foo-bar>x</foo-bar></body></html>")
        #expect(document.elements(named: "p").count == 1)
        #expect(document.diagnosticCount > 0)
        #expect(document.diagnostics.allSatisfy { $0.line >= 1 })
    }

    @Test func notHTMLInputsAreRefusedWithAReason() {
        #expect(throws: PageLoadError.empty) { try HTMLDocument(bytes: Array("  \n\t ".utf8)) }
        #expect(throws: PageLoadError.notHTML) { try HTMLDocument(bytes: Array("just text, no markup".utf8)) }
        #expect(throws: PageLoadError.binary(kind: "PNG image")) { try HTMLDocument(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0, 0]) }
        #expect(throws: PageLoadError.binary(kind: "contains NUL bytes")) { try HTMLDocument(bytes: Array("<p>a".utf8) + [0, 1, 2, 0, 0, 7, 0, 0, 9]) }
        #expect(throws: PageLoadError.tooLarge(bytes: 20, limit: 10)) { try HTMLDocument(bytes: [UInt8](repeating: 60, count: 20), sizeLimit: 10) }
        #expect(throws: PageLoadError.empty) { try HTMLDocument(bytes: []) }
    }

    @Test func templateContentIsKeptAsChildrenForTheEngineToSkip() throws {
        let document = try HTMLDocument(html: "<template><img src=x></template>")
        #expect(document.elements(named: "img").count == 1)
    }

    @Test func duplicateIDsAndAttributeIndex() throws {
        let document = try HTMLDocument(html: #"<p id="a"></p><p id="a"></p><p id="b" lang="en"></p>"#)
        #expect(document.duplicateIDs.keys.sorted() == ["a"])
        #expect(document.elements(withAttribute: "lang").count == 1)
        #expect(document.elements(withID: "b").count == 1)
    }
}
