import HTMLDOM
import Testing

@testable import StyleEngine

@Suite struct MediaQueryTests {
    @Test(arguments: [
        ("", true, true), ("all", true, true), ("screen", true, true), ("print", false, false), ("not print", true, true),
        ("only screen and (max-width: 768px)", false, true), ("(min-width: 1024px)", true, false), ("(orientation: portrait)", false, true),
        ("(orientation: landscape)", true, false), ("print, (max-width: 400px)", false, true), ("screen and (min-width: 40em)", true, false),
        ("(400px <= width <= 800px)", false, false), ("(width < 500px)", false, true), ("(max-width: 767.98px)", false, true),
        ("(hover: hover)", true, false), ("(pointer: coarse)", false, true), ("(min-resolution: 2dppx)", false, true),
        ("(-webkit-min-device-pixel-ratio: 2)", false, true), ("not all and (monochrome)", true, true), ("(unknown-feature: 1)", false, false),
        ("not (max-width: 500px)", true, false), ("(min-width: 300px) and (max-width: 400px)", false, true),
        ("(max-width: 300px) or (min-width: 1200px)", true, false), ("screen and", false, false), ("(prefers-reduced-motion: no-preference)", true, true),
    ])
    func queries(text: String, desktop: Bool, mobile: Bool) {
        let list = MediaQueryList(text)
        #expect(list.matches(.desktop) == desktop, "\(text) on desktop")
        #expect(list.matches(.mobile) == mobile, "\(text) on mobile")
    }

    @Test func viewportDescriptions() {
        #expect(Viewport("mobile") == .mobile)
        #expect(Viewport("1024x768")?.width == 1024)
        #expect(Viewport("wide") == nil)
    }

    @Test func mediaAppliesPerViewport() throws {
        let css = "p { font-size: 14px } @media (max-width: 600px) { p { font-size: 18px } }"
        #expect(try styledPage(#"<p id="p">x</p>"#, css: css).style("p").fontSize == 14)
        #expect(try styledPage(#"<p id="p">x</p>"#, css: css, viewport: .mobile).style("p").fontSize == 18)
    }
}

@Suite struct SourceTests {
    static let files = [
        "site/css/base.css": "p { color: #333 } @import url(late.css);",
        "site/css/site.css": "@import \"base.css\"; @import 'print.css' print; .note { color: #999 }",
        "site/css/print.css": "p { color: red }",
        "site/css/loop.css": "@import 'loop.css'; em { color: green }",
        "site/theme/root.css": "h1 { color: navy }",
    ]

    @Test func linksImportsRemoteAndMissing() throws {
        let html = """
            <html><head>
            <link rel="stylesheet" href="../css/site.css?v=3">
            <link rel="stylesheet" href="https://cdn.example.com/x.css"><link rel="stylesheet" href="missing.css">
            <link rel="stylesheet" href="/theme/root.css"><link rel="alternate stylesheet" href="../css/print.css">
            <link rel="stylesheet" href="../css/loop.css"><link rel="stylesheet" media="print" href="../css/print.css">
            </head><body><p id="p">x</p><p id="n" class="note">n</p><h1 id="h">h</h1><em id="e">e</em></body></html>
            """
        var requested: [String] = []
        let cache = StyleSheetCache()
        let styles = PageStyles(document: try HTMLDocument(html: html), pagePath: "site/news/a.html", siteRoot: "site", cache: cache) { path in
            requested.append(path)
            return Self.files[path]
        }
        #expect(try styles.style("p").color == rgb("#333"))
        #expect(try styles.style("n").color == rgb("#999"))
        #expect(try styles.style("h").color == rgb("navy"))
        #expect(try styles.style("e").color == rgb("green"))
        #expect(!requested.contains("site/css/print.css"))   // print media never loads
        let kinds = styles.diagnostics.map(\.kind)
        #expect(kinds.contains(.remote) && kinds.contains(.notFound) && kinds.contains(.importCycle))
        #expect(styles.diagnostics.first { $0.kind == .remote }?.description.contains("not loaded: remote") == true)
        #expect(styles.sheetSources.first == "site/css/base.css")

        // A second page reuses the parsed sheets.
        let parses = cache.parseCount
        let second = PageStyles(document: try HTMLDocument(html: html), pagePath: "site/news/b.html", siteRoot: "site", cache: cache) { Self.files[$0] }
        #expect(try second.style("n").color == rgb("#999"))
        #expect(cache.parseCount == parses)
    }

    @Test func pathResolution() {
        #expect(StylePaths.resolve("../a/./b.css", base: "x/y/page.html", siteRoot: nil) == .local("x/a/b.css"))
        #expect(StylePaths.resolve("/c.css", base: "x/page.html", siteRoot: "/srv/site") == .local("/srv/site/c.css"))
        #expect(StylePaths.resolve("/c.css", base: "x/page.html", siteRoot: nil) == .failed(.rootRelativeWithoutSiteRoot))
        #expect(StylePaths.resolve("//cdn/x.css", base: "p.html", siteRoot: nil) == .failed(.remote))
        #expect(StylePaths.resolve("data:text/css,a", base: "p.html", siteRoot: nil) == .failed(.unsupportedURL))
        #expect(StylePaths.resolve("my%20style.css#x", base: "p.html", siteRoot: nil) == .local("my style.css"))
        // Above the root: refused when resolved (it used to be left for the loader to refuse).
        #expect(StylePaths.resolve("../../up.css", base: "p.html", siteRoot: nil) == .failed(.outsideRoot))
        #expect(StylePaths.resolve("ftp://x/a.css", base: "p.html", siteRoot: nil) == .failed(.remote))
        #expect(StylePaths.resolve("..\\a\\b.css", base: "x/y/page.html", siteRoot: nil) == .local("x/a/b.css"))
    }

    /// `<base href>` moves the page's links (as it moves its frames and scripts: `PageURL`), not a sheet's `@import`s.
    @Test func baseHrefAppliesToLinksNotToImports() throws {
        let files = [
            "site/css/app.css": "@import 'theme.css'; p { color: #333 }",
            "site/css/theme.css": "em { color: green }",
        ]
        let html = #"<html><head><base href="../"><link rel="stylesheet" href="css/app.css"></head><body><p id="p">x</p><em id="e">e</em></body></html>"#
        let styles = PageStyles(document: try HTMLDocument(html: html), pagePath: "site/news/a.html", siteRoot: "site") { files[$0] }
        #expect(try styles.style("p").color == rgb("#333"))
        #expect(try styles.style("e").color == rgb("green"))
        #expect(styles.diagnostics.isEmpty)

        let remote = #"<html><head><base href="https://www.example.gov.cn/news/"><link rel="stylesheet" href="../css/app.css"></head><body><p id="p">x</p></body></html>"#
        let fallback = PageStyles(document: try HTMLDocument(html: remote), pagePath: "site/news/a.html", siteRoot: "site") { files[$0] }
        #expect(try fallback.style("p").color == rgb("#333"))
        #expect(fallback.diagnostics.map(\.kind) == [.remoteBase])

        let above = #"<html><head><base href="../../../"><link rel="stylesheet" href="css/app.css"></head><body></body></html>"#
        let outside = PageStyles(document: try HTMLDocument(html: above), pagePath: "site/news/a.html", siteRoot: "site") { files[$0] }
        #expect(outside.diagnostics.map(\.kind) == [.outsideRoot])
    }

    /// Pages of one template collect their sheets once a run: what depends on the page (its folder, its
    /// base) keeps pages apart, and each page's own diagnostics still name that page.
    @Test func collectionsAreSharedOnlyWhereTheyCannotDiffer() throws {
        let files = ["site/a/s.css": "p { color: red }", "site/b/s.css": "p { color: blue }", "site/a/i.css": "@import 'gone.css';"]
        let html = #"<html><head><link rel="stylesheet" href="s.css"><link rel="stylesheet" href="i.css"><link rel="stylesheet" href="no.css"></head><body><p id="p">x</p></body></html>"#
        let cache = StyleSheetCache()
        func page(_ path: String, _ markup: String = html) throws -> PageStyles {
            PageStyles(document: try HTMLDocument(html: markup), pagePath: path, siteRoot: "site", cache: cache) { files[$0] }
        }
        let first = try page("site/a/one.html"), second = try page("site/a/two.html"), other = try page("site/b/one.html")
        #expect(try first.style("p").color == rgb("red") && second.style("p").color == rgb("red"))
        #expect(try other.style("p").color == rgb("blue"), "another folder resolves s.css elsewhere")
        let missing = second.diagnostics.filter { $0.kind == .notFound }
        #expect(missing.map(\.referrer).sorted() == ["site/a/i.css", "site/a/two.html"], "the import's referrer is the sheet, the link's the page")
        #expect(first.diagnostics.contains { $0.referrer == "site/a/one.html" } && !first.diagnostics.contains { $0.referrer == "site/a/two.html" })
        let based = try page("site/a/three.html", html.replacingOccurrences(of: "<head>", with: #"<head><base href="../b/">"#))
        #expect(try based.style("p").color == rgb("blue"), "a base moves the links")
        let media = try page("site/a/four.html", html.replacingOccurrences(of: #"href="s.css""#, with: #"href="s.css" media="print""#))
        #expect(try media.style("p").color == rgb("black"))
    }

    @Test func cacheIsSharedAcrossThreads() async {
        let cache = StyleSheetCache()
        await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { cache.sheet(at: "a.css") { _ in "p { color: red }" }?.rules.count ?? 0 }
            }
            for await count in group { #expect(count == 1) }
        }
    }
}
