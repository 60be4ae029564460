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
public struct ComputedStyle: Sendable {
    // Colour and paint
    /// nil: a valid colour wza cannot convert (wide-gamut, `color-mix()`…).
    public internal(set) var color: RGBA? = .black
    public internal(set) var backgroundColor: RGBA? = .transparent
    public internal(set) var hasBackgroundImage = false
    public internal(set) var opacity: Double = 1
    /// Product of `opacity` on this element and its ancestors.
    public internal(set) var effectiveOpacity: Double = 1
    public internal(set) var hasTextShadow = false
    public internal(set) var hasBoxShadow = false

    // Text
    public internal(set) var fontSize: Double = 16
    public internal(set) var fontWeight: Double = 400
    public internal(set) var fontStyle = "normal"
    public internal(set) var fontFamily: String?
    public internal(set) var lineHeight: LineHeight = .normal
    public internal(set) var letterSpacing: Double = 0
    public internal(set) var wordSpacing: Double = 0
    public internal(set) var textIndent: Dimension = .px(0)
    public internal(set) var textAlign = "start"
    public internal(set) var textTransform = "none"
    public internal(set) var whiteSpace = "normal"
    /// This element's own `text-decoration-line` values (`underline`, `line-through`…).
    public internal(set) var textDecorationLine: Set<String> = []
    /// Decorations drawn on this element's text: its own and those propagated from ancestors.
    public internal(set) var textDecorationsInEffect: Set<String> = []
    public internal(set) var textDecorationColor: RGBA? = .black

    // Box
    public internal(set) var display = "inline"
    public internal(set) var visibility = "visible"
    public internal(set) var contentVisibility = "visible"
    public internal(set) var position = "static"
    /// nil: `auto`.
    public internal(set) var zIndex: Int?
    public internal(set) var overflowX = "visible"
    public internal(set) var overflowY = "visible"
    public internal(set) var width: Dimension = .auto
    public internal(set) var height: Dimension = .auto
    public internal(set) var minWidth: Dimension = .auto
    public internal(set) var minHeight: Dimension = .auto
    public internal(set) var maxWidth: Dimension = .keyword("none")
    public internal(set) var maxHeight: Dimension = .keyword("none")
    public internal(set) var top: Dimension = .auto
    public internal(set) var right: Dimension = .auto
    public internal(set) var bottom: Dimension = .auto
    public internal(set) var left: Dimension = .auto
    public internal(set) var margin = Edges<Dimension>(.px(0))
    public internal(set) var padding = Edges<Dimension>(.px(0))
    public internal(set) var border = Edges(BorderSide())
    public internal(set) var outline = Outline()
    public internal(set) var transform = Transform()
    /// `clip: rect(…)` edges in px (nil for `auto` edges); nil when `clip` is `auto`.
    public internal(set) var clipRect: [Double?]?
    /// `clip-path` as written (lower-cased); nil for `none`.
    public internal(set) var clipPath: String?
    public internal(set) var pointerEvents = "auto"
    public internal(set) var cursor = "auto"

    /// `content` of a `::before`/`::after` box; nil otherwise or when none is generated.
    public internal(set) var content: GeneratedContent?

    // Derived along the ancestor chain while computing (so no caller walks the tree again).
    var inNoneSubtree = false
    var inSkippedContent = false
    var ariaHiddenChain = false
    var inertChain = false
    public internal(set) var visuallyHiddenReason: VisuallyHiddenReason?

    var customProperties: [String: [CSSToken]] = [:]

    public init() {}

    /// Used line height in px.
    public var lineHeightPixels: Double { lineHeight.pixels(fontSize: fontSize) }

    /// WCAG "bold" for large text: weight ≥ 700.
    public var isBold: Bool { fontWeight >= 700 }

    /// The value of a custom property (`--brand`), as text.
    public func customProperty(_ name: String) -> String? { customProperties[name].map { CSSSerializer.serialize($0) } }

    /// True for `position: absolute` or `fixed` (taken out of flow; overlap cannot be judged statically).
    public var isOutOfFlow: Bool { position == "absolute" || position == "fixed" }
}
