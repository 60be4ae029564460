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

/// The styles of one page: sheets are gathered on first use, and an element's style is computed
/// only when asked, memoised per element and state. Ancestors are computed iteratively (walk up to
/// the nearest memoised ancestor, then down), so deep pages never recurse.
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

    private var memo: [Int: ComputedStyle] = [:]
    private var filters: [Int: AncestorFilter] = [:]
    private var rootFontSize: Double = 16
    private var candidateBuffer: [SelectorIndex.Entry] = []

    private lazy var collected: (sheets: [PageSheet], diagnostics: [StyleDiagnostic]) = {
        var collector = SheetCollector(document: document, pagePath: pagePath, siteRoot: siteRoot,
                                       viewport: viewport, cache: cache, loader: loader)
        collector.collect()
        let ua = UserAgentStyleSheet.sheet
        let uaSheet = PageSheet(sheet: ua, level: .userAgent, source: "user agent",
                                mediaResults: ua.mediaContexts.map { $0.allSatisfy { $0.matches(viewport) } })
        return ([uaSheet] + collector.sheets, collector.diagnostics)
    }()

    /// - Parameters:
    ///   - pagePath: the page's path, used to resolve relative `href`s (e.g. `news/2024/a.html`).
    ///   - siteRoot: where root-relative URLs (`/css/site.css`) point; nil leaves them unloaded.
    ///   - cache: share one cache across the pages of a run so common sheets are parsed once.
    ///   - loader: reads a resolved path; nil loads no external sheet (inline `<style>` still applies).
    public init(document: HTMLDocument, pagePath: String = "", siteRoot: String? = nil, viewport: Viewport = .desktop,
                cache: StyleSheetCache? = nil, loader: StyleSheetLoader? = nil) {
        self.document = document
        self.pagePath = pagePath
        self.siteRoot = siteRoot
        self.viewport = viewport
        self.cache = cache ?? StyleSheetCache()
        self.loader = loader
        self.dom = DOMCache(document: document)
    }

    /// What could not be loaded, and why.
    public var diagnostics: [StyleDiagnostic] { collected.diagnostics }

    /// Sources of the author sheets in cascade order.
    public var sheetSources: [String] { collected.sheets.dropFirst().map(\.source) }

    /// The computed style of `element` in `state` (e.g. `.keyboardFocus`), or of its `::before`/`::after`.
    public func computed(for element: Element, state: ElementState = [], pseudo: PseudoElement? = nil) -> ComputedStyle {
        let own = style(of: element, state: state)
        guard let pseudo else { return own }
        return compute(element, state: state, pseudo: pseudo, parent: own, filter: filters[element.documentOrder])
    }

    private static func key(_ element: Element, _ state: ElementState) -> Int { element.documentOrder << 8 | Int(state.rawValue) }

    private func style(of element: Element, state: ElementState) -> ComputedStyle {
        if let known = memo[Self.key(element, state)] { return known }
        // Walk up to the nearest memoised ancestor; ancestors are in the state the subject's implies.
        var chain: [(Element, ElementState)] = [(element, state)]
        let ancestorState = state.forAncestors
        var cursor = element.parent
        var parentStyle: ComputedStyle?
        while let ancestor = cursor {
            if let known = memo[Self.key(ancestor, ancestorState)] { parentStyle = known; break }
            chain.append((ancestor, ancestorState))
            cursor = ancestor.parent
        }
        var result = ComputedStyle()
        for (node, nodeState) in chain.reversed() {
            let filter = ancestorFilter(for: node)
            result = compute(node, state: nodeState, pseudo: nil, parent: parentStyle, filter: filter)
            if node.parent == nil { rootFontSize = result.fontSize }
            memo[Self.key(node, nodeState)] = result
            parentStyle = result
        }
        return result
    }

    /// The Bloom filter of `element`'s ancestors, from its parent's (computed top-down, so the
    /// parent's is known whenever the parent's style is).
    private func ancestorFilter(for element: Element) -> AncestorFilter? {
        if let known = filters[element.documentOrder] { return known }
        var filter = AncestorFilter()
        if let parent = element.parent {
            guard let parentFilter = filters[parent.documentOrder] else { return nil }
            filter = parentFilter
            filter.insert(AncestorFilter.key(parent.name, kind: 0))
            if let id = parent.attribute("id") { filter.insert(AncestorFilter.key(id, kind: 1)) }
            for name in dom.classes(parent) { filter.insert(AncestorFilter.key(name, kind: 2)) }
        }
        filters[element.documentOrder] = filter
        return filter
    }

    private func compute(_ element: Element, state: ElementState, pseudo: PseudoElement?, parent: ComputedStyle?, filter: AncestorFilter?) -> ComputedStyle {
        let blocks = matchedBlocks(element, state: state, pseudo: pseudo, filter: filter, explain: false)
        let (values, custom) = Cascade.resolve(Cascade.ordered(blocks.map(\.block)), parentCustom: parent?.customProperties ?? [:])
        let computer = StyleComputer(values: values, parent: parent, rootFontSize: rootFontSize, viewport: viewport, element: element, pseudo: pseudo)
        var style = computer.compute()
        style.customProperties = custom
        return style
    }

    // MARK: Matching

    private func matchedBlocks(_ element: Element, state: ElementState, pseudo: PseudoElement?, filter: AncestorFilter?, explain: Bool)
        -> [(block: MatchedBlock, rule: MatchedRule?)] {
        var result: [(block: MatchedBlock, rule: MatchedRule?)] = []
        let matcher = SelectorMatcher(dom: dom)
        let id = element.attribute("id")
        let classes = dom.classes(element)
        let tag = element.name
        for (sheetIndex, pageSheet) in collected.sheets.enumerated() {
            candidateBuffer.removeAll(keepingCapacity: true)
            pageSheet.sheet.index.candidates(tag: tag, id: id, classes: classes, into: &candidateBuffer)
            guard !candidateBuffer.isEmpty else { continue }
            // One block per rule, with the highest specificity among its matching selectors.
            var best: [Int32: Specificity] = [:]
            for entry in candidateBuffer {
                let rule = pageSheet.sheet.rules[Int(entry.rule)]
                let selector = rule.selectors[Int(entry.selector)]
                guard selector.pseudoElement == pseudo, pageSheet.ruleApplies(rule),
                      matcher.matches(selector, element, state: state, filter: filter) else { continue }
                if let known = best[entry.rule], known >= selector.specificity { continue }
                best[entry.rule] = selector.specificity
            }
            for (ruleIndex, specificity) in best {
                let rule = pageSheet.sheet.rules[Int(ruleIndex)]
                let order = sheetIndex << 24 | Int(ruleIndex)
                let explanation = explain ? MatchedRule(source: pageSheet.source, line: rule.line,
                                                        selector: rule.selectors.first { $0.specificity == specificity }?.text ?? "",
                                                        specificity: specificity, declarations: rule.declarations) : nil
                result.append((MatchedBlock(declarations: rule.declarations, level: pageSheet.level, specificity: specificity, order: order),
                               explanation))
            }
        }
        guard pseudo == nil else { return result }
        let hints = PresentationalHints.declarations(for: element)
        if !hints.isEmpty {
            result.append((MatchedBlock(declarations: hints, level: .presentationalHint, specificity: .zero, order: 0),
                           MatchedRule(source: "presentational hint", line: element.line, selector: "", specificity: .zero, declarations: hints)))
        }
        if let inline = element.attribute("style"), !inline.isBlankText {
            let declarations = CSSParser.parseDeclarationList(inline)
            result.append((MatchedBlock(declarations: declarations, level: .inlineStyle, specificity: .zero, order: 0),
                           MatchedRule(source: "style attribute", line: element.line, selector: "", specificity: .zero, declarations: declarations)))
        }
        return result
    }

    /// The rules that apply to `element` in `state`, from lowest to highest precedence (normal
    /// declarations' order). For explaining a finding ("color set by .note in site.css line 12").
    public func matchedRules(for element: Element, state: ElementState = [], pseudo: PseudoElement? = nil) -> [MatchedRule] {
        _ = style(of: element, state: state)
        let matched = matchedBlocks(element, state: state, pseudo: pseudo, filter: filters[element.documentOrder], explain: true)
        return matched.sorted {
            ($0.block.level.rawValue, $0.block.specificity, $0.block.order) < ($1.block.level.rawValue, $1.block.specificity, $1.block.order)
        }.compactMap(\.rule)
    }
}
