import Testing

@testable import AuditCore
import HTMLDOM

/// A page's frames and scripts resolve like its style sheets (`PageURL`), `<base href>` included.
@Suite struct ResourceTests {
    static let files: [String: [UInt8]] = [
        "frames/map.html": Array("<p>map</p>".utf8),
        "js/app.js": Array("focus()".utf8),
        "sub/js/app.js": Array("local".utf8),
    ]
    static let loader = ResourceLoader { files[$0] }

    func context(_ head: String, at path: String = "sub/page.html") throws -> PageContext {
        PageContext(document: try HTMLDocument(html: "<html><head>\(head)</head><body></body></html>"), path: path,
                    traits: PageTraits(), resources: Self.loader)
    }

    @Test func withoutBase() throws {
        let page = try context("")
        #expect(page.locate("js/app.js") == .local("sub/js/app.js"))
        #expect(page.locate("/frames/map.html?x=1#top") == .local("frames/map.html"))
        #expect(page.locate("..\\js\\app.js") == .local("js/app.js"))
        #expect(page.locate("../../secret.txt") == .unavailable("../../secret.txt"))
        #expect(page.locate(" https://cdn.example.com/a.js ") == .remote("https://cdn.example.com/a.js"))
        #expect(page.locate("file:///C:/site/js/app.js") == .unavailable("file:///C:/site/js/app.js"))
        #expect(page.loadResource("../../secret.txt") == .failure(.outsideRoot("../../secret.txt")))
        #expect(page.loadResource("js/app.js") == .success(Array("local".utf8)))
    }

    @Test func baseHrefMovesFramesAndScripts() throws {
        let page = try context(#"<base href="/">"#)
        #expect(page.locate("js/app.js") == .local("js/app.js"))
        #expect(page.loadResource("js/app.js") == .success(Array("focus()".utf8)))
        #expect(page.loadResource("frames/map.html") == .success(Array("<p>map</p>".utf8)))
        // A remote base: resolved against the page, as its style sheets are.
        let remote = try context(#"<base href="https://www.example.gov.cn/">"#)
        #expect(remote.locate("js/app.js") == .local("sub/js/app.js"))
        // A base above the root: relative URLs are not read.
        let above = try context(#"<base href="../../">"#)
        #expect(above.loadResource("js/app.js") == .failure(.outsideRoot("js/app.js")))
    }
}
