import Foundation
import HTMLDOM

/// Something about the page's style sources a report should say.
public struct StyleDiagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// http(s) or protocol-relative URL: never fetched.
        case remote
        /// The loader returned nothing (missing, unreadable, or outside the audited root).
        case notFound
        /// `..` climbs above the audited root: never read.
        case outsideRoot
        /// `data:`, `javascript:`, another scheme wza does not read, or a `file:` URL with an absolute path.
        case unsupportedURL
        /// `/css/x.css` with no site root to resolve it against.
        case rootRelativeWithoutSiteRoot
        /// `@import` that leads back to a sheet already being imported, or nested too deeply.
        case importCycle
        /// `<base href>` points to a remote site; relative URLs were resolved against the page instead.
        case remoteBase
    }

    public let kind: Kind
    /// The URL as written.
    public let url: String
    /// The page or sheet that referred to it.
    public let referrer: String

    public var description: String {
        switch kind {
        case .remote: "not loaded: remote (\(url))"
        case .notFound: "not loaded: not found or outside the root (\(url))"
        case .outsideRoot: "not loaded: outside the audited root (\(url))"
        case .unsupportedURL: "not loaded: unsupported URL (\(url))"
        case .rootRelativeWithoutSiteRoot: "not loaded: root-relative URL without a site root (\(url))"
        case .importCycle: "not loaded: @import cycle or too deep (\(url))"
        case .remoteBase: "<base href=\(url)> is remote: URLs resolved against the page"
        }
    }
}

/// A sheet in the page's cascade, with its media and where it came from.
/// A class: the matcher walks the page's sheets for every element it styles, and a reference is one
/// retain where the struct would be a dozen.
final class PageSheet: Sendable {
    let sheet: StyleSheet
    let level: CascadeLevel
    /// Source: the resolved path, or "<style> line N".
    let source: String
    /// Matching state of each of the sheet's `@media` contexts for the viewport.
    let mediaResults: [Bool]

    init(sheet: StyleSheet, level: CascadeLevel, source: String, mediaResults: [Bool]) {
        self.sheet = sheet
        self.level = level
        self.source = source
        self.mediaResults = mediaResults
    }
}

/// URL → local path resolution for style sheets: `PageURL` (HTMLDOM), the resolver the rules' frames and
/// scripts use too, with its failures as style diagnostics.
public enum StylePaths {
    public enum Resolution: Equatable, Sendable {
        case local(String)
        case failed(StyleDiagnostic.Kind)

        init(_ resolution: PageURL.Resolution) {
            switch resolution {
            case .local(let path): self = .local(path)
            case .failed(.empty): self = .failed(.notFound)
            case .failed(.remote): self = .failed(.remote)
            case .failed(.unsupported): self = .failed(.unsupportedURL)
            case .failed(.outsideRoot): self = .failed(.outsideRoot)
            case .failed(.rootRelativeWithoutSiteRoot): self = .failed(.rootRelativeWithoutSiteRoot)
            }
        }
    }

    /// Resolves `href` against the file `base` refers from; root-relative URLs go under `siteRoot`.
    public static func resolve(_ href: String, base: String, siteRoot: String?) -> Resolution {
        Resolution(PageURL.resolve(href, from: base, siteRoot: siteRoot))
    }
}

/// Collects the page's author sheets in cascade order: `<style>` and `<link rel=stylesheet>` in
/// document order, each preceded by what it `@import`s.
struct SheetCollector {
    let document: HTMLDocument
    let pagePath: String
    let siteRoot: String?
    let viewport: Viewport
    let cache: StyleSheetCache
    let loader: StyleSheetLoader?
    /// The page's `<base href>`, if any; the resolver is made only when some link is not yet resolved.
    let baseHref: String?
    private lazy var urls = PageURLResolver(pagePath: pagePath, baseHref: baseHref, siteRoot: siteRoot)
    var sheets: [PageSheet] = []
    var diagnostics: [StyleDiagnostic] = []
    /// Per diagnostic: whether the page itself is the referrer (the rest name a sheet).
    private var fromPage: [Bool] = []
    static let maximumImportDepth = 16

    /// What a collection depends on besides the page's path (which only page-level diagnostics name):
    /// the page's folder, base, site root and viewport, and each `<style>`/`<link>` that applies.
    /// Pages of one template share it, and the run collects their sheets once (`StyleSheetCache.collection`).
    struct Collection: Sendable {
        var sheets: [PageSheet]
        var diagnostics: [(kind: StyleDiagnostic.Kind, url: String, referrer: String?)]
    }

    init(document: HTMLDocument, pagePath: String, siteRoot: String?, viewport: Viewport, cache: StyleSheetCache, loader: StyleSheetLoader?) {
        self.document = document; self.pagePath = pagePath; self.siteRoot = siteRoot
        self.viewport = viewport; self.cache = cache; self.loader = loader
        self.baseHref = PageURLResolver.baseHref(of: document)
    }

    mutating func collect() {
        let inertHosts = [document.nameID("noscript"), document.nameID("template")].compactMap { $0 }
        let candidates = (document.elements(named: "style") + document.elements(named: "link"))
            .filter { !Self.isInert($0, hosts: inertHosts) }.sorted { $0.documentOrder < $1.documentOrder }
        let key = collectionKey(candidates)
        if let known = cache.collection(for: key) {
            sheets = known.sheets
            diagnostics = known.diagnostics.map { StyleDiagnostic(kind: $0.kind, url: $0.url, referrer: $0.referrer ?? pagePath) }
            return
        }
        collect(candidates)
        cache.store(Collection(sheets: sheets, diagnostics: zip(diagnostics, fromPage).map { diagnostic, fromPage in
            (diagnostic.kind, diagnostic.url, fromPage ? nil : diagnostic.referrer)
        }), for: key)
    }

    private func collectionKey(_ candidates: [Element]) -> SignatureHash {
        var hasher = SignatureHasher()
        for part in [pagePath.lastIndex(of: "/").map { String(pagePath[..<$0]) } ?? "", baseHref ?? "\u{1}", siteRoot ?? "\u{1}"] {
            hasher.combine(part)
        }
        for number in [viewport.width, viewport.height, viewport.devicePixelRatio] { hasher.combine(number.bitPattern) }
        hasher.combine(viewport.isTouch ? 1 : 0)
        let attributes = ["media", "type", "rel", "href"].map { document.nameID($0) }
        for element in candidates {
            hasher.combine(element.name)
            for id in attributes { hasher.combine(id.flatMap { element.attribute(nameID: $0) } ?? "\u{1}") }
            if element.name == "style" {
                hasher.combine(UInt64(element.line))
                hasher.combine(element.textContent)
            }
        }
        return hasher.value
    }

    private mutating func collect(_ candidates: [Element]) {
        if baseHref != nil, urls.baseIsRemote, let base = baseHref {
            report(.remoteBase, url: base, referrer: pagePath, depth: 0)
        }
        for element in candidates {
            let media = element.attribute("media").map { MediaQueryList($0) }
            if let media, !media.matches(viewport) { continue }
            if element.name == "style" {
                if let type = element.attribute("type")?.trimmedText.lowercased(), !type.isEmpty, type != "text/css" { continue }
                let sheet = cache.sheet(inline: element.textContent)
                add(sheet, path: pagePath, source: "<style> line \(element.line)", depth: 0, importing: [])
            } else {
                let rel = element.tokens("rel")
                guard rel.contains("stylesheet"), !rel.contains("alternate"), let href = element.attribute("href") else { continue }
                if let type = element.attribute("type")?.trimmedText.lowercased(), !type.isEmpty, type != "text/css" { continue }
                load(href, resolved: resolve(href), referrer: pagePath, depth: 0, importing: [])
            }
        }
    }

    /// A page URL depends on the page's folder (not its file name), its `<base href>` and the site root.
    private mutating func resolve(_ href: String) -> StylePaths.Resolution {
        let folder = pagePath.lastIndex(of: "/").map { pagePath[..<$0] } ?? ""
        let key = [String(folder), baseHref ?? "\u{1}", siteRoot ?? "\u{1}", href].joined(separator: "\u{0}")
        return cache.resolution(key: key) { StylePaths.Resolution(urls.resolve(href)) }
    }

    /// `<style>`/`<link>` inside `<noscript>` or `<template>` does not apply in a scripting browser.
    /// (By interned name: most pages have neither, and then no ancestor is looked at.)
    private static func isInert(_ element: Element, hosts: [Int32]) -> Bool {
        guard !hosts.isEmpty else { return false }
        var cursor = element.parent
        while let ancestor = cursor {
            if hosts.contains(ancestor.nameID) { return true }
            cursor = ancestor.parent
        }
        return false
    }

    /// Loads the sheet `href` (written in `referrer`) resolves to: a page's links go against its `<base href>`,
    /// a sheet's `@import`s against the sheet.
    private mutating func load(_ href: String, resolved: StylePaths.Resolution, referrer: String, depth: Int, importing: Set<String>) {
        switch resolved {
        case .failed(let kind):
            report(kind, url: href, referrer: referrer, depth: depth)
        case .local(let path):
            guard depth < Self.maximumImportDepth, !importing.contains(path) else {
                report(.importCycle, url: href, referrer: referrer, depth: depth)
                return
            }
            guard let loader, let sheet = cache.sheet(at: path, loader: loader) else {
                report(.notFound, url: href, referrer: referrer, depth: depth)
                return
            }
            add(sheet, path: path, source: path, depth: depth, importing: importing.union([path]))
        }
    }

    /// Depth 0 is the page's own `<link>`s (and its base); deeper ones are `@import`s in sheets.
    private mutating func report(_ kind: StyleDiagnostic.Kind, url: String, referrer: String, depth: Int) {
        diagnostics.append(StyleDiagnostic(kind: kind, url: url, referrer: referrer))
        fromPage.append(depth == 0)
    }

    private mutating func add(_ sheet: StyleSheet, path: String, source: String, depth: Int, importing: Set<String>) {
        for rule in sheet.imports {
            if let media = rule.media, !media.matches(viewport) { continue }
            load(rule.url, resolved: StylePaths.resolve(rule.url, base: path, siteRoot: siteRoot), referrer: path,
                 depth: depth + 1, importing: importing)
        }
        let results = sheet.mediaContexts.map { chain in chain.allSatisfy { $0.matches(viewport) } }
        sheets.append(PageSheet(sheet: sheet, level: .author, source: source, mediaResults: results))
    }
}
