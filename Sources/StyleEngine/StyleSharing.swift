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

/// Computed styles shared by every page of a run. Gov sites are one template over many pages: the header,
/// menus and footer of the thousandth page cascade exactly as on the first, so their styles are computed
/// once. Pages keep a lock-free table of their own in front of this one.
///
/// Sound because a key names everything the cascade and `StyleComputer` read, by value or by numbers
/// never reused (sheet parses, shared styles); bounded: when full it starts over, which costs time only.
final class StyleShareTable: Sendable {
    private struct State {
        var styles: [ShareKey: ComputedStyle] = [:]
        var contexts: [Context: Int] = [:]
        var nextSerial = 0
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
            if state.styles.count >= capacity { state.styles.removeAll(keepingCapacity: true) }
            state.nextSerial += 1
            style.box.shareSerial = state.nextSerial
            state.styles[key] = style
            return style
        }
    }

    var count: Int { state.withLock { $0.styles.count } }
}
