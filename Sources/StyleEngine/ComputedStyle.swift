/// A size as computed: px when known, a percentage when its basis needs layout.
public enum Dimension: Hashable, Sendable {
    case auto
    case px(Double)
    /// `percent`% + `plusPx` (from `calc(100% - 20px)`); the containing block decides.
    case percent(Double, plusPx: Double)
    /// `none`, `min-content`, `fit-content`…
    case keyword(String)
    /// A value wza could not resolve (e.g. `min()` of a percentage and a length).
    case unknown

    public var pixels: Double? { if case .px(let value) = self { value } else { nil } }
}

public enum LineHeight: Hashable, Sendable {
    case normal
    /// A unitless multiplier: inherited as a number, so children scale with their own font size.
    case multiple(Double)
    case px(Double)

    /// Used line height in px; `normal` is taken as 1.2 × font size (typical fonts).
    public func pixels(fontSize: Double) -> Double {
        switch self {
        case .normal: 1.2 * fontSize
        case .multiple(let factor): factor * fontSize
        case .px(let value): value
        }
    }
}

public struct Edges<Value: Hashable & Sendable>: Hashable, Sendable {
    public var top: Value
    public var right: Value
    public var bottom: Value
    public var left: Value

    init(_ value: Value) { top = value; right = value; bottom = value; left = value }
}

public struct BorderSide: Hashable, Sendable {
    public var style = "none"
    /// 0 when the style is `none` or `hidden`.
    public var width: Double = 0
    public var color: RGBA? = .black
}

public struct Outline: Hashable, Sendable {
    public var style = "none"
    /// 0 when the style is `none`.
    public var width: Double = 0
    public var color: RGBA? = .black
    public var offset: Double = 0

    /// An outline is drawn (style not none, positive width, colour not fully transparent).
    public var isVisible: Bool { style != "none" && width > 0 && (color.map { !$0.isTransparent } ?? true) }
}

public struct Transform: Hashable, Sendable {
    public var isNone = true
    /// Total rotation in degrees, normalised to (-180, 180]; nil when the transform cannot be read.
    public var rotation: Double? = 0
}

/// `content` of `::before` / `::after`.
public struct GeneratedContent: Hashable, Sendable {
    public var text: String
    public var hasImage: Bool
    /// Alternative text after `/` (`content: url(x) / "说明"`), when given.
    public var alternativeText: String?
}

/// Why an element is hidden from sight but kept for screen readers (the "sr-only" patterns).
public enum VisuallyHiddenReason: Hashable, Sendable {
    /// Absolutely positioned with `clip: rect(0 0 0 0)`-like clipping, or `clip-path: inset(50%)`.
    case clipped
    /// At most 1×1 px with overflow hidden.
    case tinyBox
    /// Positioned at ≤ -999px.
    case offScreen
    /// `text-indent` ≤ -999px.
    case textIndent
}

/// The computed values wza's rules need. Built lazily per element (and state), never for the whole page.
/// Stored copy-on-write in one box: handing a style out, memoising it or using it as a parent is one
/// retain, however many fields it has.
public struct ComputedStyle: @unchecked Sendable {
    /// The plain fields (computed into directly by `StyleComputer`).
    struct Values {
        // Colour and paint
        var color: RGBA? = .black
        var backgroundColor: RGBA? = .transparent
        var hasBackgroundImage: Bool = false
        var opacity: Double = 1
        var effectiveOpacity: Double = 1
        var hasTextShadow: Bool = false
        var hasBoxShadow: Bool = false
        // Text
        var fontSize: Double = 16
        var fontWeight: Double = 400
        var fontStyle: String = "normal"
        var fontFamily: String?
        var lineHeight: LineHeight = .normal
        var letterSpacing: Double = 0
        var wordSpacing: Double = 0
        var textIndent: Dimension = .px(0)
        var textAlign: String = "start"
        var textTransform: String = "none"
        var whiteSpace: String = "normal"
        var textOverflow: String = "clip"
        var textDecorationLine: Set<String> = []
        var textDecorationsInEffect: Set<String> = []
        var textDecorationColor: RGBA? = .black
        // Box
        var display: String = "inline"
        var visibility: String = "visible"
        var contentVisibility: String = "visible"
        var position: String = "static"
        var zIndex: Int?
        var overflowX: String = "visible"
        var overflowY: String = "visible"
        var width: Dimension = .auto
        var height: Dimension = .auto
        var minWidth: Dimension = .auto
        var minHeight: Dimension = .auto
        var maxWidth: Dimension = .keyword("none")
        var maxHeight: Dimension = .keyword("none")
        var top: Dimension = .auto
        var right: Dimension = .auto
        var bottom: Dimension = .auto
        var left: Dimension = .auto
        var margin: Edges<Dimension> = Edges<Dimension>(.px(0))
        var padding: Edges<Dimension> = Edges<Dimension>(.px(0))
        var border: Edges<BorderSide> = Edges(BorderSide())
        var outline: Outline = Outline()
        var transform: Transform = Transform()
        var clipRect: [Double?]?
        var clipPath: String?
        var pointerEvents: String = "auto"
        var cursor: String = "auto"
        var content: GeneratedContent?
        // Derived along the ancestor chain while computing (so no caller walks the tree again).
        var inNoneSubtree: Bool = false
        var inSkippedContent: Bool = false
        var ariaHiddenChain: Bool = false
        var inertChain: Bool = false
        var visuallyHiddenReason: VisuallyHiddenReason?
        var customProperties: [String: [CSSToken]] = [:]
    }

    /// Shared across threads only once complete (share table, profiles); written only while unique.
    final class Box: @unchecked Sendable {
        var values: Values
        /// Set when the style enters the run's share table (`StyleShareTable`); 0 for any other style.
        /// Children's share keys name their parent by it: a number, unlike an address, is never reused.
        var shareSerial = 0
        init(_ values: Values) { self.values = values }
    }

    private(set) var box: Box

    init(values: Values) { box = Box(values) }

    init(box: Box) { self.box = box }

    /// The fields, for reading several at once without going through the accessors.
    var values: Values { box.values }

    /// The fields, copied first when this box is shared.
    var mutableValues: Values {
        get { box.values }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.values) }
            box.shareSerial = 0
            yield &box.values
        }
    }

    /// nil: a valid colour wza cannot convert (wide-gamut, `color-mix()`…).
    public internal(set) var color: RGBA? {
        get { box.values.color }
        set { mutableValues.color = newValue }
    }
    public internal(set) var backgroundColor: RGBA? {
        get { box.values.backgroundColor }
        set { mutableValues.backgroundColor = newValue }
    }
    public internal(set) var hasBackgroundImage: Bool {
        get { box.values.hasBackgroundImage }
        set { mutableValues.hasBackgroundImage = newValue }
    }
    public internal(set) var opacity: Double {
        get { box.values.opacity }
        set { mutableValues.opacity = newValue }
    }
    /// Product of `opacity` on this element and its ancestors.
    public internal(set) var effectiveOpacity: Double {
        get { box.values.effectiveOpacity }
        set { mutableValues.effectiveOpacity = newValue }
    }
    public internal(set) var hasTextShadow: Bool {
        get { box.values.hasTextShadow }
        set { mutableValues.hasTextShadow = newValue }
    }
    public internal(set) var hasBoxShadow: Bool {
        get { box.values.hasBoxShadow }
        set { mutableValues.hasBoxShadow = newValue }
    }
    public internal(set) var fontSize: Double {
        get { box.values.fontSize }
        set { mutableValues.fontSize = newValue }
    }
    public internal(set) var fontWeight: Double {
        get { box.values.fontWeight }
        set { mutableValues.fontWeight = newValue }
    }
    public internal(set) var fontStyle: String {
        get { box.values.fontStyle }
        set { mutableValues.fontStyle = newValue }
    }
    public internal(set) var fontFamily: String? {
        get { box.values.fontFamily }
        set { mutableValues.fontFamily = newValue }
    }
    public internal(set) var lineHeight: LineHeight {
        get { box.values.lineHeight }
        set { mutableValues.lineHeight = newValue }
    }
    public internal(set) var letterSpacing: Double {
        get { box.values.letterSpacing }
        set { mutableValues.letterSpacing = newValue }
    }
    public internal(set) var wordSpacing: Double {
        get { box.values.wordSpacing }
        set { mutableValues.wordSpacing = newValue }
    }
    public internal(set) var textIndent: Dimension {
        get { box.values.textIndent }
        set { mutableValues.textIndent = newValue }
    }
    public internal(set) var textAlign: String {
        get { box.values.textAlign }
        set { mutableValues.textAlign = newValue }
    }
    public internal(set) var textTransform: String {
        get { box.values.textTransform }
        set { mutableValues.textTransform = newValue }
    }
    public internal(set) var whiteSpace: String {
        get { box.values.whiteSpace }
        set { mutableValues.whiteSpace = newValue }
    }
    /// `clip` or `ellipsis` (a string value is kept as its first keyword-less form: `string`).
    public internal(set) var textOverflow: String {
        get { box.values.textOverflow }
        set { mutableValues.textOverflow = newValue }
    }
    /// This element's own `text-decoration-line` values (`underline`, `line-through`…).
    public internal(set) var textDecorationLine: Set<String> {
        get { box.values.textDecorationLine }
        set { mutableValues.textDecorationLine = newValue }
    }
    /// Decorations drawn on this element's text: its own and those propagated from ancestors.
    public internal(set) var textDecorationsInEffect: Set<String> {
        get { box.values.textDecorationsInEffect }
        set { mutableValues.textDecorationsInEffect = newValue }
    }
    public internal(set) var textDecorationColor: RGBA? {
        get { box.values.textDecorationColor }
        set { mutableValues.textDecorationColor = newValue }
    }
    public internal(set) var display: String {
        get { box.values.display }
        set { mutableValues.display = newValue }
    }
    public internal(set) var visibility: String {
        get { box.values.visibility }
        set { mutableValues.visibility = newValue }
    }
    public internal(set) var contentVisibility: String {
        get { box.values.contentVisibility }
        set { mutableValues.contentVisibility = newValue }
    }
    public internal(set) var position: String {
        get { box.values.position }
        set { mutableValues.position = newValue }
    }
    /// nil: `auto`.
    public internal(set) var zIndex: Int? {
        get { box.values.zIndex }
        set { mutableValues.zIndex = newValue }
    }
    public internal(set) var overflowX: String {
        get { box.values.overflowX }
        set { mutableValues.overflowX = newValue }
    }
    public internal(set) var overflowY: String {
        get { box.values.overflowY }
        set { mutableValues.overflowY = newValue }
    }
    public internal(set) var width: Dimension {
        get { box.values.width }
        set { mutableValues.width = newValue }
    }
    public internal(set) var height: Dimension {
        get { box.values.height }
        set { mutableValues.height = newValue }
    }
    public internal(set) var minWidth: Dimension {
        get { box.values.minWidth }
        set { mutableValues.minWidth = newValue }
    }
    public internal(set) var minHeight: Dimension {
        get { box.values.minHeight }
        set { mutableValues.minHeight = newValue }
    }
    public internal(set) var maxWidth: Dimension {
        get { box.values.maxWidth }
        set { mutableValues.maxWidth = newValue }
    }
    public internal(set) var maxHeight: Dimension {
        get { box.values.maxHeight }
        set { mutableValues.maxHeight = newValue }
    }
    public internal(set) var top: Dimension {
        get { box.values.top }
        set { mutableValues.top = newValue }
    }
    public internal(set) var right: Dimension {
        get { box.values.right }
        set { mutableValues.right = newValue }
    }
    public internal(set) var bottom: Dimension {
        get { box.values.bottom }
        set { mutableValues.bottom = newValue }
    }
    public internal(set) var left: Dimension {
        get { box.values.left }
        set { mutableValues.left = newValue }
    }
    public internal(set) var margin: Edges<Dimension> {
        get { box.values.margin }
        set { mutableValues.margin = newValue }
    }
    public internal(set) var padding: Edges<Dimension> {
        get { box.values.padding }
        set { mutableValues.padding = newValue }
    }
    public internal(set) var border: Edges<BorderSide> {
        get { box.values.border }
        set { mutableValues.border = newValue }
    }
    public internal(set) var outline: Outline {
        get { box.values.outline }
        set { mutableValues.outline = newValue }
    }
    public internal(set) var transform: Transform {
        get { box.values.transform }
        set { mutableValues.transform = newValue }
    }
    /// `clip: rect(…)` edges in px (nil for `auto` edges); nil when `clip` is `auto`.
    public internal(set) var clipRect: [Double?]? {
        get { box.values.clipRect }
        set { mutableValues.clipRect = newValue }
    }
    /// `clip-path` as written (lower-cased); nil for `none`.
    public internal(set) var clipPath: String? {
        get { box.values.clipPath }
        set { mutableValues.clipPath = newValue }
    }
    public internal(set) var pointerEvents: String {
        get { box.values.pointerEvents }
        set { mutableValues.pointerEvents = newValue }
    }
    public internal(set) var cursor: String {
        get { box.values.cursor }
        set { mutableValues.cursor = newValue }
    }
    /// `content` of a `::before`/`::after` box; nil otherwise or when none is generated.
    public internal(set) var content: GeneratedContent? {
        get { box.values.content }
        set { mutableValues.content = newValue }
    }
    var inNoneSubtree: Bool {
        get { box.values.inNoneSubtree }
        set { mutableValues.inNoneSubtree = newValue }
    }
    var inSkippedContent: Bool {
        get { box.values.inSkippedContent }
        set { mutableValues.inSkippedContent = newValue }
    }
    var ariaHiddenChain: Bool {
        get { box.values.ariaHiddenChain }
        set { mutableValues.ariaHiddenChain = newValue }
    }
    var inertChain: Bool {
        get { box.values.inertChain }
        set { mutableValues.inertChain = newValue }
    }
    public internal(set) var visuallyHiddenReason: VisuallyHiddenReason? {
        get { box.values.visuallyHiddenReason }
        set { mutableValues.visuallyHiddenReason = newValue }
    }
    var customProperties: [String: [CSSToken]] {
        get { box.values.customProperties }
        set { mutableValues.customProperties = newValue }
    }

    public init() { box = Box(Values()) }

    /// Used line height in px.
    public var lineHeightPixels: Double { lineHeight.pixels(fontSize: fontSize) }

    /// WCAG "bold" for large text: weight ≥ 700.
    public var isBold: Bool { fontWeight >= 700 }

    /// The value of a custom property (`--brand`), as text.
    public func customProperty(_ name: String) -> String? { customProperties[name].map { CSSSerializer.serialize($0) } }

    /// True for `position: absolute` or `fixed` (taken out of flow; overlap cannot be judged statically).
    public var isOutOfFlow: Bool { position == "absolute" || position == "fixed" }
}
