import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HTMLDOM

/// A rule that applies to an element (for explanations in findings).
public struct MatchedRule: Sendable {
    /// The sheet's path, "<style> line N", "user agent", "style attribute" or "presentational hint".
    public let source: String
    public let line: Int
    public let selector: String
    public let specificity: Specificity
    public let declarations: [Declaration]
}

/// Whether an element is rendered and in the accessibility tree: the few values that decide it, along
/// the ancestor chain. Computed without a full `ComputedStyle` (see `PageStyles.isRendered`).
struct RenderState {
    var displayNone = false
    var visible = true
    var contentVisibilityHidden = false
    var inNoneSubtree = false
    var inSkippedContent = false
    var ariaHiddenChain = false
    var inertChain = false

    init() {}

    /// Reads the fields in place (copying all of `ComputedStyle.Values` cost more than the rest).
    init(_ style: ComputedStyle) {
        let box = style.box
        displayNone = box.values.display == "none"
        visible = box.values.visibility == "visible"
        contentVisibilityHidden = box.values.contentVisibility == "hidden"
        inNoneSubtree = box.values.inNoneSubtree
        inSkippedContent = box.values.inSkippedContent
        ariaHiddenChain = box.values.ariaHiddenChain
        inertChain = box.values.inertChain
    }

    var isRendered: Bool { !inNoneSubtree && !inSkippedContent && visible }
    var isInAccessibilityTree: Bool { isRendered && !ariaHiddenChain && !inertChain }

    /// The seven flags in one byte, for lock-free sharing (`ElementProfile`).
    var packed: UInt8 {
        [displayNone, visible, contentVisibilityHidden, inNoneSubtree, inSkippedContent, ariaHiddenChain, inertChain]
            .enumerated().reduce(0) { $0 | ($1.element ? 1 << UInt8($1.offset) : 0) }
    }

    init(packed: UInt8) {
        func flag(_ bit: UInt8) -> Bool { packed & (1 << bit) != 0 }
        (displayNone, visible, contentVisibilityHidden, inNoneSubtree) = (flag(0), flag(1), flag(2), flag(3))
        (inSkippedContent, ariaHiddenChain, inertChain) = (flag(4), flag(5), flag(6))
    }
}

/// What the questions asked of nearly every element read from its matches in the normal state, per node.
struct NodeFacts: OptionSet {
    let rawValue: UInt8
    /// Some matched rule or its `style` attribute may set overflow.
    static let mayOverflow = NodeFacts(rawValue: 1)
    static let generatesBefore = NodeFacts(rawValue: 2)
    static let generatesAfter = NodeFacts(rawValue: 4)
}

/// The styles of one page: sheets are gathered on first use, and an element's style is computed
/// only when asked, memoised per element and state. Ancestors are computed iteratively (walk up to
/// the nearest memoised ancestor, then down), so deep pages never recurse.
///
/// Each element is matched against the page's sheets once per state (`Matches`). Visibility questions
/// (`isRendered`, `isInAccessibilityTree`), overflow and generated content read only the matched rules that
/// can set display, visibility or content-visibility (overflow, `content` on `::before`/`::after`): no full
/// style is built for them unless a `var()` makes it necessary.
///
/// Matches and styles are shared with the other pages of the run through the cache's `StyleShareTable`:
/// each element's signature names an `ElementProfile` holding what its signature decides (chain-only
/// matches; render state and styles while no structural selector touched it; see `prepare`), and styles
/// that a structural selector did touch are shared by their cascade inputs (`ShareKey`).
///
/// Not `Sendable`, like `HTMLDocument`: create, use and drop it within one task.
public final class PageStyles {
    public let document: HTMLDocument
    public let viewport: Viewport
    let pagePath: String
    let siteRoot: String?
    let cache: StyleSheetCache
    let loader: StyleSheetLoader?
    let dom: DOMCache
    /// The run's share table, or one of the page's own when the cache shares nothing across pages.
    private let shares: StyleShareTable

    /// Styles in the normal state by node (the common question), and what is known per node in the few
    /// other states rules ask about (focus, focus-within): all answered without hashing.
    private var normalStyles: NodeSlots<ComputedStyle>
    private var stateTables: [StateTable] = []
    /// Each state's position in `stateTables` (-1: none yet), by its raw value: asked at every memo lookup.
    private var tableIndex = [Int8](repeating: -1, count: 256)

    private struct StateTable {
        let state: ElementState
        var styles: NodeSlots<ComputedStyle>
        /// Whether the style is pure (see `compute(_:state:parent:parentPure:)`).
        var pure: [Bool]
        var matches: NodeSlots<Matches>

        init(state: ElementState, count: Int) {
            self.state = state
            styles = NodeSlots(count: count, expected: 64)
            pure = Array(repeating: false, count: count)
            matches = NodeSlots(count: count, expected: 64)
        }
    }

    /// The position of `state`'s table in `stateTables`, made on first use.
    private func table(_ state: ElementState) -> Int {
        let known = tableIndex[Int(state.rawValue)]
        if known >= 0 { return Int(known) }
        tableIndex[Int(state.rawValue)] = Int8(stateTables.count)
        stateTables.append(StateTable(state: state, count: document.nodeCount))
        return stateTables.count - 1
    }
    /// Per node, filled by `prepare`: the element's profile, and whether it is pure in the normal state
    /// (neither it nor an ancestor matched a structural selector).
    private var profiles = NodeSlots<ElementProfile>(count: 0)
    private var pure: [Bool] = []
    private var facts: [NodeFacts] = []
    private var prepared = false
    /// Style sharing: elements with the same parent style, the same matched rules and the same inline
    /// style and attribute inputs get the same computed style, so siblings and cousins (list items, table
    /// cells, links in a menu, a subtree in a state no rule reacts to) skip the cascade and computation,
    /// and so do the template parts other pages of the run already styled (`StyleShareTable`). This
    /// page's own table answers first, without a lock.
    private var shared: [ShareKey: ComputedStyle] = [:]
    /// Per node (document order): the ancestor Bloom filter once known, made on first use (only matching
    /// reads it, and a page whose signatures the run already knows may match nothing)…
    private var filters: [AncestorFilter?] = []
    /// …and the render state (see `prepare`).
    private var renderStates: [RenderState?]
    private var inlineDeclarations: [Int: [Declaration]] = [:]
    /// Matched rules of the elements a structural selector matched in the normal state, by node (see
    /// `Matches`); the rest are their profiles'.
    private var structuralMatches: [Int: Matches] = [:]
    private var rootFontSize: Double = 16
    private var rootFontSizeKnown = false
    private var candidateBuffer: [SelectorIndex.Entry] = []

    /// Time spent answering questions, when the cache measures it (for `wza benchmark`).
    private let measuresTime: Bool
    private var measuring = false
    private var elapsed: UInt64 = 0
    /// Timed intervals: the outermost calls, and setting up and dropping the page.
    private var measuredCalls = 0

    private lazy var collected: (sheets: [PageSheet], diagnostics: [StyleDiagnostic]) = {
        var collector = SheetCollector(document: document, pagePath: pagePath, siteRoot: siteRoot,
                                       viewport: viewport, cache: cache, loader: loader)
        collector.collect()
        return ([Self.userAgentSheet(for: viewport)] + collector.sheets, collector.diagnostics)
    }()

    /// The sheets in cascade order, the user-agent sheet first.
    private lazy var sheets: [PageSheet] = collected.sheets

    /// The page's sheets and viewport as one context of the run's share table.
    private lazy var context: StyleShareTable.ContextInfo = shares.info(
        for: StyleShareTable.Context(viewport: viewport, sheets: sheets.map { $0.sheet.serial << 2 | $0.level.rawValue }),
        reads: { Self.signatureReads(of: sheets) })

    private var shareContext: Int { context.number }

    /// Dynamic states some selector of the page names.
    private lazy var statesUsed: ElementState = sheets.reduce(ElementState()) { $0.union($1.sheet.usedStates) }

    private lazy var hasGeneratedContentRules = sheets.contains { $0.sheet.hasGeneratedContentRules }

    private lazy var hasOverflowRules = sheets.contains { $0.sheet.hasOverflowRules }

    /// True when some `@media` block of the page's sheets matches one viewport and not the other: only then
    /// can styles differ between them (an orientation rule compares portrait with landscape).
    public func mediaDiffers(_ first: Viewport, _ second: Viewport) -> Bool {
        sheets.contains { page in
            page.sheet.mediaContexts.indices.contains {
                page.sheet.mediaMatches(Int32($0), viewport: first) != page.sheet.mediaMatches(Int32($0), viewport: second)
            }
        }
    }

    /// True when some style sheet of the page sets `content` on ::before or ::after (cheap: decided once).
    public var mayHaveGeneratedContent: Bool { hasGeneratedContentRules }

    /// The UA sheet in the cascade; media results depend only on the viewport, so common ones are shared.
    private static let desktopUserAgentSheet = makeUserAgentSheet(for: .desktop)
    private static func userAgentSheet(for viewport: Viewport) -> PageSheet {
        viewport == .desktop ? desktopUserAgentSheet : makeUserAgentSheet(for: viewport)
    }
    private static func makeUserAgentSheet(for viewport: Viewport) -> PageSheet {
        let ua = UserAgentStyleSheet.sheet
        return PageSheet(sheet: ua, level: .userAgent, source: "user agent",
                         mediaResults: ua.mediaContexts.map { $0.allSatisfy { $0.matches(viewport) } })
    }

    /// - Parameters:
    ///   - pagePath: the page's path, used to resolve relative `href`s (e.g. `news/2024/a.html`).
    ///   - siteRoot: where root-relative URLs (`/css/site.css`) point; nil leaves them unloaded.
    ///   - cache: share one cache across the pages of a run so common sheets are parsed once.
    ///   - loader: reads a resolved path; nil loads no external sheet (inline `<style>` still applies).
    public init(document: HTMLDocument, pagePath: String = "", siteRoot: String? = nil, viewport: Viewport = .desktop,
                cache: StyleSheetCache? = nil, loader: StyleSheetLoader? = nil) {
        let start = cache?.measuresTime == true ? Self.monotonicNanoseconds() : 0
        self.document = document
        self.pagePath = pagePath
        self.siteRoot = siteRoot
        self.viewport = viewport
        self.cache = cache ?? StyleSheetCache()
        self.loader = loader
        self.dom = DOMCache(document: document)
        // Rules ask about most elements, and elements are some half of the nodes.
        self.normalStyles = NodeSlots(count: document.nodeCount, expected: document.nodeCount / 2)
        self.renderStates = Array(repeating: nil, count: document.nodeCount)
        self.measuresTime = self.cache.measuresTime
        self.shares = self.cache.sharesAcrossPages ? self.cache.shares : StyleShareTable(capacity: 50_000)
        if measuresTime {
            elapsed = Self.monotonicNanoseconds() - start
            measuredCalls = 1
        }
    }

    /// Setting up and dropping the page's tables is part of the stage: measured too.
    deinit {
        guard measuresTime else { return }
        let start = Self.monotonicNanoseconds()
        dropTables()
        cache.addStyleTime(nanoseconds: elapsed + Self.monotonicNanoseconds() - start, calls: measuredCalls + 1)
    }

    private func dropTables() {
        normalStyles = NodeSlots(count: 0)
        stateTables = []
        tableIndex = []
        profiles = NodeSlots(count: 0)
        (pure, facts, filters, renderStates) = ([], [], [], [])
        shared = [:]
        structuralMatches = [:]
        inlineDeclarations = [:]
        dom.drop()
    }

    /// Runs `body`, adding its time to the page's total when measuring (outermost calls only).
    /// The monotonic clock, read in user space (vDSO): the thread CPU clock is a system call. Each interval
    /// still holds one read besides the work, which `StyleSheetCache.styleTime` subtracts per call.
    @inline(__always)
    func measured<T>(_ body: () -> T) -> T {
        guard measuresTime, !measuring else { return body() }
        measuring = true
        measuredCalls += 1
        let start = Self.monotonicNanoseconds()
        defer {
            elapsed += Self.monotonicNanoseconds() - start
            measuring = false
        }
        return body()
    }

    static func monotonicNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// What could not be loaded, and why.
    public var diagnostics: [StyleDiagnostic] { measured { collected.diagnostics } }

    /// Sources of the author sheets in cascade order.
    public var sheetSources: [String] { measured { sheets.dropFirst().map(\.source) } }

    /// The computed style of `element` in `state` (e.g. `.keyboardFocus`), or of its `::before`/`::after`.
    public func computed(for element: Element, state: ElementState = [], pseudo: PseudoElement? = nil) -> ComputedStyle {
        measured {
            let own = style(of: element, state: state)
            guard let pseudo else { return own }
            return compute(element, state: state, pseudo: pseudo, parent: own)
        }
    }

    /// `content` of `element`'s `::before` or `::after`, if it generates any. Same answer as
    /// `computed(for:pseudo:).content`, but elements no `content` rule can match cost no style.
    public func generatedContent(for element: Element, pseudo: PseudoElement) -> GeneratedContent? {
        measured {
            guard mayGenerateContent(element, pseudo: pseudo, state: []) else { return nil }
            return computed(for: element, pseudo: pseudo).content
        }
    }

    private func memoised(_ element: Element, _ state: ElementState) -> ComputedStyle? {
        state.isEmpty ? normalStyles[element.documentOrder] : stateTables[table(state)].styles[element.documentOrder]
    }

    private func isMemoised(_ element: Element, _ state: ElementState) -> Bool {
        state.isEmpty ? normalStyles.contains(element.documentOrder) : stateTables[table(state)].styles.contains(element.documentOrder)
    }

    /// Keeps the style, and in the normal state what follows from it: the root font size, the render state.
    private func memoise(_ style: ComputedStyle, pure: Bool, _ element: Element, _ state: ElementState) {
        let order = element.documentOrder
        if state.isEmpty {
            normalStyles[order] = style
            if order == rootOrder {
                rootFontSize = style.fontSize
                rootFontSizeKnown = true
            }
            if renderStates[order] == nil { renderStates[order] = RenderState(style) }
        } else {
            let index = table(state)
            stateTables[index].styles[element.documentOrder] = style
            stateTables[index].pure[element.documentOrder] = pure
        }
    }

    /// Whether the memoised style of `element` in `state` follows from its signature (see `compute`).
    private func isPure(_ element: Element, _ state: ElementState) -> Bool {
        state.isEmpty ? pure[element.documentOrder] : stateTables[table(state)].pure[element.documentOrder]
    }

    private func style(of element: Element, state: ElementState) -> ComputedStyle {
        if let known = memoised(element, state) { return known }
        prepare()
        // rem is relative to the root's normal style, so that comes first, whatever is asked.
        if !rootFontSizeKnown, rootOrder >= 0, rootOrder != element.documentOrder || !state.isEmpty,
           let root = document.element(at: rootOrder) {
            _ = style(of: root, state: [])
        }
        // Ancestors are in the state the subject's implies, and take one only if some selector of the page
        // can tell (`:focus-within`, `:hover`…); otherwise their style is the normal one, already memoised.
        let ancestorState = state.forAncestors.intersection(statesUsed)
        // Most questions come parent first (rules walk in document order): one step, no chain to build.
        if rootFontSizeKnown, let parent = element.parent, isMemoised(parent, ancestorState) {
            let (result, pure) = compute(element, state: state, parent: memoised(parent, ancestorState),
                                         parentPure: isPure(parent, ancestorState))
            memoise(result, pure: pure, element, state)
            return result
        }
        let (known, chain) = Self.chain(to: element) { isMemoised($0, ancestorState) }
        var parentStyle = known.flatMap { memoised($0, ancestorState) }
        var parentPure = known.map { isPure($0, ancestorState) } ?? true
        for node in chain {
            let nodeState = node == element ? state : ancestorState
            let (result, pure) = compute(node, state: nodeState, parent: parentStyle, parentPure: parentPure)
            memoise(result, pure: pure, node, nodeState)
            parentStyle = result
            parentPure = pure
        }
        return parentStyle!
    }

    /// The root element's position in document order (-1: the page has no element).
    private lazy var rootOrder: Int = document.documentElement?.documentOrder ?? -1

    /// The element's style in `state`, and whether it is pure: no structural selector matched it or an
    /// ancestor. A pure style follows from the element's signature (ancestor chain, attributes selectors
    /// read, `style`, presentational and aria-hidden/inert attributes), the state and the root font size,
    /// so the run's table hands it over without matching, cascading or computing.
    private func compute(_ element: Element, state: ElementState, parent: ComputedStyle?, parentPure: Bool) -> (ComputedStyle, Bool) {
        // Only a structural sheet can make a match structural: without one, purity needs no matching.
        let isPure = state.isEmpty ? pure[element.documentOrder]
            : parentPure && (structuralSheets.isEmpty || !matches(element, state: state).hasStructural)
        guard isPure, let profile = profiles[element.documentOrder] else {
            return (compute(element, state: state, pseudo: nil, parent: parent), false)
        }
        if let known = profile.style(in: state.rawValue, rootFontSize: rootFontSize) { return (known, true) }
        let style = compute(element, state: state, pseudo: nil, parent: parent)
        profile.store(style, in: state.rawValue, rootFontSize: rootFontSize)
        return (style, true)
    }

    /// The nearest ancestor of `element` that `isKnown` accepts (nil: none), and the elements below it down to
    /// `element` itself, from the top. Per-node answers built from the parent's (styles, filters, render
    /// states, signatures) are filled in along that chain, so deep pages never recurse.
    private static func chain(to element: Element, below isKnown: (Element) -> Bool) -> (known: Element?, chain: [Element]) {
        var chain: [Element] = []
        chain.reserveCapacity(16)  // a walk up is rarely longer; growing reallocates each time
        chain.append(element)
        var cursor = element.parent
        while let ancestor = cursor, !isKnown(ancestor) {
            chain.append(ancestor)
            cursor = ancestor.parent
        }
        chain.reverse()
        return (cursor, chain)
    }

    /// The Bloom filter of `element`'s ancestors, from its parent's.
    private func ancestorFilter(for element: Element) -> AncestorFilter {
        if filters.isEmpty { filters = Array(repeating: nil, count: document.nodeCount) }
        if let known = filters[element.documentOrder] { return known }
        let (known, chain) = Self.chain(to: element) { filters[$0.documentOrder] != nil }
        var filter = known.flatMap { filters[$0.documentOrder] } ?? AncestorFilter()
        for node in chain {
            if let parent = node.parent {
                filter.insert(AncestorFilter.key(parent.name, kind: 0))
                if let id = dom.id(parent) { filter.insert(AncestorFilter.key(id, kind: 1)) }
                for name in dom.classes(parent) { filter.insert(AncestorFilter.key(name, kind: 2)) }
            }
            filters[node.documentOrder] = filter
        }
        return filter
    }

    private func compute(_ element: Element, state: ElementState, pseudo: PseudoElement?, parent: ComputedStyle?) -> ComputedStyle {
        let blocks = matchedBlocks(element, state: state, pseudo: pseudo)
        // Pseudo-elements may read attributes through `attr()`; they are computed rarely and not shared.
        let parentSerial = parent.map { $0.box.shareSerial } ?? 0
        guard pseudo == nil, parent == nil || parentSerial != 0 else { return compute(element, blocks: blocks, pseudo: pseudo, parent: parent) }
        var key = ShareKey(context: shareContext, parent: parentSerial, rootFontSize: rootFontSize)
        key.blocks.reserveCapacity(blocks.count * 2)
        for block in blocks {
            switch block.level {
            case .userAgent, .author:
                key.blocks.append(block.level.rawValue << 56 | block.order)
                key.blocks.append(block.specificity.ids << 40 | block.specificity.classes << 20 | block.specificity.types)
            case .inlineStyle:
                key.local += "\u{1}" + (dom.style(element) ?? "")
            case .presentationalHint:
                key.local += "\u{2}"
                for declaration in block.declarations {
                    key.local += "\(declaration.property):\(declaration.valueText)\(declaration.important ? "!" : "");"
                }
            }
        }
        key.ariaHidden = dom.ariaHidden(element)?.trimmedText.lowercased() == "true"
        key.inert = dom.isInert(element)
        if let known = shared[key] { return known }
        let style = shares.style(for: key) ?? shares.insert(compute(element, blocks: blocks, pseudo: nil, parent: parent), for: key)
        shared[key] = style
        return style
    }

    private func compute(_ element: Element, blocks: [MatchedBlock], pseudo: PseudoElement?, parent: ComputedStyle?) -> ComputedStyle {
        let (values, custom) = Cascade.resolve(blocks, parentCustom: parent?.box.values.customProperties ?? [:])
        let computer = StyleComputer(values: values, parent: parent, rootFontSize: rootFontSize, viewport: viewport, element: element, pseudo: pseudo)
        var style = computer.compute()
        style.mutableValues.customProperties = custom
        return style
    }

    // MARK: Visibility

    /// The render state of `element` (all are known once the page is prepared).
    func renderState(of element: Element) -> RenderState {
        prepare()
        return renderStates[element.documentOrder]!
    }

    /// display, visibility and content-visibility from the matched rules that can set them, as `StyleComputer`
    /// computes them; a `var()` among those declarations sends the element through the full style.
    private func computeRenderState(_ element: Element, parent: RenderState?) -> RenderState {
        var blocks = matches(element, state: []).own.compactMap { match in
            sheets[Int(match.sheet)].sheet.effects[Int(match.rule)].contains(.visibility) ? block(match) : nil
        }
        if let inline = dom.style(element), Self.mayDeclareVisibility(inline), let declarations = inlineStyle(element),
           declarations.contains(where: { SelectorIndex.declaration($0, mayAffect: SelectorIndex.visibilityProperties) }) {
            blocks.append(MatchedBlock(declarations: declarations, level: .inlineStyle, specificity: .zero, order: 0))
        }
        // The cascade's winner per property, as `Cascade.forEachInOrder` + last-wins would pick it.
        var display: CSSValue?, visibility: CSSValue?, contentVisibility: CSSValue?
        var displayRank: Cascade.Rank?, visibilityRank: Cascade.Rank?, contentVisibilityRank: Cascade.Rank?
        for block in blocks {
            for (position, declaration) in block.declarations.enumerated() {
                if case .pending = declaration.value {
                    if SelectorIndex.declaration(declaration, mayAffect: SelectorIndex.visibilityProperties) {
                        return RenderState(style(of: element, state: []))
                    }
                    continue
                }
                switch declaration.property {
                case "display":
                    let rank = Cascade.Rank(block, declaration, position)
                    if displayRank.map({ $0 < rank }) ?? true { display = declaration.value; displayRank = rank }
                case "visibility":
                    let rank = Cascade.Rank(block, declaration, position)
                    if visibilityRank.map({ $0 < rank }) ?? true { visibility = declaration.value; visibilityRank = rank }
                case "content-visibility":
                    let rank = Cascade.Rank(block, declaration, position)
                    if contentVisibilityRank.map({ $0 < rank }) ?? true { contentVisibility = declaration.value; contentVisibilityRank = rank }
                default: break
                }
            }
        }
        var state = RenderState()
        // Not inherited; initial `inline`.
        switch display {
        case .wide(.inherit)?: state.displayNone = parent?.displayNone ?? false
        case .keyword(let word)?: state.displayNone = word == "none"
        default: state.displayNone = false
        }
        // Inherited; initial `visible`.
        let inheritedVisible = parent?.visible ?? true
        switch visibility {
        case .wide(.initial)?: state.visible = true
        case .keyword(let word)?: state.visible = word == "visible"
        default: state.visible = inheritedVisible
        }
        // Not inherited; initial `visible`.
        switch contentVisibility {
        case .wide(.inherit)?: state.contentVisibilityHidden = parent?.contentVisibilityHidden ?? false
        case .keyword(let word)?: state.contentVisibilityHidden = word == "hidden"
        default: state.contentVisibilityHidden = false
        }
        state.inNoneSubtree = (parent?.inNoneSubtree ?? false) || state.displayNone
        state.inSkippedContent = parent.map { $0.inSkippedContent || $0.contentVisibilityHidden } ?? false
        state.ariaHiddenChain = (parent?.ariaHiddenChain ?? false) || dom.ariaHidden(element)?.trimmedText.lowercased() == "true"
        state.inertChain = (parent?.inertChain ?? false) || dom.isInert(element)
        return state
    }

    private static let visibilityNeedles: [[UInt8]] = ["display", "visibility", "all", "var(", "env("].map { Array($0.utf8) }
    private static let overflowNeedles: [[UInt8]] = ["overflow", "all", "var(", "env("].map { Array($0.utf8) }

    /// False when a `style` attribute cannot declare display, visibility, content-visibility, `all`
    /// or `var()`/`env()` (ASCII case-insensitive; an escape anywhere counts as "may").
    static func mayDeclareVisibility(_ text: String) -> Bool { mayDeclare(text, visibilityNeedles) }

    static func mayDeclare(_ text: String, _ needles: [[UInt8]]) -> Bool {
        // In place over the UTF-8 (no copies): pages carry an inline style on many elements.
        var text = text
        return text.withUTF8 { bytes in
            if bytes.contains(UInt8(ascii: "\\")) { return true }
            @inline(__always) func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
            for needle in needles where bytes.count >= needle.count {
                for start in 0...(bytes.count - needle.count) where lower(bytes[start]) == needle[0] {
                    var offset = 1
                    while offset < needle.count, lower(bytes[start + offset]) == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
            }
            return false
        }
    }

    /// False when no rule that may set `overflow` matches `element` and its `style` attribute cannot set it:
    /// its overflow is then `visible` on both axes (not inherited), so box rules need not compute its style.
    public func mayHaveOverflow(_ element: Element) -> Bool {
        measured {
            prepare()
            return facts[element.documentOrder].contains(.mayOverflow)
        }
    }

    /// Whether some rule that may set `content` on `element`'s `::before`/`::after` matches it in `state`:
    /// when none does, that pseudo-element generates nothing in that state, and its style need not be computed.
    public func mayGenerateContent(for element: Element, pseudo: PseudoElement, state: ElementState = []) -> Bool {
        measured { mayGenerateContent(element, pseudo: pseudo, state: state) }
    }

    private func mayGenerateContent(_ element: Element, pseudo: PseudoElement, state: ElementState) -> Bool {
        guard hasGeneratedContentRules else { return false }
        if state.isEmpty {
            prepare()
            switch pseudo {
            case .before: return facts[element.documentOrder].contains(.generatesBefore)
            case .after: return facts[element.documentOrder].contains(.generatesAfter)
            case .other: return false
            }
        }
        switch pseudo {
        case .before: return matches(element, state: state).generatesBefore
        case .after: return matches(element, state: state).generatesAfter
        case .other: return false
        }
    }

    // MARK: Matching

    /// A rule that matches an element: its sheet's position in `sheets`, its index there, and the highest
    /// specificity among its matching selectors.
    struct RuleMatch {
        let sheet: Int32
        let rule: Int32
        var specificity: Specificity
    }

    /// Every rule that matches an element in one state, found in one pass over its candidates and read by
    /// every question about it: its style and its pseudo-elements', whether it is rendered, may overflow or
    /// generates content. (Separate narrow passes for each question matched most elements five times.)
    struct Matches {
        var own: [RuleMatch] = []
        var before: [RuleMatch] = []
        var after: [RuleMatch] = []
        /// Some rule matching the element itself may set overflow.
        var mayOverflow = false
        /// Some rule matching its `::before` / `::after` may set `content`.
        var generatesBefore = false
        var generatesAfter = false
        /// Some structural selector matched (the element's style then depends on more than its signature).
        var hasStructural = false

        var matchesAnything: Bool { !own.isEmpty || !before.isEmpty || !after.isEmpty }

        var facts: NodeFacts {
            var facts: NodeFacts = []
            if mayOverflow { facts.insert(.mayOverflow) }
            if generatesBefore { facts.insert(.generatesBefore) }
            if generatesAfter { facts.insert(.generatesAfter) }
            return facts
        }

        /// Adds live structural matches, if any.
        mutating func add(structural live: Matches) {
            guard live.matchesAnything else { return }
            add(live)
            hasStructural = true
        }

        /// Adds the matches of other selectors (a rule keeps its highest specificity), keeping the lists sorted.
        mutating func add(_ other: Matches) {
            for (list, extra) in [(\Matches.own, other.own), (\Matches.before, other.before), (\Matches.after, other.after)] where !extra.isEmpty {
                for match in extra { PageStyles.merge(match, into: &self[keyPath: list], from: 0) }
                self[keyPath: list].sort { ($0.sheet, $0.rule) < ($1.sheet, $1.rule) }
            }
            mayOverflow = mayOverflow || other.mayOverflow
            generatesBefore = generatesBefore || other.generatesBefore
            generatesAfter = generatesAfter || other.generatesAfter
        }
    }

    private func matches(_ element: Element, state: ElementState) -> Matches {
        prepare()
        let order = element.documentOrder
        if state.isEmpty {
            if !structuralSheets.isEmpty, let known = structuralMatches[order] { return known }
            return profiles[order]!.matches
        }
        let index = table(state)
        if let known = stateTables[index].matches[order] { return known }
        let profile = profiles[order]!
        var found: Matches
        if let known = profile.matches(in: state.rawValue) {
            found = known
        } else {
            found = match(element, state: state, structural: false)
            profile.store(found, in: state.rawValue)
        }
        if !structuralSheets.isEmpty { found.add(structural: match(element, state: state, structural: true)) }
        stateTables[index].matches[order] = found
        return found
    }

    /// Gives every element its profile, in one pass in document order (parents first): its signature is
    /// hashed from its parent's, the run's table is asked once for the whole page, and only signatures no
    /// page met before are matched. Elements a structural selector matches (on this page, live) get their
    /// full matches here too, and lose purity for their subtree.
    private func prepare() {
        guard !prepared else { return }
        prepared = true
        let count = document.nodeCount
        pure = Array(repeating: true, count: count)
        var hashes = [SignatureHash](repeating: .zero, count: count)
        // The elements by position, their signatures alongside, and those with a `style` attribute.
        var orders: [Int] = [], signatures: [SignatureHash] = []
        orders.reserveCapacity(count)
        signatures.reserveCapacity(count)
        var inlineStyles: [(order: Int, style: String)] = []
        var seed = SignatureHasher()
        seed.combine(UInt64(shareContext))
        let root = seed.value
        // Per name id, looked up when first met: its hash, and whether signatures read it as an attribute.
        var names = [SignatureHash?](repeating: nil, count: document.nameCount)
        var reads = [SignatureRead](repeating: .unknown, count: document.nameCount)
        let readsByName = context.reads
        let styleName = dom.styleName ?? -1
        func hash(ofName id: Int32) -> SignatureHash {
            if let known = names[Int(id)] { return known }
            var hasher = SignatureHasher()
            hasher.combine(document.name(ofID: id))
            names[Int(id)] = hasher.value
            return hasher.value
        }
        for order in 0..<count where document.isElement(at: order) {
            let parent = document.parentOrder(at: order)
            var hasher = SignatureHasher(seed: parent >= 0 ? hashes[parent] : root)
            hasher.combine(hash(ofName: document.nameID(at: order)))
            var attributes = SignatureHash.zero
            document.forEachAttribute(at: order) { id, value in
                if id == styleName, inlineStyles.last?.order != order { inlineStyles.append((order, value)) }
                if reads[Int(id)] == .unknown {
                    reads[Int(id)] = readsByName[document.name(ofID: id)].map { $0 ? .value : .presence } ?? .ignored
                }
                guard reads[Int(id)] != .ignored else { return }
                var attribute = SignatureHasher(seed: hash(ofName: id))
                if reads[Int(id)] == .value { attribute.combine(value) }
                attributes = attributes &+ attribute.value
            }
            hasher.combine(attributes)
            hashes[order] = hasher.value
            orders.append(order)
            signatures.append(hasher.value)
        }
        var found = shares.profiles(for: signatures)
        if found.contains(where: { $0 == nil }) {
            var made: [SignatureHash: ElementProfile] = [:]
            for (index, signature) in signatures.enumerated() where found[index] == nil && made[signature] == nil {
                let element = document.element(at: orders[index])!
                made[signature] = ElementProfile(signature: signature, matches: match(element, state: [], structural: false))
            }
            // Another page may have stored some of them meanwhile: use the table's.
            for profile in shares.insert(Array(made.values)) { made[profile.signature] = profile }
            for index in found.indices where found[index] == nil { found[index] = made[signatures[index]] }
        }
        let elementProfiles = found.map { $0! }  // all known now, in the order of `orders`
        profiles = NodeSlots(count: count, orders: orders, values: elementProfiles)
        if !structuralSheets.isEmpty {
            for order in orders {
                let parent = document.parentOrder(at: order)
                if parent >= 0, !pure[parent] { pure[order] = false }
                let live = match(document.element(at: order)!, state: [], structural: true)
                guard live.matchesAnything else { continue }
                var full = profiles[order]!.matches
                full.add(structural: live)
                structuralMatches[order] = full
                pure[order] = false
            }
        }
        // Render states parent first (nearly every element is asked whether it is rendered); a pure
        // element's follows from its signature, so the profile hands it over.
        facts = Array(repeating: [], count: count)
        let hasStructuralMatches = !structuralMatches.isEmpty
        for (order, profile) in zip(orders, elementProfiles) {
            facts[order] = (hasStructuralMatches ? structuralMatches[order]?.facts : nil) ?? profile.facts
            // A `var()` may have computed it with the full style already.
            guard renderStates[order] == nil else { continue }
            if pure[order], let shared = profile.renderState {
                renderStates[order] = shared
            } else {
                let parent = document.parentOrder(at: order)
                let state = computeRenderState(document.element(at: order)!, parent: parent >= 0 ? renderStates[parent] : nil)
                if pure[order] { profile.renderState = state }
                renderStates[order] = state
            }
        }
        for (order, style) in inlineStyles where Self.mayDeclare(style, Self.overflowNeedles) { facts[order].insert(.mayOverflow) }
    }

    /// The matching rules of the sheets' chain-only or structural selectors, sorted by sheet and rule.
    private func match(_ element: Element, state: ElementState, structural: Bool) -> Matches {
        let filter = ancestorFilter(for: element)
        let matcher = SelectorMatcher(dom: dom)
        let tag = element.name
        // The user-agent sheet's structural selectors are all universal: no id or class lists needed for them.
        var keys: (id: String?, classes: [String])?
        var found = Matches()
        for sheetIndex in structural ? structuralSheets : allSheets {
            let pageSheet = sheets[sheetIndex]
            candidateBuffer.removeAll(keepingCapacity: true)
            if structural {
                let index = pageSheet.sheet.structuralIndex
                if index.readsIDOrClass, keys == nil { keys = (dom.id(element), dom.classes(element)) }
                index.candidates(tag: tag, id: keys?.id, classes: keys?.classes ?? [], into: &candidateBuffer)
            } else {
                if keys == nil { keys = (dom.id(element), dom.classes(element)) }
                pageSheet.sheet.index.candidates(tag: tag, id: keys?.id, classes: keys?.classes ?? [], into: &candidateBuffer)
            }
            guard !candidateBuffer.isEmpty else { continue }
            // One entry per rule, with the highest specificity among its matching selectors.
            let starts = (found.own.count, found.before.count, found.after.count)
            for entry in candidateBuffer {
                let selector = entry.selector
                if case .other? = selector.pseudoElement { continue }
                guard entry.media < 0 || pageSheet.mediaResults[Int(entry.media)],
                      matcher.matches(selector, element, state: state, filter: filter) else { continue }
                let match = RuleMatch(sheet: Int32(sheetIndex), rule: entry.rule, specificity: selector.specificity)
                switch selector.pseudoElement {
                case .before?:
                    Self.merge(match, into: &found.before, from: starts.1)
                    if entry.effects.contains(.content) { found.generatesBefore = true }
                case .after?:
                    Self.merge(match, into: &found.after, from: starts.2)
                    if entry.effects.contains(.content) { found.generatesAfter = true }
                default:
                    Self.merge(match, into: &found.own, from: starts.0)
                    if entry.effects.contains(.overflow) { found.mayOverflow = true }
                }
            }
            // (Not through key paths: projecting one is a runtime call, and this runs for every new signature.)
            let inOrder: (RuleMatch, RuleMatch) -> Bool = { ($0.sheet, $0.rule) < ($1.sheet, $1.rule) }
            if found.own.count > 1 { found.own.sort(by: inOrder) }
            if found.before.count > 1 { found.before.sort(by: inOrder) }
            if found.after.count > 1 { found.after.sort(by: inOrder) }
        }
        return found
    }

    fileprivate static func merge(_ match: RuleMatch, into list: inout [RuleMatch], from start: Int) {
        if let position = list[start...].firstIndex(where: { $0.sheet == match.sheet && $0.rule == match.rule }) {
            if list[position].specificity < match.specificity { list[position].specificity = match.specificity }
        } else {
            list.append(match)
        }
    }

    // MARK: Element signatures

    /// How an element's signature reads an attribute.
    private enum SignatureRead { case unknown, ignored, presence, value }

    /// What an element's signature reads under these sheets: the attributes their chain-only selectors read
    /// (`SelectorReads`), and those its style depends on besides (see `compute(_:state:parent:parentPure:)`).
    private static func signatureReads(of sheets: [PageSheet]) -> [String: Bool] {
        var always = ["id": true, "class": true, "style": true, "aria-hidden": true, "inert": false]
        for name in PresentationalHints.attributes { always[name] = true }
        return sheets.reduce(into: always) { reads, page in
            for (name, value) in page.sheet.signatureReads.attributes { reads[name] = (reads[name] ?? false) || value }
        }
    }

    /// A table indexed by this page's name ids (see `HTMLDocument.nameID`) from values by name; names the page
    /// never uses are left out.
    private func byNameID<T>(_ entries: [(name: String, value: T)]) -> [T?] {
        var table: [T?] = Array(repeating: nil, count: document.nameCount)
        for (name, value) in entries { if let id = document.nameID(name) { table[Int(id)] = value } }
        return table
    }

    private lazy var allSheets: [Int] = Array(sheets.indices)

    /// The sheets with a structural selector that can match on this page: one whose tags all occur in it.
    /// (The user-agent sheet's only one needs a `<details>`, which most pages lack.)
    private lazy var structuralSheets: [Int] = sheets.indices.filter { index in
        sheets[index].sheet.structuralSelectors.contains { $0.requiredTags.allSatisfy { !document.elements(named: $0).isEmpty } }
    }

    private func block(_ match: RuleMatch) -> MatchedBlock {
        let pageSheet = sheets[Int(match.sheet)]
        return MatchedBlock(declarations: pageSheet.sheet.rules[Int(match.rule)].declarations, level: pageSheet.level,
                            specificity: match.specificity, order: Int(match.sheet) << 24 | Int(match.rule))
    }

    /// The element's `style` attribute, parsed once.
    private func inlineStyle(_ element: Element) -> [Declaration]? {
        guard let inline = dom.style(element), !inline.isBlankText else { return nil }
        if let known = inlineDeclarations[element.documentOrder] { return known }
        let declarations = cache.declarations(inline: inline)
        inlineDeclarations[element.documentOrder] = declarations
        return declarations
    }

    private func matchedRules(_ element: Element, state: ElementState, pseudo: PseudoElement?) -> [RuleMatch] {
        let found = matches(element, state: state)
        switch pseudo {
        case nil: return found.own
        case .before?: return found.before
        case .after?: return found.after
        case .other?: return []
        }
    }

    private func matchedBlocks(_ element: Element, state: ElementState, pseudo: PseudoElement?) -> [MatchedBlock] {
        var result = matchedRules(element, state: state, pseudo: pseudo).map(block)
        guard pseudo == nil else { return result }
        let hints = presentationalHints(element)
        if !hints.isEmpty {
            result.append(MatchedBlock(declarations: hints, level: .presentationalHint, specificity: .zero, order: 0))
        }
        if let inline = inlineStyle(element) {
            result.append(MatchedBlock(declarations: inline, level: .inlineStyle, specificity: .zero, order: 0))
        }
        return result
    }

    /// Which of this page's name ids are presentational attributes.
    private lazy var hintAttributeIDs: [Void?] = byNameID(PresentationalHints.attributes.map { ($0, ()) })

    /// `PresentationalHints` for the element, parsed once per run like style attributes; most elements carry
    /// none of their attributes and skip the lookups.
    private func presentationalHints(_ element: Element) -> [Declaration] {
        var hasHintAttribute = false
        if element.hasAttributes { element.forEachAttribute { id, _ in if hintAttributeIDs[Int(id)] != nil { hasHintAttribute = true } } }
        guard hasHintAttribute else { return [] }
        let css = PresentationalHints.css(for: element)
        return css.isEmpty ? [] : cache.declarations(inline: css)
    }

    /// The rules that apply to `element` in `state`, from lowest to highest precedence (normal
    /// declarations' order). For explaining a finding ("color set by .note in site.css line 12").
    public func matchedRules(for element: Element, state: ElementState = [], pseudo: PseudoElement? = nil) -> [MatchedRule] {
        measured {
            _ = style(of: element, state: state)
            var matched: [(block: MatchedBlock, rule: MatchedRule)] = matchedRules(element, state: state, pseudo: pseudo).map { match in
                let pageSheet = sheets[Int(match.sheet)]
                let rule = pageSheet.sheet.rules[Int(match.rule)]
                return (block(match), MatchedRule(source: pageSheet.source, line: rule.line,
                                                  selector: rule.selectors.first { $0.specificity == match.specificity }?.text ?? "",
                                                  specificity: match.specificity, declarations: rule.declarations))
            }
            if pseudo == nil {
                let hints = presentationalHints(element)
                if !hints.isEmpty {
                    matched.append((MatchedBlock(declarations: hints, level: .presentationalHint, specificity: .zero, order: 0),
                                    MatchedRule(source: "presentational hint", line: element.line, selector: "", specificity: .zero, declarations: hints)))
                }
                if let inline = inlineStyle(element) {
                    matched.append((MatchedBlock(declarations: inline, level: .inlineStyle, specificity: .zero, order: 0),
                                    MatchedRule(source: "style attribute", line: element.line, selector: "", specificity: .zero, declarations: inline)))
                }
            }
            return matched.sorted {
                ($0.block.level.rawValue, $0.block.specificity, $0.block.order) < ($1.block.level.rawValue, $1.block.specificity, $1.block.order)
            }.map(\.rule)
        }
    }
}

/// Per-node values that many nodes never get (text nodes, elements no rule asks about): a slot per node
/// and the values packed. Dropping a page then releases only what was stored; a per-node array of
/// optional references cost a value-witness call per node when freed, a tenth of the CSS stage.
struct NodeSlots<Value> {
    private var slots: [Int32]
    private var values: [Value] = []

    /// - Parameter expected: how many values to make room for at once (growing reallocates and moves the
    ///   array, and a page's tables were growing theirs some thirty times).
    init(count: Int, expected: Int = 0) {
        slots = Array(repeating: -1, count: count)
        values.reserveCapacity(expected)
    }

    /// Every node of `orders` with its value, at once.
    init(count: Int, orders: [Int], values: [Value]) {
        slots = Array(repeating: -1, count: count)
        for (slot, order) in orders.enumerated() { slots[order] = Int32(slot) }
        self.values = values
    }

    /// Whether the node has a value (without copying it out).
    func contains(_ order: Int) -> Bool { slots[order] >= 0 }

    subscript(order: Int) -> Value? {
        get {
            let slot = slots[order]
            return slot < 0 ? nil : values[Int(slot)]
        }
        set {
            guard let newValue else { slots[order] = -1; return }
            let slot = slots[order]
            if slot >= 0 {
                values[Int(slot)] = newValue
            } else {
                slots[order] = Int32(values.count)
                values.append(newValue)
            }
        }
    }
}
