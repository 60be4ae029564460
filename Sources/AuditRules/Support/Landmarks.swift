import AuditCore
import HTMLDOM

/// Landmarks as assistive technology lists them: the effective role (explicit, else implicit per HTML-AAM,
/// with header/footer scoping and presentational role conflict resolution) of elements in the accessibility
/// tree. `form` and `region` count only with an accessible name, as ARIA and the browsers expose them.
enum Landmarks {
    static let roles: Set<String> = ["banner", "complementary", "contentinfo", "form", "main", "navigation", "region", "search"]

    /// One landmark of the page.
    struct Landmark {
        let element: Element
        let role: String
        /// The accessible name, white space collapsed ("" when unnamed).
        let name: String
    }

    /// The element's landmark role, or nil (hidden elements are not checked here).
    static func role(of element: Element, in page: PageContext) -> String? {
        guard let role = AccessibleName.role(of: element), roles.contains(role) else { return nil }
        if role == "form" || role == "region" { return AccessibleName.of(element, in: page).isEmpty ? nil : role }
        return role
    }

    /// Every landmark in the accessibility tree, in document order (template contents skipped); computed once a page.
    static func all(in page: PageContext) -> [Landmark] {
        page.cached("Landmarks.all") { () -> [Landmark] in
            var found: [Landmark] = []
            var skipUntil = -1
            for element in page.document.elements {
                if element.documentOrder <= skipUntil { continue }
                if element.name == "template" { skipUntil = element.lastDescendantOrder; continue }
                guard let role = role(of: element, in: page) else { continue }
                if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { continue }
                found.append(Landmark(element: element, role: role, name: AccessibleName.of(element, in: page)))
            }
            return found
        }
    }

    /// The nearest landmark that contains the element, if any.
    static func enclosing(_ element: Element, in page: PageContext) -> Landmark? {
        let landmarks = all(in: page)
        guard !landmarks.isEmpty else { return nil }
        let byOrder = page.cached("Landmarks.byOrder") {
            Dictionary(landmarks.map { ($0.element.documentOrder, $0) }, uniquingKeysWith: { first, _ in first })
        }
        var current = element.parent
        while let ancestor = current {
            if let landmark = byOrder[ancestor.documentOrder] { return landmark }
            current = ancestor.parent
        }
        return nil
    }

    /// Verdicts for "at most one landmark of this role": the first passes, each later one fails.
    static func duplicateVerdicts(role: String, in page: PageContext, message: (Landmark) -> Localized) -> [ElementVerdict] {
        let matching = all(in: page).filter { $0.role == role }
        guard let first = matching.first else { return [] }
        return [ElementVerdict(first.element, .passed())] + matching.dropFirst().map { ElementVerdict($0.element, .failed(message(first))) }
    }

    /// Verdicts for "this landmark is not inside another landmark".
    static func topLevelVerdicts(role: String, in page: PageContext) -> [ElementVerdict] {
        all(in: page).filter { $0.role == role }.map { landmark in
            guard let outer = enclosing(landmark.element, in: page) else { return ElementVerdict(landmark.element, .passed()) }
            return ElementVerdict(landmark.element, .failed(.nestedLandmark(role, in: outer)))
        }
    }

    /// How a role is said in messages: the role name and the usual element.
    static func spoken(_ role: String) -> String {
        switch role {
        case "banner": "banner (<header>)"
        case "contentinfo": "contentinfo (<footer>)"
        case "main": "main (<main>)"
        case "navigation": "navigation (<nav>)"
        case "complementary": "complementary (<aside>)"
        case "region": "region (<section>)"
        case "search": "search (<search>)"
        default: role
        }
    }
}

extension Localized {
    /// Shared by the landmark-no-duplicate-* rules.
    static func duplicate(_ role: String, _ first: Landmarks.Landmark) -> Localized {
        Localized(zh: "页面已在第 \(first.element.line) 行有一个 \(Landmarks.spoken(role)) 地标，这是多余的一个。",
                  en: "The page already has a \(Landmarks.spoken(role)) landmark on line \(first.element.line); this is an extra one.")
    }

    fileprivate static func nestedLandmark(_ role: String, in outer: Landmarks.Landmark) -> Localized {
        Localized(zh: "\(Landmarks.spoken(role)) 地标位于第 \(outer.element.line) 行的 \(Landmarks.spoken(outer.role)) 地标之内。",
                  en: "The \(Landmarks.spoken(role)) landmark is inside the \(Landmarks.spoken(outer.role)) landmark on line \(outer.element.line).")
    }
}
