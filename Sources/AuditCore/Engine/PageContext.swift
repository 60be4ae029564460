import HTMLDOM
import StyleEngine

/// How pages' CSS is read: the viewport for media queries and the run's shared style-sheet cache.
public struct StyleSettings: Sendable {
    public var viewport: Viewport
    public var cache: StyleSheetCache

    public init(viewport: Viewport = .desktop, cache: StyleSheetCache = StyleSheetCache()) {
        self.viewport = viewport
        self.cache = cache
    }
}

/// Why a resource could not be read.
public enum ResourceProblem: Error, Sendable, Equatable {
    case missing(String)
    case remote(String)
    case outsideRoot(String)
}

/// What wza knows about a page beyond its markup: set from its path and content, or by configuration.
public struct PageTraits: Sendable, Codable, Equatable {
    /// The site's home page (`index.html` at the top of the audited folder), where an elder-mode entry belongs.
    public var isHomePage: Bool
    /// An elder version page (关怀版/长者版…): ads and induced buttons there are 否决 (veto) items.
    public var isElderPage: Bool

    public init(isHomePage: Bool = false, isElderPage: Bool = false) {
        self.isHomePage = isHomePage
        self.isElderPage = isElderPage
    }
}

/// The page as rules see it: the document, its path and traits, and lookups that skip `<template>`
/// contents (inert in browsers; libxml2 keeps them as ordinary children).
public final class PageContext {
    public let document: HTMLDocument
    /// Path relative to the audited root, with `/` separators.
    public let path: String
    public let traits: PageTraits
    /// Reads files the page refers to, inside the audited root only.
    public let resources: ResourceLoader
    /// The page's path relative to the resources' root (where `/` points).
    public let resourcePath: String
    /// The run's rule thresholds (from checklists and `wza.yml`).
    public let options: RuleOptions
    private let styleSettings: StyleSettings
    private let templateRanges: [ClosedRange<Int>]

    /// The page's CSS: its own <style> and style attributes, and local style sheets (never remote ones),
    /// computed lazily for the elements rules ask about.
    public private(set) lazy var styles: PageStyles = styles(for: styleSettings.viewport)

    private var memo: [String: Any] = [:]

    /// A value computed once per page and shared by every element a rule checks (e.g. "do the page's
    /// scripts mention focus?"), so per-element checks stay cheap.
    public func cached<T>(_ key: String, _ compute: () -> T) -> T {
        if let value = memo[key] as? T { return value }
        let value = compute()
        memo[key] = value
        return value
    }

    /// A numeric threshold of a rule, as this run sets it.
    public func number(_ option: RuleOption) -> Double { options.number(option) }

    /// A keyword option of a rule, as this run sets it.
    public func keyword(_ option: RuleOption) -> String { options.keyword(option) }

    /// The page's CSS for another screen (orientation rules compare portrait with landscape).
    public func styles(for viewport: Viewport) -> PageStyles {
        let resources = self.resources
        return PageStyles(
            document: document, pagePath: resourcePath, siteRoot: "", viewport: viewport, cache: styleSettings.cache,
            loader: { path in resources.read(path).map { TextDecoder.decodeStyleSheet($0) } })
    }

    public init(document: HTMLDocument, path: String, traits: PageTraits, resources: ResourceLoader = .none, resourcePath: String? = nil,
                styleSettings: StyleSettings = StyleSettings(), options: RuleOptions = .defaults) {
        self.document = document
        self.options = options
        self.path = path
        self.traits = traits
        self.resources = resources
        self.resourcePath = resourcePath ?? path
        self.styleSettings = styleSettings
        self.templateRanges = document.elements(named: "template").map { template in
            template.documentOrder...template.lastDescendantOrder
        }
    }

    /// True when the element sits inside a `<template>` (not the template element itself).
    public func isInert(_ element: Element) -> Bool {
        guard !templateRanges.isEmpty else { return false }
        let order = element.documentOrder
        return templateRanges.contains { $0.contains(order) && $0.lowerBound != order }
    }

    /// Resolves the page's URLs as its style sheets' are: against its `<base href>`, inside the root.
    public private(set) lazy var urls = PageURLResolver(document: document, pagePath: resourcePath, siteRoot: "")

    /// Where a URL written in the page (a frame's `src`, a script's) points, `<base href>` included.
    public func locate(_ url: String) -> ResourceLocation {
        ResourceLocation(urls.resolve(url), url: url)
    }

    /// The bytes of a resource the page refers to, or where it is when wza cannot read it.
    public func loadResource(_ url: String) -> Result<[UInt8], ResourceProblem> {
        switch locate(url) {
        case .local(let relative):
            guard let bytes = resources.read(relative) else { return .failure(.missing(relative)) }
            return .success(bytes)
        case .remote(let url): return .failure(.remote(url))
        case .unavailable(let url): return .failure(.outsideRoot(url))
        }
    }

    /// Live elements with this tag name, in document order.
    public func elements(named name: String) -> [Element] {
        document.elements(named: name).filter { !isInert($0) }
    }

    /// Live elements with this id.
    public func elements(withID id: String) -> [Element] {
        document.elements(withID: id).filter { !isInert($0) }
    }

    /// Live elements carrying this attribute.
    public func elements(withAttribute name: String) -> [Element] {
        document.elements(withAttribute: name).filter { !isInert($0) }
    }

    /// The page title as a reader hears it (first `<title>`), or nil.
    public var title: String? {
        elements(named: "title").first.map { $0.textContent.collapsedWhitespace }
    }
}
