import Dispatch
import Foundation
import HTMLDOM
import StyleEngine

/// A page to audit: its display path and how to get its bytes. The closure does the I/O, so the core
/// never touches files itself.
public struct PageInput: Sendable {
    public var path: String
    /// True when `path` is relative to an audited folder (so `index.html` there is the home page).
    public var isInFolder: Bool
    public var load: @Sendable () throws -> [UInt8]
    /// Reads the files this page refers to (style sheets, framed pages), relative to the root that
    /// `path` is relative to.
    public var resources: ResourceLoader
    /// The page's path relative to the resources' root, for resolving its URLs (defaults to `path`).
    public var resourcePath: String

    public init(path: String, isInFolder: Bool, resources: ResourceLoader = .none, resourcePath: String? = nil,
                load: @escaping @Sendable () throws -> [UInt8]) {
        self.path = path
        self.isInFolder = isInFolder
        self.resources = resources
        self.resourcePath = resourcePath ?? path
        self.load = load
    }
}

/// Options of a site audit.
public struct AuditOptions: Sendable {
    /// The `--encoding` fallback for pages that declare nothing.
    public var fallbackEncoding: String?
    /// Pages audited at once; results do not depend on it.
    public var jobs: Int
    /// Files above this size are listed as not audited.
    public var maxFileBytes: Int
    /// The screen that media queries are evaluated for.
    public var viewport: Viewport
    /// Parsed style sheets shared by all pages of the run (a site's CSS is parsed once).
    public var styleCache: StyleSheetCache

    public init(fallbackEncoding: String? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, maxFileBytes: Int = 64 << 20,
                viewport: Viewport = .desktop, styleCache: StyleSheetCache = StyleSheetCache()) {
        self.fallbackEncoding = fallbackEncoding
        self.jobs = max(1, jobs)
        self.maxFileBytes = maxFileBytes
        self.viewport = viewport
        self.styleCache = styleCache
    }
}

/// The outcome of auditing a set of pages, before scoring.
public struct SiteAudit: Sendable {
    public var pages: [PageResult]
    public var skipped: [SkippedFile]
}

extension Auditor {
    /// Audits pages in parallel (`options.jobs` workers); results come back sorted by path, so the
    /// output is the same whatever the parallelism.
    public func audit(_ inputs: [PageInput], options: AuditOptions, progress: (@Sendable (Int) -> Void)? = nil) -> SiteAudit {
        let slots = ResultSlots(count: inputs.count)
        let workers = min(options.jobs, max(1, inputs.count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while let index = slots.nextIndex() {
                    let result = self.auditOne(inputs[index], options: options)
                    slots.store(result, at: index)
                    progress?(index)
                }
            }
        }
        group.wait()
        var pages: [PageResult] = []
        var skipped: [SkippedFile] = []
        for result in slots.results {
            switch result {
            case .page(let page): pages.append(page)
            case .skipped(let file): skipped.append(file)
            case nil: break
            }
        }
        return SiteAudit(
            pages: pages.sorted { $0.path < $1.path },
            skipped: skipped.sorted { ($0.path, $0.reason.en) < ($1.path, $1.reason.en) })
    }

    enum SlotResult: Sendable {
        case page(PageResult)
        case skipped(SkippedFile)
    }

    func auditOne(_ input: PageInput, options: AuditOptions) -> SlotResult {
        let bytes: [UInt8]
        do { bytes = try input.load() } catch {
            return .skipped(SkippedFile(path: input.path, reason: Localized(
                zh: "无法读取：\(error.localizedDescription)", en: "unreadable: \(error.localizedDescription)")))
        }
        // Parse, audit and drop the document inside this one call: documents never cross threads.
        do {
            let document = try HTMLDocument(bytes: bytes, fallbackEncoding: options.fallbackEncoding, sizeLimit: options.maxFileBytes)
            let title = document.elements(named: "title").first.map { $0.textContent.collapsedWhitespace }
            let traits = PageClassifier.traits(relativePath: input.path, title: title, isRootInput: input.isInFolder)
            let styles = StyleSettings(viewport: options.viewport, cache: options.styleCache)
            return .page(audit(document, path: input.path, traits: traits, resources: input.resources, resourcePath: input.resourcePath,
                               styles: styles))
        } catch let error as PageLoadError {
            return .skipped(SkippedFile(path: input.path, reason: Localized(zh: error.chineseDescription, en: error.description)))
        } catch {
            return .skipped(SkippedFile(path: input.path, reason: Localized(zh: "无法审计：\(error)", en: "not audited: \(error)")))
        }
    }
}

/// Lock-protected work queue and result slots shared by the workers.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    private(set) var results: [Auditor.SlotResult?]

    init(count: Int) {
        self.count = count
        results = Array(repeating: nil, count: count)
    }

    func nextIndex() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ result: Auditor.SlotResult, at index: Int) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }
}
