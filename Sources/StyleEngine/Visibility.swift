import HTMLDOM

/// How an element reaches people: seen and heard, heard only, or neither.
public enum ElementVisibility: Hashable, Sendable {
    /// Not rendered: `display:none` (incl. `hidden`, `<head>`…) on it or an ancestor, `visibility:hidden`,
    /// or inside `content-visibility:hidden`. Neither seen nor in the accessibility tree.
    case notRendered
    /// Rendered but removed from the accessibility tree (`aria-hidden="true"` or `inert` on it or an ancestor).
    case hiddenFromAssistiveTechnology
    /// In the accessibility tree but not visible (sr-only, clipped, off-screen).
    case visuallyHidden(VisuallyHiddenReason)
    case visible
}

extension PageStyles {
    /// Rendered: no `display:none` on the element or an ancestor, `visibility` visible, and not inside
    /// `content-visibility:hidden` content. Matches only the rules that can change these (no full style).
    public func isRendered(_ element: Element) -> Bool {
        measured { renderState(of: element).isRendered }
    }

    /// Rendered, and neither `aria-hidden="true"` nor `inert` on the element or an ancestor.
    public func isInAccessibilityTree(_ element: Element) -> Bool {
        measured { renderState(of: element).isInAccessibilityTree }
    }

    /// The sr-only family on the element or an ancestor (clip/clip-path, 1px box with overflow hidden,
    /// positioned ≤ -999px, text-indent ≤ -999px). Such content is in the accessibility tree but not seen.
    public func visuallyHiddenReason(_ element: Element) -> VisuallyHiddenReason? {
        computed(for: element).visuallyHiddenReason
    }

    public func isVisuallyHiddenPattern(_ element: Element) -> Bool { visuallyHiddenReason(element) != nil }

    public func visibility(of element: Element) -> ElementVisibility {
        measured {
            let state = renderState(of: element)
            guard state.isRendered else { return .notRendered }
            guard state.isInAccessibilityTree else { return .hiddenFromAssistiveTechnology }
            if let reason = visuallyHiddenReason(element) { return .visuallyHidden(reason) }
            return .visible
        }
    }
}
