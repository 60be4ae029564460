import Testing

@testable import HTMLDOM

/// The one resolver behind style sheets (StyleEngine) and frames and scripts (AuditCore): the cases where
/// the two resolvers it replaced disagreed, and `<base href>`.
@Suite struct PageURLTests {
    func resolve(_ url: String, from page: String = "news/a.html", siteRoot: String? = "") -> PageURL.Resolution {
        PageURL.resolve(url, from: page, siteRoot: siteRoot)
    }

    @Test func relativeRootRelativeAndDotSegments() {
        #expect(resolve("../css/./site.css") == .local("css/site.css"))
        #expect(resolve("img/a.png") == .local("news/img/a.png"))
        #expect(resolve("/css/site.css") == .local("css/site.css"))
        #expect(resolve("/css/site.css", siteRoot: "public") == .local("public/css/site.css"))
        #expect(resolve("/css/site.css", siteRoot: nil) == .failed(.rootRelativeWithoutSiteRoot))
        #expect(resolve("  frame.html\n") == .local("news/frame.html"))
        #expect(resolve("fr\name.html") == .local("news/frame.html"))   // browsers drop tabs and newlines
    }

    @Test func neverAboveTheRoot() {
        #expect(resolve("../../up.css") == .failed(.outsideRoot))
        #expect(resolve("/../etc/passwd") == .failed(.outsideRoot))
        // Decoded before the dot segments are resolved, so an encoded `..` is caught too.
        #expect(resolve("%2e%2e/%2E%2E/up.css") == .failed(.outsideRoot))
        #expect(resolve("a%2F..%2F..%2F..%2Fup.css") == .failed(.outsideRoot))
        #expect(resolve("..\\..\\up.css") == .failed(.outsideRoot))
    }

    @Test func queryFragmentBackslashAndPercentDecoding() {
        #expect(resolve("frame.html?x=a:b#top") == .local("news/frame.html"))   // a colon after `?` is no scheme
        #expect(resolve("my%20style.css#x") == .local("news/my style.css"))
        #expect(resolve("%E5%8A%9E%E4%BA%8B.html") == .local("news/办事.html"))
        #expect(resolve("100%.css") == .local("news/100%.css"))                 // not valid percent-encoding: kept
        #expect(resolve("..\\css\\site.css") == .local("css/site.css"))
        #expect(resolve("./a:b.html") == .local("news/a:b.html"))               // a path, not a scheme
        #expect(resolve("#top") == .failed(.empty))
        #expect(resolve("") == .failed(.empty))
    }

    @Test func schemes() {
        #expect(resolve("https://cdn.example.com/x.css") == .failed(.remote))
        #expect(resolve("HTTP://example.com") == .failed(.remote))
        #expect(resolve("//cdn.example.com/x.js") == .failed(.remote))
        #expect(resolve("\\\\cdn.example.com\\x.js") == .failed(.remote))
        #expect(resolve("ftp://example.com/a.html") == .failed(.remote))
        #expect(resolve("data:text/css,a") == .failed(.unsupported))
        #expect(resolve("javascript:void(0)") == .failed(.unsupported))
        #expect(resolve("C:\\site\\css\\a.css") == .failed(.unsupported))      // a drive letter is a disk, not the root
        // A file: URL with an absolute path names a file on some machine's disk, not one under the root…
        #expect(resolve("file:///C:/Users/x/site/css/a.css") == .failed(.unsupported))
        #expect(resolve("file:///etc/passwd") == .failed(.unsupported))
        #expect(resolve("FILE://host/share/a.css") == .failed(.unsupported))
        // …one without slashes is relative, as in browsers.
        #expect(resolve("file:frame.html") == .local("news/frame.html"))
    }

    @Test func baseHrefAppliesToEveryRelativeURLOfThePage() throws {
        let document = try HTMLDocument(html: #"<html><head><base target="_blank"><base href="/"><base href="x/"></head></html>"#)
        let urls = PageURLResolver(document: document, pagePath: "app/deep/page.html")
        #expect(urls.baseHref == "/")   // the first <base> with an href
        #expect(urls.resolve("css/a.css") == .local("css/a.css"))
        #expect(urls.resolve("/js/app.js") == .local("js/app.js"))
        #expect(urls.resolve("https://x.example/a.js") == .failed(.remote))

        let sub = PageURLResolver(pagePath: "a/page.html", baseHref: "../b/index.html")
        #expect(sub.resolve("frame.html") == .local("b/frame.html"))   // a file base: its folder
        #expect(PageURLResolver(pagePath: "a/page.html", baseHref: "../b").resolve("f.html") == .local("f.html"))
        #expect(PageURLResolver(pagePath: "a/page.html", baseHref: "sub/").resolve("../f.html") == .local("a/f.html"))
    }

    @Test func unusableBases() {
        // Remote: resolved against the page (the export mirrors the live site), and flagged.
        let remote = PageURLResolver(pagePath: "a/page.html", baseHref: "https://www.example.gov.cn/")
        #expect(remote.baseIsRemote && remote.resolve("f.html") == .local("a/f.html"))
        // Above the root: relative URLs would leave it, root-relative ones do not.
        let above = PageURLResolver(pagePath: "a/page.html", baseHref: "../../")
        #expect(!above.baseIsRemote)
        #expect(above.resolve("f.html") == .failed(.outsideRoot))
        #expect(above.resolve("/f.html") == .local("f.html"))
        #expect(above.resolve("https://x.example/") == .failed(.remote))
        // javascript:, data: and empty bases are ignored, as browsers do.
        for ignored in ["javascript:void(0)", "data:text/html,x", "", "#top"] {
            #expect(PageURLResolver(pagePath: "a/page.html", baseHref: ignored).resolve("f.html") == .local("a/f.html"))
        }
        // With no site root, a root-relative base leaves relative URLs unresolved too.
        #expect(PageURLResolver(pagePath: "a/page.html", baseHref: "/", siteRoot: nil).resolve("f.html")
                    == .failed(.rootRelativeWithoutSiteRoot))
    }
}
