import HTMLDOM

/// WAI-ARIA 1.2 (plus DPUB-ARIA 1.1 and Graphics ARIA 1.0 roles, and the WAI-ARIA 1.3 draft attributes browsers
/// already support) as data: `aria-1.2.json` in this folder, whose `source` field cites the spec versions.
///
/// Lookups are dictionary reads on tables resolved once; role and attribute names are matched ASCII
/// case-insensitively after trimming, as browsers do for `role` tokens.
public enum ARIA {
    /// The specifications the data follows (the JSON's `source`).
    public static var source: String { ARIAData.shared.source }

    /// Every role, abstract ones included, by name.
    public static var roles: [String: ARIARole] { ARIAData.shared.roles }

    /// Every `aria-*` attribute, by name (48 from ARIA 1.2 and 5 marked `isDraft` from the 1.3 draft).
    public static var attributes: [String: ARIAAttribute] { ARIAData.shared.attributes }

    /// Global states and properties (ARIA 1.2 §6.4, plus the 1.3 draft's `aria-description`,
    /// `aria-braillelabel`, `aria-brailleroledescription`). Includes the deprecated `aria-grabbed`,
    /// `aria-dropeffect`, and `aria-disabled`/`aria-errormessage`/`aria-haspopup`/`aria-invalid`, whose global
    /// use ARIA 1.2 deprecates.
    public static let globalAttributes: Set<String> = Set(ARIAData.shared.attributes.values.filter(\.isGlobal).map(\.name))

    public static func role(_ name: String) -> ARIARole? {
        let roles = ARIAData.shared.roles
        if let role = roles[name] { return role }
        return roles[ARIAText.trimmed(name).lowercased()]
    }

    public static func attribute(_ name: String) -> ARIAAttribute? {
        let attributes = ARIAData.shared.attributes
        if let attribute = attributes[name] { return attribute }
        return attributes[ARIAText.trimmed(name).lowercased()]
    }

    /// The explicit role: the first token of `role` that names a known, non-abstract role (ARIA 1.2 §7.1 role
    /// fallback: `role="foo button"` → `button`, `role="widget link"` → `link`); nil when no token does.
    public static func explicitRole(of element: Element) -> String? {
        for token in element.tokens("role") {
            if let role = ARIAData.shared.roles[token], !role.isAbstract { return token }
        }
        return nil
    }

    /// The effective role: the explicit role, else the implicit role (`ImplicitRole.of`), else nil (no role).
    ///
    /// Presentational role conflict resolution (ARIA 1.2 §9.3) is left to callers: `role="none"` or
    /// `"presentation"` is returned as written even on an element that is focusable or carries a global ARIA
    /// attribute (`hasGlobalAttribute`), where browsers ignore it and expose `ImplicitRole.of(element)` instead.
    /// Likewise `<img alt="">` yields `presentation` whatever else it carries.
    ///
    /// - Parameter hasAccessibleName: passed on to `ImplicitRole.of` (section, aside); nil uses its heuristic.
    public static func role(of element: Element, hasAccessibleName: ((Element) -> Bool)? = nil) -> String? {
        explicitRole(of: element) ?? ImplicitRole.of(element, hasAccessibleName: hasAccessibleName)
    }

    /// True when the element carries any global ARIA attribute (whatever its value), the test ARIA 1.2 §9.3
    /// uses to ignore `role="none"`/`"presentation"`. Only ARIA 1.2's globals count: the 1.3 drafts' new
    /// ones (braille label and role description, aria-description) are prohibited on those roles instead
    /// (ACT kb1m8s), so they leave the role in place.
    public static func hasGlobalAttribute(_ element: Element) -> Bool {
        element.attributes.contains { conflictGlobals.contains($0.name) }
    }

    static let conflictGlobals: Set<String> = Set(ARIAData.shared.attributes.values.filter { $0.isGlobal && !$0.isDraft }.map(\.name))
}
