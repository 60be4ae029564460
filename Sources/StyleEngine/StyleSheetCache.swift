import Foundation

/// Reads a style sheet given its path, already resolved relative to the page or importing sheet (and
/// to the site root for root-relative URLs). Returns nil when the file is missing or refused (e.g.
/// outside the audited root). The StyleEngine never does I/O itself.
public typealias StyleSheetLoader = (_ path: String) -> String?

/// Parsed sheets shared by the pages of a run, keyed by resolved path, so a site-wide sheet is parsed
/// once. Thread-safe; failed loads are remembered too.
public final class StyleSheetCache: @unchecked Sendable {
    private let lock = NSLock()
    private var byPath: [String: StyleSheet?] = [:]
    private var byText: [String: StyleSheet] = [:]
    private var byInlineText: [String: [Declaration]] = [:]
    private var resolutions: [String: StylePaths.Resolution] = [:]
    private var collections: [SignatureHash: SheetCollector.Collection] = [:]
    private var parses = 0
    private var styleNanoseconds: UInt64 = 0
    private var styleCalls = 0

    /// Computed styles shared by the pages of the run.
    let shares: StyleShareTable

    /// Whether pages using this cache time their style work (`styleTime`); off by default.
    public let measuresTime: Bool

    /// Whether pages share matches and computed styles through `shares`; off, each page has its own table
    /// (for `wza benchmark` to show what a site without a repeated template costs).
    public let sharesAcrossPages: Bool

    public convenience init(measuringTime: Bool = false, sharingAcrossPages: Bool = true) {
        self.init(measuringTime: measuringTime, sharingAcrossPages: sharingAcrossPages, shareCapacity: 50_000)
    }

    init(measuringTime: Bool = false, sharingAcrossPages: Bool = true, shareCapacity: Int) {
        measuresTime = measuringTime
        sharesAcrossPages = sharingAcrossPages
        shares = StyleShareTable(capacity: shareCapacity)
    }

    /// The parsed sheet at `path`, loading and parsing it on first use. Another thread asking for the
    /// same path at the same moment may parse it too; the first stored result wins.
    public func sheet(at path: String, loader: StyleSheetLoader) -> StyleSheet? {
        if let known = lock.withLock({ byPath[path] }) { return known }
        let parsed = loader(path).map { StyleSheet(parsing: $0) }
        return lock.withLock {
            if let known = byPath[path] { return known }
            byPath[path] = .some(parsed)
            if parsed != nil { parses += 1 }
            return parsed
        }
    }

    /// A parsed `<style>` element; identical inline sheets (CMS templates) are parsed once.
    public func sheet(inline text: String) -> StyleSheet {
        if let known = lock.withLock({ byText[text] }) { return known }
        let parsed = StyleSheet(parsing: text)
        return lock.withLock {
            if let known = byText[text] { return known }
            byText[text] = parsed
            parses += 1
            return parsed
        }
    }

    /// A parsed `style` attribute or presentational hint; CMS templates repeat the same few on every page.
    func declarations(inline text: String) -> [Declaration] {
        if let known = lock.withLock({ byInlineText[text] }) { return known }
        let parsed = CSSParser.parseDeclarationList(text)
        lock.withLock { byInlineText.store(parsed, for: text, capacity: 10_000) }
        return parsed
    }

    /// Where a page's `<link href>` points: the same for every page of a folder with the same `<base href>`,
    /// so resolved once per run (`key` names the folder, base, site root and href).
    func resolution(key: String, resolve: () -> StylePaths.Resolution) -> StylePaths.Resolution {
        if let known = lock.withLock({ resolutions[key] }) { return known }
        let resolved = resolve()
        lock.withLock { resolutions.store(resolved, for: key, capacity: 10_000) }
        return resolved
    }

    /// The sheets of pages whose style sources hash to `key` (see `SheetCollector.Collection`).
    func collection(for key: SignatureHash) -> SheetCollector.Collection? { lock.withLock { collections[key] } }

    func store(_ collection: SheetCollector.Collection, for key: SignatureHash) {
        lock.withLock { collections.store(collection, for: key, capacity: 1_000) }
    }

    /// How many sheets were parsed (for the benchmark and tests).
    public var parseCount: Int { lock.withLock { parses } }

    /// Seconds the pages that used this cache spent in the StyleEngine (collecting and matching sheets,
    /// computing styles), summed over pages and added when each page's styles are dropped. Zero unless
    /// the cache was made with `measuringTime: true`.
    ///
    /// Each timed call holds one read of the clock besides its own work (from inside the first read to
    /// inside the second): `clockReadSeconds` per call, which a page's thousand questions would add up to a
    /// quarter of the stage. It is subtracted, so the figure is what an unmeasured audit spends.
    public var styleTime: Double {
        lock.withLock { max(0, Double(styleNanoseconds) / 1e9 - Double(styleCalls) * Self.clockReadSeconds) }
    }

    /// Timed calls so far (outermost StyleEngine calls, page setup and teardown).
    public var styleCallCount: Int { lock.withLock { styleCalls } }

    func addStyleTime(nanoseconds: UInt64, calls: Int) {
        lock.withLock {
            styleNanoseconds += nanoseconds
            styleCalls += calls
        }
    }

    /// What one monotonic clock read costs on this machine: the fastest of a few batches, in seconds.
    public static let clockReadSeconds: Double = {
        var best = Double.infinity
        for _ in 0..<5 {
            let count = 100_000
            let start = PageStyles.monotonicNanoseconds()
            for _ in 0..<count { _ = PageStyles.monotonicNanoseconds() }  // a C call: never optimised away
            best = min(best, Double(PageStyles.monotonicNanoseconds() - start) / Double(count) / 1e9)
        }
        return best
    }()
}
