import HTMLDOM

/// A simplified accessible name computation (accname 1.2 order, without CSS-generated content and
/// without the full recursion rules; issue #4 makes it exact): aria-labelledby, aria-label, the host
/// language's label (alt, <label>, <title>, caption, legend, value), content for roles named from
/// content, then title and placeholder.
enum AccessibleName {
    /// Roles whose name may come from their content (WAI-ARIA 1.2 "name from: contents").
    static let nameFromContentRoles: Set<String> = [
        "button", "cell", "checkbox", "columnheader", "gridcell", "heading", "link", "menuitem",
        "menuitemcheckbox", "menuitemradio", "option", "radio", "row", "rowheader", "switch", "tab",
        "tooltip", "treeitem",
    ]
    static let nameFromContentTags: Set<String> = [
        "a", "button", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "td", "th", "option", "label", "legend",
        "caption", "figcaption",
    ]

    /// The name, white space collapsed; "" when there is none.
    static func of(_ element: Element) -> String {
        compute(element, referenced: false)
    }

    /// Where the name came from, for messages ("alt", "aria-label", "content"…).
    static func source(of element: Element) -> String? {
        if let ids = element.attribute("aria-labelledby"), !labelledByText(ids, in: element.document).isEmpty { return "aria-labelledby" }
        if let label = element.attribute("aria-label"), !label.isBlankText { return "aria-label" }
        return of(element).isEmpty ? nil : "other"
    }

    private static func compute(_ element: Element, referenced: Bool) -> String {
        if !referenced, let ids = element.attribute("aria-labelledby") {
            let text = labelledByText(ids, in: element.document)
            if !text.isEmpty { return text }
        }
        if let label = element.attribute("aria-label"), !label.isBlankText { return label.collapsedWhitespace }
        if let host = hostLanguageLabel(element), !host.isEmpty { return host }
        if allowsNameFromContent(element) || referenced {
            let content = contentText(element)
            if !content.isEmpty { return content }
        }
        if let title = element.attribute("title"), !title.isBlankText { return title.collapsedWhitespace }
        if ["input", "textarea"].contains(element.name), let placeholder = element.attribute("placeholder"),
           !placeholder.isBlankText {
            return placeholder.collapsedWhitespace
        }
        return ""
    }

    static func labelledByText(_ ids: String, in document: HTMLDocument) -> String {
        ids.split(whereSeparator: { $0.isHTMLWhitespace })
            .compactMap { document.elements(withID: String($0)).first }
            .map { compute($0, referenced: true) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    static func allowsNameFromContent(_ element: Element) -> Bool {
        if let role = element.tokens("role").first { return nameFromContentRoles.contains(role) }
        return nameFromContentTags.contains(element.name)
    }

    private static func hostLanguageLabel(_ element: Element) -> String? {
        switch element.name {
        case "img", "area":
            return element.attribute("alt")?.collapsedWhitespace
        case "input":
            let type = element.attribute("type")?.lowercased() ?? "text"
            switch type {
            case "image":
                return element.attribute("alt")?.collapsedWhitespace
            case "submit", "reset", "button":
                if let value = element.attribute("value"), !value.isBlankText { return value.collapsedWhitespace }
                return type == "submit" ? "Submit" : type == "reset" ? "Reset" : nil
            default:
                return labelText(element)
            }
        case "select", "textarea", "meter", "progress", "output":
            return labelText(element)
        case "button":
            return labelText(element)
        case "fieldset":
            return element.children.first { $0.name == "legend" }.map(contentText)
        case "table":
            return element.children.first { $0.name == "caption" }.map(contentText)
        case "figure":
            return element.children.first { $0.name == "figcaption" }.map(contentText)
        case "svg":
            return element.children.first { $0.name == "title" }.map { $0.textContent.collapsedWhitespace }
        case "iframe", "frame", "object", "embed":
            return nil
        default:
            return nil
        }
    }

    /// Text of `<label for=id>` elements and of a wrapping `<label>`.
    static func labelText(_ control: Element) -> String? {
        var parts: [String] = []
        if let id = control.attribute("id"), !id.isEmpty {
            for label in control.document.elements(named: "label") where label.attribute("for") == id {
                parts.append(contentText(label, excluding: control))
            }
        }
        if let wrapping = control.closest(["label"]), wrapping.attribute("for") == nil || wrapping.attribute("for") == control.attribute("id") {
            let text = contentText(wrapping, excluding: control)
            if !parts.contains(text) { parts.append(text) }
        }
        let joined = parts.filter { !$0.isEmpty }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    /// Name from content: text, plus the names of embedded images and controls; hidden parts skipped.
    static func contentText(_ element: Element) -> String { contentText(element, excluding: nil) }

    private static func contentText(_ element: Element, excluding skipped: Element?) -> String {
        var parts: [String] = []
        var hiddenUntil = -1
        for node in element.descendantNodes {
            if let child = node.element {
                if child.documentOrder <= hiddenUntil { continue }
                let subtreeEnd = child.lastDescendantOrder
                if child == skipped || isHiddenSelf(child) || ["script", "style", "template", "noscript"].contains(child.name) {
                    hiddenUntil = subtreeEnd
                    continue
                }
                // A descendant named by aria-labelledby or aria-label contributes that name instead of its content.
                if let ids = child.attribute("aria-labelledby") {
                    let text = labelledByText(ids, in: child.document)
                    if !text.isEmpty { parts.append(text); hiddenUntil = subtreeEnd; continue }
                }
                if let label = child.attribute("aria-label"), !label.isBlankText {
                    parts.append(label)
                    hiddenUntil = subtreeEnd
                    continue
                }
                // Embedded content contributes its own name and hides its subtree.
                if ["img", "area"].contains(child.name) || (child.name == "input" && child.attribute("type")?.lowercased() == "image") {
                    if let label = child.attribute("aria-label"), !label.isBlankText { parts.append(label) }
                    else if let alt = child.attribute("alt") { parts.append(alt) }
                    else if let title = child.attribute("title") { parts.append(title) }
                    hiddenUntil = subtreeEnd
                    continue
                }
                if child.name == "svg" {
                    if let label = child.attribute("aria-label"), !label.isBlankText { parts.append(label) }
                    else if let title = child.children.first(where: { $0.name == "title" }) { parts.append(title.textContent) }
                    hiddenUntil = subtreeEnd
                    continue
                }
                continue
            }
            if node.kind == .text, node.documentOrder > hiddenUntil {
                parts.append(node.text)
            }
        }
        return parts.joined(separator: " ").collapsedWhitespace
    }

    private static func isHiddenSelf(_ element: Element) -> Bool {
        if element.hasAttribute("hidden") { return true }
        if element.attribute("aria-hidden")?.trimmedText.lowercased() == "true" { return true }
        if let style = element.attribute("style") {
            let declarations = InlineStyle.declarations(style.lowercased())
            if declarations["display"] == "none" || declarations["visibility"] == "hidden" { return true }
        }
        return false
    }
}

extension Element {
    /// The first token of `role`, lower-cased, if any.
    var explicitRole: String? { tokens("role").first }

    /// `role="none"` or `role="presentation"`.
    var hasPresentationalRole: Bool { explicitRole == "none" || explicitRole == "presentation" }

    /// WAI-ARIA's presentational role conflict resolution: `role="none"` is honoured only on elements
    /// that are not focusable and carry no global ARIA attribute; otherwise the native role stays.
    var isEffectivelyPresentational: Bool {
        guard hasPresentationalRole else { return false }
        if isFocusable { return false }
        return !attributes.contains { ["aria-label", "aria-labelledby", "aria-describedby", "aria-live", "aria-owns"].contains($0.name) }
    }

    /// Focusable by default or by tabindex (ignoring CSS and `inert`).
    var isFocusable: Bool {
        if hasAttribute("disabled"), ["button", "input", "select", "textarea", "fieldset"].contains(name) { return false }
        if let tabindex = attribute("tabindex"), Int(tabindex.trimmedText) != nil { return true }
        switch name {
        case "a", "area": return hasAttribute("href")
        case "button", "select", "textarea", "iframe", "summary": return true
        case "input": return attribute("type")?.lowercased() != "hidden"
        default: return hasAttribute("contenteditable")
        }
    }
}
