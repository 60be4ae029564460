import Synchronization

/// What a computed style depends on: the page's sheets and viewport (one context number), the parent
/// style (by share serial), the root font size (rem), which rules matched with what specificity, the
/// inline and presentational declarations, and the two attributes `StyleComputer` reads. Equal keys give
/// equal styles on any page, so one table serves the whole run.
struct ShareKey: Hashable {
    var context: Int
    var parent: Int
    var rootFontSize: Double
    var blocks: [Int] = []
    var local: String = ""
    var ariaHidden = false
    var inert = false
}

/// Computed styles and selector matches shared by every page of a run. Gov sites are one template over
/// many pages: the header, menus and footer of the thousandth page match and cascade exactly as on the
/// first, so their rules are matched and their styles computed once. Pages keep lock-free tables of
/// their own in front of this one.
///
/// Sound because a key names everything the cascade and `StyleComputer` read, by value or by numbers
/// never reused (sheet parses, shared styles); bounded: when full it starts over, which costs time only.
final class StyleShareTable: Sendable {
    private struct State {
        var styles: [ShareKey: ComputedStyle] = [:]
        var contexts: [Context: Int] = [:]
        var nextSerial = 0
        var signatures: [SignatureKey: Int] = [:]
        var nextSignature = 0
        var matches: [MatchKey: PageStyles.Matches] = [:]
        var pureStyles: [PureKey: ComputedStyle] = [:]
    }

    struct PureKey: Hashable {
        var signature: Int
        var state: UInt8
        var rootFontSize: Double
    }

    /// An element as the chain-only selectors of a context see it: its parent's signature, its tag, and
    /// the id, class and attributes those selectors read, as `name` (presence) or `name=value`, sorted.
    struct SignatureKey: Hashable {
        var context: Int
        var parent: Int
        var tag: String
        var attributes: [String]
    }

    struct MatchKey: Hashable {
        var signature: Int
        var state: UInt8
    }

    /// A page's viewport and sheets in cascade order (by parse serial and level).
    struct Context: Hashable {
        var viewport: Viewport
        var sheets: [Int]
    }

    private let state = Mutex(State())
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The number naming `context` in this run.
    func number(for context: Context) -> Int {
        state.withLock { state in
            if let known = state.contexts[context] { return known }
            let number = state.contexts.count + 1
            state.contexts[context] = number
            return number
        }
    }

    func style(for key: ShareKey) -> ComputedStyle? {
        state.withLock { $0.styles[key] }
    }

    /// Stores `style` under `key` and returns what the table holds for it (another page's equal style
    /// when it got there first), with its share serial set.
    func insert(_ style: ComputedStyle, for key: ShareKey) -> ComputedStyle {
        state.withLock { state in
            if let known = state.styles[key] { return known }
            state.nextSerial += 1
            style.box.shareSerial = state.nextSerial
            state.styles.store(style, for: key, capacity: capacity)
            return style
        }
    }

    var count: Int { state.withLock { $0.styles.count } }

    /// The number naming `key` in this run (never reused, so a full table may start over safely).
    func signature(for key: SignatureKey) -> Int {
        state.withLock { state in
            if let known = state.signatures[key] { return known }
            state.nextSignature += 1
            state.signatures.store(state.nextSignature, for: key, capacity: capacity)
            return state.nextSignature
        }
    }

    /// The chain-only selectors' matches for an element with this signature, in this state.
    func matches(for key: MatchKey) -> PageStyles.Matches? {
        state.withLock { $0.matches[key] }
    }

    /// The style of an element whose signature, state and root font size are `key` and which no structural
    /// selector matched, nor any of its ancestors.
    func pureStyle(for key: PureKey) -> ComputedStyle? {
        state.withLock { $0.pureStyles[key] }
    }

    func store(pureStyle style: ComputedStyle, for key: PureKey) {
        state.withLock { $0.pureStyles.store(style, for: key, capacity: capacity) }
    }

    func store(_ matches: PageStyles.Matches, for key: MatchKey) {
        state.withLock { $0.matches.store(matches, for: key, capacity: capacity) }
    }
}

extension Dictionary {
    /// Stores `value` under `key`, first emptying a table that already holds `capacity` entries: run-wide
    /// caches stay bounded, and starting over costs only time.
    mutating func store(_ value: Value, for key: Key, capacity: Int) {
        if count >= capacity, self[key] == nil { removeAll(keepingCapacity: true) }
        self[key] = value
    }
}
