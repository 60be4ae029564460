import Foundation

/// Where a URL written in a page or a style sheet points, as a path relative to the audited root: the
/// one resolver behind style sheets (`StyleEngine`) and the frames and scripts rules read (`AuditCore`),
/// so both find the same file. Pure string work; reading is the loader's job.
///
/// - `http:`, `https:`, `ftp:`, `ws(s):` and `//host` are remote (never fetched); `data:`, `javascript:`,
///   `mailto:`, other schemes, a drive letter (`C:\…`) and `file:` URLs with an absolute path are
///   unsupported (`file:css/a.css` without slashes is relative, as in browsers).
/// - `?query` and `#fragment` are cut, `\` counts as `/` (as browsers do for http and file URLs), and the
///   path is percent-decoded before its `.` and `..` segments are resolved, so `%2e%2e/` cannot slip past.
/// - `..` that climbs above the root fails (`outsideRoot`): wza never reads outside the audited root.
/// - `/x` is root-relative: it goes under `siteRoot` (`""`, the root itself, in an audit); with no site root
///   (`nil`, a page parsed on its own) it cannot be resolved.
public enum PageURL {
    public enum Failure: Hashable, Sendable {
        /// Nothing left once the query and fragment are cut (`""`, `#top`).
        case empty
        case remote
        case unsupported
        case outsideRoot
        case rootRelativeWithoutSiteRoot
    }

    public enum Resolution: Hashable, Sendable {
        /// A path relative to the root (the loader's namespace), normalized: no `.`, `..` or empty segments.
        case local(String)
        case failed(Failure)
    }

    /// Resolves `url` as written in the file at `referrer` (a page or a style sheet, relative to the root).
    public static func resolve(_ url: String, from referrer: String, siteRoot: String? = "") -> Resolution {
        resolve(url, against: Directory(of: referrer), siteRoot: siteRoot).resolution
    }

    /// A directory relative URLs start from: `prefix` (a site root, or nil for the root itself) and the
    /// segments below it that `..` may climb.
    struct Directory: Sendable {
        var prefix: String?
        var segments: [Substring]

        init(prefix: String? = nil, segments: [Substring]) {
            self.prefix = prefix
            self.segments = segments
        }

        init(of file: String) {
            self.init(segments: Array(file.split(separator: "/").dropLast()))
        }
    }

    enum Resolved {
        /// The resolved path, and whether the URL named a directory (`sub/`, `.`, `..`), for `<base href>`.
        case local(Directory, isDirectory: Bool)
        case failed(Failure)

        var resolution: Resolution {
            switch self {
            case .local(let directory, _):
                let path = directory.segments.joined(separator: "/")
                guard let prefix = directory.prefix, !prefix.isEmpty else { return .local(path) }
                return .local(path.isEmpty ? prefix : prefix.hasSuffix("/") ? prefix + path : prefix + "/" + path)
            case .failed(let failure): return .failed(failure)
            }
        }
    }

    private static let remoteSchemes: Set<String> = ["http", "https", "ftp", "ws", "wss"]

    static func resolve(_ written: String, against directory: Directory, siteRoot: String?) -> Resolved {
        var url = written.trimmedText
        // Browsers drop tabs and line breaks anywhere in a URL.
        if url.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            url.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        }
        if let scheme = scheme(of: url) {
            if remoteSchemes.contains(scheme) { return .failed(.remote) }
            guard scheme == "file" else { return .failed(.unsupported) }
            url = String(url.dropFirst(5))
            // file:///C:/site/a.css, file://host/…, file:/srv/…: a path on some machine's disk, not under the root.
            if url.hasPrefix("/") || url.hasPrefix("\\") { return .failed(.unsupported) }
        }
        if url.utf8.contains(UInt8(ascii: "\\")) { url = url.replacingOccurrences(of: "\\", with: "/") }
        if url.hasPrefix("//") { return .failed(.remote) }
        if let cut = url.firstIndex(where: { $0 == "?" || $0 == "#" }) { url = String(url[..<cut]) }
        if url.utf8.contains(UInt8(ascii: "%")) { url = url.removingPercentEncoding ?? url }
        guard !url.isEmpty else { return .failed(.empty) }
        var result: Directory
        if url.hasPrefix("/") {
            guard let siteRoot else { return .failed(.rootRelativeWithoutSiteRoot) }
            result = Directory(prefix: siteRoot, segments: [])
        } else {
            result = directory
        }
        let parts = url.split(separator: "/", omittingEmptySubsequences: false)
        for part in parts {
            switch part {
            case "", ".": continue
            case "..":
                // Climbing above the root leaves the audited folder: never read.
                guard !result.segments.isEmpty else { return .failed(.outsideRoot) }
                result.segments.removeLast()
            default: result.segments.append(part)
            }
        }
        let last = parts.last ?? ""
        return .local(result, isDirectory: last.isEmpty || last == "." || last == "..")
    }

    /// The URL's scheme, lowercased (`[A-Za-z][A-Za-z0-9+.-]*:`), or nil for a relative URL.
    static func scheme(of url: String) -> String? {
        guard let colon = url.utf8.firstIndex(of: UInt8(ascii: ":")), colon != url.utf8.startIndex else { return nil }
        let name = url.utf8[..<colon]
        guard let first = name.first, first.isASCIILetter,
              name.allSatisfy({ $0.isASCIILetter || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                  || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
        else { return nil }
        return String(decoding: name, as: UTF8.self).lowercased()
    }
}

/// Resolves the URLs of one page (`<link href>`, `<iframe src>`, `<script src>`…) as a browser does: against
/// the page's `<base href>` (the first `<base>` with an `href`) when it has one, else against the page.
///
/// A base inside the root is followed; one above the root makes every relative URL `outsideRoot`. A remote
/// base (`https://www.example.gov.cn/`) would send the browser to the live site: wza resolves against the
/// page instead, as the export usually mirrors that site, and says so (`baseIsRemote`). A `data:` or
/// `javascript:` base is ignored, as browsers do. URLs inside style sheets (`@import`) resolve against the
/// sheet, never the page's base: use `PageURL.resolve(_:from:siteRoot:)` for them.
public struct PageURLResolver: Sendable {
    public let pagePath: String
    public let siteRoot: String?
    /// The `<base href>` as written, if the page has one.
    public let baseHref: String?
    private let start: Start

    private enum Start: Sendable {
        case directory(PageURL.Directory)
        case failure(PageURL.Failure)
    }

    /// True when `<base href>` points to another site (relative URLs are then resolved against the page).
    public var baseIsRemote: Bool {
        guard let baseHref else { return false }
        return PageURL.resolve(baseHref, from: pagePath, siteRoot: siteRoot) == .failed(.remote)
    }

    /// - Parameters:
    ///   - pagePath: the page, relative to the root (`news/2024/a.html`).
    ///   - baseHref: its `<base href>` as written, if any.
    ///   - siteRoot: where `/` points (`""`: the root); nil leaves root-relative URLs unresolved.
    public init(pagePath: String, baseHref: String? = nil, siteRoot: String? = "") {
        self.pagePath = pagePath
        self.siteRoot = siteRoot
        self.baseHref = baseHref
        let page = PageURL.Directory(of: pagePath)
        guard let baseHref else { start = .directory(page); return }
        switch PageURL.resolve(baseHref, against: page, siteRoot: siteRoot) {
        case .local(var directory, let isDirectory):
            if !isDirectory, !directory.segments.isEmpty { directory.segments.removeLast() }
            start = .directory(directory)
        case .failed(let failure):
            switch failure {
            case .outsideRoot, .rootRelativeWithoutSiteRoot: start = .failure(failure)
            case .remote, .unsupported, .empty: start = .directory(page)
            }
        }
    }

    /// The resolver for `document` at `pagePath`, with its `<base href>`.
    public init(document: HTMLDocument, pagePath: String, siteRoot: String? = "") {
        self.init(pagePath: pagePath, baseHref: Self.baseHref(of: document), siteRoot: siteRoot)
    }

    /// The first `<base href>` of the page, as written.
    public static func baseHref(of document: HTMLDocument) -> String? {
        document.elements(named: "base").lazy.compactMap { $0.attribute("href") }.first
    }

    /// Resolves a URL written in the page.
    public func resolve(_ url: String) -> PageURL.Resolution {
        switch start {
        case .directory(let directory):
            return PageURL.resolve(url, against: directory, siteRoot: siteRoot).resolution
        case .failure(let failure):
            // Only URLs that the base applies to (relative ones) inherit its failure.
            let resolved = PageURL.resolve(url, against: PageURL.Directory(segments: []), siteRoot: siteRoot).resolution
            guard case .local = resolved, !isRootRelative(url) else { return resolved }
            return .failed(failure)
        }
    }

    private func isRootRelative(_ url: String) -> Bool {
        let trimmed = url.trimmedText
        return trimmed.hasPrefix("/") || trimmed.hasPrefix("\\")
    }
}

private extension UInt8 {
    var isASCIILetter: Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self | 0x20) }
}
