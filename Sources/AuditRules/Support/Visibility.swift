import AuditCore
import HTMLDOM
import StyleEngine

/// Visibility as the page's CSS decides it (the StyleEngine's model): `hidden`, `display:none` from any
/// style sheet, `visibility:hidden`, `aria-hidden`, `inert`.
enum Visibility {
    /// Not rendered: neither seen nor in the accessibility tree.
    static func isHidden(_ element: Element, in page: PageContext) -> Bool {
        !page.styles.isRendered(element)
    }

    /// Not in the accessibility tree (not rendered, or aria-hidden/inert on it or an ancestor).
    static func isHiddenFromAssistiveTechnology(_ element: Element, in page: PageContext) -> Bool {
        !page.styles.isInAccessibilityTree(element)
    }
}
