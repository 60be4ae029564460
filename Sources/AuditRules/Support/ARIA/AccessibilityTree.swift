import AuditCore
import HTMLDOM

/// The accessibility-tree relations that required context and required owned elements (ARIA 1.2 §5.2.6–5.2.7)
/// are about, as far as markup decides them: `aria-owns` moves an element under its owner, and intermediate
/// elements that are presentational or plain generic containers are looked through.
enum AccessibilityTree {
    /// How an element takes part in parent/child relations.
    enum Node: Equatable {
        /// `role="none"`/`"presentation"` (honoured): looked through, and adds nothing when it is a leaf.
        case presentational
        /// A plain generic container (`div`, `span` without ARIA attributes or focus): looked through as an
        /// intermediate; a leaf is a generic child.
        case generic
        /// No role mapping (`label`, `colgroup`, `td` of a table that is not exposed as one): looked through, ignored as a leaf.
        case none
        /// An `li` whose role browsers decide differently (its list has another role, or it is not in a list).
        case uncertain
        /// A role that counts.
        case role(String)
    }

    /// Owned elements by document order → their `aria-owns` owner (the first owner in document order wins;
    /// an owner cannot own its own ancestor).
    static func owners(in page: PageContext) -> [Int: Element] {
        page.cached("AccessibilityTree.owners") {
            var owners: [Int: Element] = [:]
            for owner in page.elements(withAttribute: "aria-owns") {
                for id in ARIAText.tokens(owner.attribute("aria-owns") ?? "") {
                    guard let target = page.elements(withID: id).first, target != owner, !target.contains(owner),
                          owners[target.documentOrder] == nil else { continue }
                    owners[target.documentOrder] = owner
                }
            }
            return owners
        }
    }

    /// The accessibility parent: the `aria-owns` owner, else the DOM parent.
    static func parent(of element: Element, in page: PageContext) -> Element? {
        owners(in: page)[element.documentOrder] ?? element.parent
    }

    /// The accessibility children: DOM children not owned elsewhere, then the elements this one owns.
    static func children(of element: Element, in page: PageContext) -> [Element] {
        let owners = owners(in: page)
        var result = element.children.filter { owners[$0.documentOrder] == nil }
        if element.hasAttribute("aria-owns") {
            result += ARIAText.tokens(element.attribute("aria-owns") ?? "")
                .compactMap { page.elements(withID: $0).first }
                .filter { owners[$0.documentOrder] == element }
        }
        return result
    }

    static func node(_ element: Element) -> Node {
        let role = AccessibleName.role(of: element)
        if role == "none" || role == "presentation" { return .presentational }
        if element.name == "li", ARIA.explicitRole(of: element) == nil {
            // ARIA in HTML maps li to listitem by its parent's tag; what browsers expose under a ul whose role
            // is not list (a menu, a tablist), or for an li outside a list, differs. A presentational list
            // makes its items presentational too (ARIA 1.2 §9.3, required owned elements).
            guard let parent = element.parent else { return .uncertain }
            switch AccessibleName.role(of: parent) {
            case "list", "directory": return .role("listitem")
            case "none" where ["ul", "ol", "menu"].contains(parent.name), "presentation" where ["ul", "ol", "menu"].contains(parent.name):
                return .presentational
            default: return .uncertain
            }
        }
        guard let role else { return .none }
        if role == "generic", !element.isFocusable, !ARIA.hasGlobalAttribute(element) { return .generic }
        return .role(role)
    }
}
