/// Selector specificity (ids, classes/attributes/pseudo-classes, types/pseudo-elements).
public struct Specificity: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var ids: Int
    public var classes: Int
    public var types: Int

    public init(_ ids: Int, _ classes: Int, _ types: Int) {
        self.ids = ids; self.classes = classes; self.types = types
    }

    public static let zero = Specificity(0, 0, 0)

    public static func < (lhs: Specificity, rhs: Specificity) -> Bool {
        (lhs.ids, lhs.classes, lhs.types) < (rhs.ids, rhs.classes, rhs.types)
    }

    static func + (lhs: Specificity, rhs: Specificity) -> Specificity {
        Specificity(lhs.ids + rhs.ids, lhs.classes + rhs.classes, lhs.types + rhs.types)
    }

    public var description: String { "(\(ids),\(classes),\(types))" }
}

/// Dynamic states a rule can ask about (`styles.computed(for: link, state: .keyboardFocus)`).
public struct ElementState: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let hover = ElementState(rawValue: 1)
    public static let focus = ElementState(rawValue: 2)
    public static let focusVisible = ElementState(rawValue: 4)
    public static let focusWithin = ElementState(rawValue: 8)
    public static let active = ElementState(rawValue: 16)
    public static let visited = ElementState(rawValue: 32)

    /// Focus reached by keyboard: both `:focus` and `:focus-visible` match.
    public static let keyboardFocus: ElementState = [.focus, .focusVisible]

    /// The state ancestors are in when the subject is in this state: hover and active propagate up,
    /// focus becomes focus-within.
    var forAncestors: ElementState {
        var result = intersection([.hover, .active, .focusWithin])
        if contains(.focus) || contains(.focusVisible) { result.insert(.focusWithin) }
        return result
    }
}

public enum PseudoElement: Hashable, Sendable {
    case before, after
    /// `::marker`, `::placeholder`, `::selection`, vendor pseudo-elements…: parsed, never applied to elements.
    case other(String)
}

public enum Combinator: Sendable {
    case descendant, child, nextSibling, subsequentSibling
}

public enum AttributeOperator: Sendable {
    case exists, equals, includes, dashMatch, prefix, suffix, substring
}

struct AttributeSelector: Sendable {
    var name: String
    var operation: AttributeOperator
    var value: String
    /// nil: HTML's default (case-insensitive for a fixed list of attributes such as `type`).
    var caseInsensitive: Bool?
}

/// An+B.
struct NthPattern: Sendable, Equatable {
    var a: Int
    var b: Int

    func matches(_ position: Int) -> Bool {
        if a == 0 { return position == b }
        let offset = position - b
        return offset % a == 0 && offset / a >= 0
    }
}

indirect enum PseudoClass: Sendable {
    case firstChild, lastChild, onlyChild, firstOfType, lastOfType, onlyOfType
    case nthChild(NthPattern, of: [ComplexSelector]?), nthLastChild(NthPattern, of: [ComplexSelector]?)
    case nthOfType(NthPattern), nthLastOfType(NthPattern)
    case not([ComplexSelector]), isAny([ComplexSelector]), whereAny([ComplexSelector]), has([ComplexSelector])
    case root, empty, link, anyLink, visited, checked, disabled, enabled, lang([String])
    case required, optional, readOnly, readWrite, placeholderShown, defaultOption, open
    case state(ElementState)
    /// Known pseudo-classes that never match a static page (`:target`, `:invalid`, `:fullscreen`…).
    case never
    /// Known pseudo-classes that always match a static page (`:defined`, `:valid`…).
    case always
    /// The element a `:has()` argument is relative to.
    case hasAnchor
}

struct CompoundSelector: Sendable {
    var tag: String?
    var ids: [String] = []
    var classes: [String] = []
    var attributes: [AttributeSelector] = []
    var pseudoClasses: [PseudoClass] = []

    var isEmpty: Bool { tag == nil && ids.isEmpty && classes.isEmpty && attributes.isEmpty && pseudoClasses.isEmpty }
}

/// A complex selector stored right to left: `compounds[0]` is the subject, `combinators[i]` joins
/// `compounds[i]` to the compound on its left, `compounds[i + 1]`.
/// A class, immutable: the matcher hands selectors around for every candidate of every element, and a
/// reference is one retain where the struct's arrays and strings were half a dozen.
public final class ComplexSelector: Sendable {
    let compounds: [CompoundSelector]
    let combinators: [Combinator]
    public let specificity: Specificity
    public let pseudoElement: PseudoElement?
    /// Dynamic states named anywhere in the selector; empty for static selectors.
    public let states: ElementState
    /// The selector as written (for diagnostics).
    public let text: String
    /// Bloom-filter keys of ids, classes and tags that must be on ancestors (see `AncestorFilter`).
    let ancestorKeys: [UInt32]
    /// What matching reads besides tags, ids and classes of the element and its ancestors (see `SelectorReads`).
    let reads: SelectorReads
    /// Tags some element must have for the selector to match anything (`details` in `details > p`).
    let requiredTags: [String]

    init(compounds: [CompoundSelector], combinators: [Combinator], pseudoElement: PseudoElement?, text: String) {
        self.compounds = compounds
        self.combinators = combinators
        self.pseudoElement = pseudoElement
        self.text = text
        self.reads = SelectorReads(compounds: compounds, combinators: combinators)
        self.requiredTags = compounds.compactMap(\.tag)
        var specificity = compounds.reduce(Specificity.zero) { $0 + Self.specificity(of: $1) }
        if pseudoElement != nil { specificity.types += 1 }
        self.specificity = specificity
        self.states = compounds.reduce(ElementState()) { $0.union(Self.states(in: $1)) }
        var keys: [UInt32] = []
        for position in 1..<max(compounds.count, 1) where combinators[position - 1] == .descendant || combinators[position - 1] == .child {
            let compound = compounds[position]
            if let tag = compound.tag { keys.append(AncestorFilter.key(tag, kind: 0)) }
            keys += compound.ids.map { AncestorFilter.key($0, kind: 1) }
            keys += compound.classes.map { AncestorFilter.key($0, kind: 2) }
        }
        ancestorKeys = Array(keys.prefix(6))
    }

    static func specificity(of compound: CompoundSelector) -> Specificity {
        var result = Specificity(compound.ids.count, compound.classes.count + compound.attributes.count, compound.tag == nil ? 0 : 1)
        for pseudo in compound.pseudoClasses {
            switch pseudo {
            case .isAny(let list), .not(let list), .has(let list):
                result = result + (list.map(\.specificity).max() ?? .zero)
            case .nthChild(_, let list), .nthLastChild(_, let list):
                result = result + Specificity(0, 1, 0) + (list?.map(\.specificity).max() ?? .zero)
            case .hasAnchor, .whereAny:
                break
            default:
                result.classes += 1
            }
        }
        return result
    }

    private static func states(in compound: CompoundSelector) -> ElementState {
        var result = ElementState()
        for pseudo in compound.pseudoClasses {
            switch pseudo {
            case .state(let state): result.formUnion(state)
            case .visited: result.insert(.visited)
            case .isAny(let list), .whereAny(let list), .not(let list), .has(let list),
                 .nthChild(_, of: let list?), .nthLastChild(_, of: let list?):
                for selector in list { result.formUnion(selector.states) }
            default: break
            }
        }
        return result
    }
}

/// Fixed-size Bloom filter of the ids, classes and tags of an element's ancestors: a cheap "cannot
/// match" test before walking up the tree for descendant selectors (the idea browsers use).
struct AncestorFilter: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// FNV-1a of a kind byte and the name: deterministic across runs.
    static func key(_ name: String, kind: UInt8) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        hash = (hash ^ UInt32(kind)) &* 16_777_619
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    mutating func insert(_ key: UInt32) {
        set(Int(key & 0xFF)); set(Int((key >> 8) & 0xFF))
    }

    func mightContain(_ key: UInt32) -> Bool { test(Int(key & 0xFF)) && test(Int((key >> 8) & 0xFF)) }

    private mutating func set(_ bit: Int) {
        let mask = UInt64(1) << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: bits.0 |= mask
        case 1: bits.1 |= mask
        case 2: bits.2 |= mask
        default: bits.3 |= mask
        }
    }

    private func test(_ bit: Int) -> Bool {
        let mask = UInt64(1) << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: return bits.0 & mask != 0
        case 1: return bits.1 & mask != 0
        case 2: return bits.2 & mask != 0
        default: return bits.3 & mask != 0
        }
    }
}

/// What a selector's match depends on beyond the tag, id and class of the element and its ancestors: the
/// attributes it reads on them (by presence, or by value), and whether it looks sideways or down the tree
/// (sibling combinators, `:nth-child`, `:empty`, `:has`, the fieldset-and-legend rule of `:disabled`…).
/// Selectors that do neither give the same answer for any two elements whose ancestor chains agree on
/// tags, ids, classes and those attributes, which is what lets pages share matching (`ElementSignatures`).
struct SelectorReads: Sendable {
    /// Attribute name → whether its value matters (false: only presence).
    var attributes: [String: Bool] = [:]
    var dependsOnStructure = false

    init() {}

    init(compounds: [CompoundSelector], combinators: [Combinator]) {
        if combinators.contains(where: { $0 == .nextSibling || $0 == .subsequentSibling }) { dependsOnStructure = true }
        for compound in compounds {
            for attribute in compound.attributes { read(attribute.name, value: attribute.operation != .exists) }
            for pseudo in compound.pseudoClasses { add(pseudo) }
        }
    }

    mutating func read(_ name: String, value: Bool) {
        attributes[name] = (attributes[name] ?? false) || value
    }

    mutating func formUnion(_ other: SelectorReads) {
        for (name, value) in other.attributes { read(name, value: value) }
        if other.dependsOnStructure { dependsOnStructure = true }
    }

    /// Mirrors `SelectorMatcher`'s pseudo-class cases: what each reads.
    private mutating func add(_ pseudo: PseudoClass) {
        switch pseudo {
        case .firstChild, .lastChild, .onlyChild, .firstOfType, .lastOfType, .onlyOfType, .nthChild, .nthLastChild,
             .nthOfType, .nthLastOfType, .has, .hasAnchor, .empty,
             // The first legend of a disabled fieldset, textarea content: beyond the ancestor chain.
             .disabled, .enabled, .readOnly, .readWrite, .placeholderShown:
            dependsOnStructure = true
        case .not(let list), .isAny(let list), .whereAny(let list):
            for selector in list { formUnion(selector.reads) }
        case .link, .anyLink, .visited:
            read("href", value: false)
        case .checked, .defaultOption:
            read("type", value: true)
            read("checked", value: false)
            read("selected", value: false)
        case .lang:
            read("lang", value: true)
            read("xml:lang", value: true)
        case .required, .optional:
            read("required", value: false)
        case .open:
            read("open", value: false)
        case .root, .state, .never, .always:
            break
        }
    }
}
