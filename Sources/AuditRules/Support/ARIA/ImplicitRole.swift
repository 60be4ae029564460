import HTMLDOM

/// Implicit ARIA roles of HTML elements per HTML-AAM and ARIA in HTML, driven by the `implicitRoles` table of
/// `aria-1.2.json` (ordered cases with conditions, so the context-dependent mappings are data too):
///
/// - `a`/`area` with `href` → link, without → generic; `img alt=""` → presentation, else img;
/// - `section` → region only with an accessible name, else generic; `aside` → complementary unless inside
///   article/aside/nav/section (or their roles) without a name; `header`/`footer` → banner/contentinfo unless
///   inside article/aside/main/nav/section or an element with role article/complementary/main/navigation/region;
/// - `td` → cell in a table, gridcell in a grid/treegrid, nothing when the table is not exposed as one;
///   `th` → columnheader/rowheader by `scope`, else by position (in `thead` or in a row of only `th` → column;
///   in a row with `td` → row); `tr` → row, `thead`/`tbody`/`tfoot` → rowgroup under the same condition;
/// - `input` by type (missing or unknown = text; text/search/tel/url/email with `list` → combobox; hidden,
///   password, color, date/time, file → no role); `select` → listbox with `multiple` or `size` > 1, else combobox;
/// - `li` → listitem only as a child of ul/ol/menu, else generic; `option` → option inside select/datalist;
/// - `form` → form (a landmark only when named, which callers decide); `summary`, `label`, `legend`,
///   `figcaption`, `iframe`, `mark` (a 1.3 role) and others without a mapping → nil.
public enum ImplicitRole {
    /// The implicit role, or nil when the element has no corresponding role.
    ///
    /// - Parameter hasAccessibleName: decides "has an accessible name" for `section` and `aside`. Without it a
    ///   markup heuristic is used: non-blank `aria-label` or `title`, or an `aria-labelledby` naming an existing
    ///   element with text or an `aria-label`.
    public static func of(_ element: Element, hasAccessibleName: ((Element) -> Bool)? = nil) -> String? {
        guard let cases = ARIAData.shared.implicitRoles[element.name] else { return nil }
        for entry in cases where matches(entry.when, element, hasAccessibleName) {
            return entry.role
        }
        return nil
    }

    /// The explicit roles ARIA in HTML allows on the element besides its implicit role: `.any`, a set (empty:
    /// none), or nil when the table does not judge the element (unknown elements, `img` without `alt`…).
    public static func allowedRoles(of element: Element) -> AllowedRoles? {
        guard let cases = ARIAData.shared.allowedRoles[element.name] else { return nil }
        for entry in cases where matches(entry.when, element, nil) {
            return entry.any == true ? .any : .only(Set(entry.roles ?? []))
        }
        return nil
    }

    public enum AllowedRoles: Sendable, Equatable {
        case any
        case only(Set<String>)
    }

    /// Input types HTML defines; any other value (or none) is the text state.
    static let inputTypes: Set<String> = [
        "button", "checkbox", "color", "date", "datetime-local", "email", "file", "hidden", "image", "month",
        "number", "password", "radio", "range", "reset", "search", "submit", "tel", "text", "time", "url", "week",
    ]

    /// The input's type state: lower-cased, trimmed, `text` when missing or unknown.
    public static func inputType(of element: Element) -> String {
        let type = ARIAText.trimmed(element.attribute("type") ?? "").lowercased()
        return inputTypes.contains(type) ? type : "text"
    }

    /// The role a `<table>` is exposed with: its explicit role if any (`grid`, `treegrid`, `none`…), else `table`.
    static func exposedTableRole(_ table: Element) -> String {
        ARIA.explicitRole(of: table) ?? "table"
    }

    static func matches(_ conditions: ImplicitRoleCase.Conditions?, _ element: Element,
                                _ hasAccessibleName: ((Element) -> Bool)?) -> Bool {
        guard let conditions else { return true }
        if let names = conditions.hasAttribute, !names.allSatisfy({ element.hasAttribute($0) }) { return false }
        if let pairs = conditions.attributeEquals {
            for (name, value) in pairs where element.attribute(name) != value { return false }
        }
        if let pairs = conditions.attributeIn {
            for (name, values) in pairs {
                guard let value = element.attribute(name), values.contains(ARIAText.trimmed(value).lowercased()) else {
                    return false
                }
            }
        }
        if let parents = conditions.parent, !parents.contains(element.parent?.name ?? "") { return false }
        if let names = conditions.ancestor, element.closest(Set(names)) == nil { return false }
        if let scope = conditions.notScopedTo, isScoped(element, to: scope) { return false }
        if let wanted = conditions.hasAccessibleName {
            let named = hasAccessibleName?(element) ?? hasNameByMarkup(element)
            if named != wanted { return false }
        }
        if let limit = conditions.sizeGreaterThan {
            guard let size = element.attribute("size").flatMap({ Int(ARIAText.trimmed($0)) }), size > limit else {
                return false
            }
        }
        if let roles = conditions.tableRole {
            guard let table = element.closest(["table"]), roles.contains(exposedTableRole(table)) else { return false }
        }
        if let kind = conditions.headerHeuristic, headerKind(of: element) != kind { return false }
        if let types = conditions.inputType, !types.contains(inputType(of: element)) { return false }
        return true
    }

    private static func isScoped(_ element: Element, to scope: ImplicitRoleCase.Scope) -> Bool {
        let names = Set(scope.elements ?? [])
        let roles = Set(scope.roles ?? [])
        var current = element.parent
        while let ancestor = current {
            if names.contains(ancestor.name) { return true }
            if !roles.isEmpty, let role = ARIA.explicitRole(of: ancestor), roles.contains(role) { return true }
            current = ancestor.parent
        }
        return false
    }

    /// A `th` without a usable `scope`: a column header in `thead` or in a row with no `td`; otherwise a row header.
    private static func headerKind(of element: Element) -> String {
        if element.closest(["thead"]) != nil { return "column" }
        guard let row = element.parent, row.name == "tr" else { return "column" }
        return row.children.contains { $0.name == "td" } ? "row" : "column"
    }

    /// Cheap "has an accessible name" from markup alone (aria-labelledby, aria-label, title).
    static func hasNameByMarkup(_ element: Element) -> Bool {
        if let ids = element.attribute("aria-labelledby") {
            for id in ARIAText.tokens(ids) {
                for target in element.document.elements(withID: id) {
                    if !target.visibleText.isEmpty { return true }
                    if let label = target.attribute("aria-label"), !label.isBlankText { return true }
                }
            }
        }
        if let label = element.attribute("aria-label"), !label.isBlankText { return true }
        if let title = element.attribute("title"), !title.isBlankText { return true }
        return false
    }
}
