import AuditCore
import HTMLDOM

/// The check shared by the rules that require a name of elements with given ARIA roles (aria-command-name,
/// aria-input-field-name, aria-toggle-field-name, aria-meter-name, aria-progressbar-name, aria-tooltip-name,
/// aria-treeitem-name, aria-dialog-name): the same steps, only the roles and the exclusions differ.
enum RoleNames {
    /// Native form controls: named by `<label>` and covered by label / select-name, whatever their role.
    static let nativeFormControls: Set<String> = ["input", "select", "textarea"]

    /// - Parameters:
    ///   - roles: the roles the rule covers.
    ///   - includeImplicit: also elements whose implicit role is one of them (`<dialog>` for aria-dialog-name);
    ///     otherwise only an explicit `role` (the first valid token, ARIA role fallback) counts.
    ///   - excluded: elements another rule covers (native controls), or that are named elsewhere.
    static func verdict(for element: Element, roles: Set<String>, includeImplicit: Bool = false, in page: PageContext,
                        excluded: (Element, String) -> Bool = { _, _ in false }) -> Verdict {
        let explicit = ARIA.explicitRole(of: element)
        guard let role = explicit ?? (includeImplicit ? ImplicitRole.of(element) : nil), roles.contains(role) else { return .inapplicable }
        if excluded(element, role) { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        return .named(AccessibleName.of(element, in: page), orFailed: .roleHasNoName(role))
    }
}
