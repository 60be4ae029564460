import AuditCore
import HTMLDOM

extension Element {
    /// A role attribute that replaces the element's native semantics: a known, non-abstract role, except
    /// `none`/`presentation` where ARIA's conflict resolution ignores it (focusable, or a global ARIA attribute).
    var hasOverridingRole: Bool {
        guard let role = ARIA.explicitRole(of: self) else { return false }
        if role == "none" || role == "presentation" { return !isFocusable && !ARIA.hasGlobalAttribute(self) }
        return true
    }

    /// The overriding role is `none` or `presentation` (and is honoured).
    var isPresentationalOverride: Bool {
        hasOverridingRole && ["none", "presentation"].contains(ARIA.explicitRole(of: self) ?? "")
    }
}

extension Array where Element == String {
    /// Up to `limit` distinct entries in their first order, joined for a message.
    func firstDistinct(_ limit: Int) -> String {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }.prefix(limit).joined(separator: ", ")
    }
}

extension Localized {
    /// Markup or page text quoted as it is, the same in both languages.
    static func verbatim(_ text: String) -> Localized { Localized(zh: text, en: text) }
}
