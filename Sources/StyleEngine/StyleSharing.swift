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
        var contexts: [Context: ContextInfo] = [:]
        var nextSerial = 0
        var profiles: ProfileTable
    }

    /// A page's viewport and sheets in cascade order (by parse serial and level).
    struct Context: Hashable {
        var viewport: Viewport
        var sheets: [Int]
    }

    private let state: Mutex<State>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        state = Mutex(State(profiles: ProfileTable(capacity: self.capacity)))
    }

    /// A context's number in this run, and the attributes element signatures read under it (by name:
    /// whether the value matters), which `reads` works out the first time.
    struct ContextInfo: Sendable {
        var number: Int
        var reads: [String: Bool]
    }

    func info(for context: Context, reads: () -> [String: Bool]) -> ContextInfo {
        state.withLock { state in
            if let known = state.contexts[context] { return known }
            let info = ContextInfo(number: state.contexts.count + 1, reads: reads())
            state.contexts[context] = info
            return info
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
    var profileCount: Int { state.withLock { $0.profiles.count } }

    /// The profiles known for these signatures (nil where none is), under one lock for a whole page.
    func profiles(for signatures: [SignatureHash]) -> [ElementProfile?] {
        state.withLock { state in signatures.map { state.profiles.find($0) } }
    }

    /// Stores new profiles and returns what the table holds for each (another page's when it got there first).
    func insert(_ profiles: [ElementProfile]) -> [ElementProfile] {
        state.withLock { state in
            profiles.map { profile in
                if let known = state.profiles.find(profile.signature) { return known }
                state.profiles.insert(profile)
                return profile
            }
        }
    }
}

/// Profiles by signature, in open addressing: a signature is already a uniform hash, so its first word
/// picks the slot (a Dictionary would hash it again, and that was most of a page's lookups). Grows by
/// doubling; holding `capacity` profiles, it starts over like the run's other tables.
struct ProfileTable {
    private var slots: [ElementProfile?] = Array(repeating: nil, count: 64)
    private(set) var count = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func find(_ signature: SignatureHash) -> ElementProfile? {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: signature.first) & mask
        while let profile = slots[index] {
            if profile.signature == signature { return profile }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Adds a profile whose signature is not in the table.
    mutating func insert(_ profile: ElementProfile) {
        if count >= capacity {
            slots = Array(repeating: nil, count: 64)
            count = 0
        } else if 2 * (count + 1) > slots.count {
            let old = slots
            slots = Array(repeating: nil, count: slots.count * 2)
            for case let moved? in old { place(moved) }
        }
        place(profile)
        count += 1
    }

    private mutating func place(_ profile: ElementProfile) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: profile.signature.first) & mask
        while slots[index] != nil { index = (index + 1) & mask }
        slots[index] = profile
    }
}

/// What follows from an element's signature (`SignatureHash`: the page's sheets and viewport, the tags of
/// its ancestors and itself and the attributes selectors or the cascade read): the rules its chain-only
/// selectors match, and, while neither it nor an ancestor matched a structural selector (it is "pure"),
/// its render state and computed styles. Built by the first page that meets the signature, read by the rest.
final class ElementProfile: Sendable {
    // What every page reads of every profile comes first, next to the reference count, so preparing a
    // page mostly touches one cache line per profile (they are scattered across the run's heap).
    let signature: SignatureHash
    let facts: NodeFacts
    /// The pure render state, packed, plus 0x100 once known: read for nearly every element, so lock-free.
    private let packedRenderState = Atomic<UInt16>(0)
    /// The first style stored in the normal state and in another state: each page asks for them, so they
    /// are read without the lock (a page with another root font size, or a third state, takes it). The
    /// normal one is the style's own box, its root font size claimed beside it first: one pointer less to
    /// follow for nearly every element of every page.
    private let normalRootFontSize = Atomic<UInt64>(0)
    private let firstNormalStyle = OnceReference<ComputedStyle.Box>()
    private let firstStateStyle = OnceReference<StoredStyle>()
    /// Chain-only matches in the normal state, and what they say about overflow and generated content.
    let matches: PageStyles.Matches
    private let derived = Mutex(Derived())

    private struct Derived {
        var stateMatches: [UInt8: PageStyles.Matches] = [:]
        var styles: [StoredStyle] = []
    }

    /// A claimed root font size (0.0 is stored as -0.0, so 0 means unclaimed).
    private static func size(_ bits: UInt64) -> Double { Double(bitPattern: bits) }

    private final class StoredStyle: Sendable {
        let state: UInt8
        let rootFontSize: Double
        let style: ComputedStyle

        init(state: UInt8, rootFontSize: Double, style: ComputedStyle) {
            (self.state, self.rootFontSize, self.style) = (state, rootFontSize, style)
        }

        func isFor(_ state: UInt8, _ rootFontSize: Double) -> Bool { self.state == state && self.rootFontSize == rootFontSize }
    }

    init(signature: SignatureHash, matches: PageStyles.Matches) {
        self.signature = signature
        self.matches = matches
        facts = matches.facts
    }

    /// The render state of a pure element with this signature.
    var renderState: RenderState? {
        get {
            let packed = packedRenderState.load(ordering: .acquiring)
            return packed == 0 ? nil : RenderState(packed: UInt8(truncatingIfNeeded: packed))
        }
        set {
            guard let newValue else { return }
            packedRenderState.store(0x100 | UInt16(newValue.packed), ordering: .releasing)
        }
    }

    /// Chain-only matches in a dynamic state.
    func matches(in state: UInt8) -> PageStyles.Matches? { derived.withLock { $0.stateMatches[state] } }

    func store(_ matches: PageStyles.Matches, in state: UInt8) { derived.withLock { $0.stateMatches[state] = matches } }

    /// The style of a pure element with this signature, in `state`, under this root font size.
    func style(in state: UInt8, rootFontSize: Double) -> ComputedStyle? {
        if state == 0 {
            // The size is claimed before the box is published: a box seen means its size is there.
            if let box = firstNormalStyle.load(), Self.size(normalRootFontSize.load(ordering: .relaxed)) == rootFontSize {
                return ComputedStyle(box: box)
            }
        } else if let first = firstStateStyle.load(), first.isFor(state, rootFontSize) {
            return first.style
        }
        return derived.withLock { derived in derived.styles.first { $0.isFor(state, rootFontSize) }?.style }
    }

    func store(_ style: ComputedStyle, in state: UInt8, rootFontSize: Double) {
        if state == 0 {
            // Only the page that claims the slot fills it, so the size and the box always agree.
            let bits = rootFontSize.bitPattern == 0 ? (-0.0 as Double).bitPattern : rootFontSize.bitPattern
            if normalRootFontSize.compareExchange(expected: 0, desired: bits, ordering: .relaxed).exchanged {
                _ = firstNormalStyle.storeIfNil(style.box)
                return
            }
        }
        let stored = StoredStyle(state: state, rootFontSize: rootFontSize, style: style)
        if state != 0, firstStateStyle.storeIfNil(stored) === stored { return }
        derived.withLock { derived in
            // Bounded like the run's tables: a page's states and root font sizes are few.
            if derived.styles.count >= 16 { derived.styles.removeAll() }
            derived.styles.append(stored)
        }
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

/// A reference set at most once and read without a lock. (`AtomicLazyReference` does this too, but its
/// `load` is an unspecialised call into the runtime: some 500 instructions a read, more than the lock.)
struct OnceReference<Instance: AnyObject>: ~Copyable {
    private let bits = Atomic<UInt>(0)

    init() {}

    func load() -> Instance? {
        let value = bits.load(ordering: .acquiring)
        return value == 0 ? nil : Self.instance(value).takeUnretainedValue()
    }

    /// Stores `instance` unless the slot holds one; returns what it holds.
    func storeIfNil(_ instance: Instance) -> Instance {
        let new = UInt(bitPattern: Unmanaged.passRetained(instance).toOpaque())
        let (exchanged, original) = bits.compareExchange(expected: 0, desired: new, ordering: .acquiringAndReleasing)
        if exchanged { return instance }
        Self.instance(new).release()
        return Self.instance(original).takeUnretainedValue()
    }

    deinit {
        let value = bits.load(ordering: .acquiring)
        if value != 0 { Self.instance(value).release() }
    }

    private static func instance(_ value: UInt) -> Unmanaged<Instance> {
        Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: value)!)
    }
}

/// The slot only hands its instance to other threads, as `AtomicLazyReference` does.
extension OnceReference: @unchecked Sendable where Instance: Sendable {}
