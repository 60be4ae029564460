/// CSS without a browser (issue #3): tokenizer, parser, selector matching, cascade and the computed
/// values that rules need. Reads only local style sheets, through a loader the caller supplies.
///
/// Entry point: `PageStyles(document:pagePath:siteRoot:viewport:cache:loader:)`, then
/// `computed(for:state:pseudo:)`, `isRendered(_:)`, `isInAccessibilityTree(_:)`, `visibility(of:)`.
public enum StyleEngine {
    public static let version = 1
}
