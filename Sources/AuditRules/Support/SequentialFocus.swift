import HTMLDOM

/// Whether an element is reachable with the Tab key, as far as markup says.
enum SequentialFocus {
    static func isInTabOrder(_ element: Element) -> Bool {
        if let tabindex = element.attribute("tabindex").flatMap(TabindexRule.parseInteger) { return tabindex >= 0 && !isDisabled(element) }
        if isDisabled(element) { return false }
        if element.name == "summary", let details = element.parent, details.name == "details" {
            return details.children.first { $0.name == "summary" } == element
        }
        return element.isFocusable
    }

    static func isDisabled(_ element: Element) -> Bool {
        ["button", "input", "select", "textarea"].contains(element.name) && element.hasAttribute("disabled")
    }
}
