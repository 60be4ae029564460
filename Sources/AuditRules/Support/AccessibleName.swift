import AuditCore
import HTMLDOM
import StyleEngine

/// The accessible name computation of accname 1.2 as far as markup decides it: aria-labelledby (with
/// hidden referenced nodes), aria-label, host-language labels (alt, <label>, legend, caption, figcaption,
/// SVG <title>, button values), embedded control values, name from content, then title and placeholder.
/// Content is walked iteratively (no recursion on DOM depth); hidden content and CSS generated content
/// (::before/::after) follow the page's style sheets.
enum AccessibleName {
    /// The name, white space collapsed; "" when there is none.
    static func of(_ element: Element, in page: PageContext) -> String {
        compute(element, labelledByTraversal: false, page: page)
    }

    /// Where the name came from, for messages ("aria-labelledby", "aria-label", "other").
    static func source(of element: Element, in page: PageContext) -> String? {
        if let ids = element.attribute("aria-labelledby"), !labelledByText(ids, in: page).isEmpty { return "aria-labelledby" }
        if let label = element.attribute("aria-label"), !label.isBlankText { return "aria-label" }
        return of(element, in: page).isEmpty ? nil : "other"
    }

    /// The effective role after ARIA's presentational role conflict resolution: `role="none"` is ignored on
    /// focusable elements and elements with a global ARIA attribute.
    static func role(of element: Element) -> String? {
        if let explicit = ARIA.explicitRole(of: element) {
            if explicit == "none" || explicit == "presentation", element.isFocusable || ARIA.hasGlobalAttribute(element) {
                return ImplicitRole.of(element)
            }
            return explicit
        }
        return ImplicitRole.of(element)
    }

    /// Roles named from their content at the top level (WAI-ARIA "name from: contents").
    static func allowsNameFromContent(_ element: Element) -> Bool {
        guard let role = role(of: element), let definition = ARIA.role(role) else { return false }
        return definition.supportsNameFromContents
    }

    private static func compute(_ element: Element, labelledByTraversal: Bool, page: PageContext) -> String {
        // 2B: aria-labelledby, followed once (not from inside another labelledby traversal).
        if !labelledByTraversal, let ids = element.attribute("aria-labelledby") {
            let text = labelledByText(ids, in: page)
            if !text.isEmpty { return text }
        }
        // 2D: aria-label.
        if let label = element.attribute("aria-label"), !label.isBlankText { return label.collapsedWhitespace }
        // 2E: the host language's own label.
        if let host = hostLanguageLabel(element, traversal: labelledByTraversal, page: page), !host.isEmpty { return host }
        // 2F: name from content, for roles that allow it and for nodes reached through labelledby.
        if labelledByTraversal || allowsNameFromContent(element) {
            let content = contentText(element, page: page, includeHidden: labelledByTraversal && Visibility.isHiddenFromAssistiveTechnology(element, in: page),
                                      inLabelledByTraversal: labelledByTraversal)
            if !content.isEmpty { return content }
        }
        // 2I: tooltip, then the placeholder HTML-AAM puts last.
        if let title = element.attribute("title"), !title.isBlankText { return title.collapsedWhitespace }
        if ["input", "textarea"].contains(element.name), let placeholder = element.attribute("placeholder"), !placeholder.isBlankText {
            return placeholder.collapsedWhitespace
        }
        return ""
    }

    /// Names of the elements an aria-labelledby value points at, joined with spaces. Hidden referenced
    /// elements count (accname 1.2 step 2A), so does a reference to the element itself.
    static func labelledByText(_ ids: String, in page: PageContext) -> String {
        ids.split(whereSeparator: { $0.isHTMLWhitespace })
            .compactMap { page.document.elements(withID: String($0)).first }
            .map { compute($0, labelledByTraversal: true, page: page) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    private static func hostLanguageLabel(_ element: Element, traversal: Bool = false, page: PageContext) -> String? {
        let content = { (child: Element) in contentText(child, page: page, inLabelledByTraversal: traversal) }
        switch element.name {
        case "img", "area":
            return element.attribute("alt")?.collapsedWhitespace
        case "input":
            let type = element.attribute("type")?.trimmedText.lowercased() ?? "text"
            switch type {
            case "image":
                return element.attribute("alt")?.collapsedWhitespace
            case "submit", "reset", "button":
                if let value = element.attribute("value"), !value.isBlankText { return value.collapsedWhitespace }
                return type == "submit" ? "Submit" : type == "reset" ? "Reset" : nil
            default:
                return labelText(element, traversal: traversal, page: page)
            }
        case "select", "textarea", "meter", "progress", "output", "button":
            return labelText(element, traversal: traversal, page: page)
        case "fieldset":
            return element.children.first { $0.name == "legend" }.map(content)
        case "table":
            return element.children.first { $0.name == "caption" }.map(content)
        case "figure":
            return element.children.first { $0.name == "figcaption" }.map(content)
        case "svg":
            return element.children.first { $0.name == "title" }.map { $0.textContent.collapsedWhitespace }
        default:
            return nil
        }
    }

    /// Text of `<label for=id>` elements and of a wrapping `<label>` (labelable elements only).
    static func labelText(_ control: Element, traversal: Bool = false, page: PageContext) -> String? {
        var parts: [String] = []
        if let id = control.attribute("id"), !id.isEmpty {
            for label in control.document.elements(named: "label") where label.attribute("for") == id {
                parts.append(contentText(label, page: page, excluding: control, inLabelledByTraversal: traversal))
            }
        }
        if let wrapping = control.closest(["label"]), wrapping.attribute("for") == nil || wrapping.attribute("for") == control.attribute("id") {
            let text = contentText(wrapping, page: page, excluding: control, inLabelledByTraversal: traversal)
            if !parts.contains(text) { parts.append(text) }
        }
        let joined = parts.filter { !$0.isEmpty }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    /// Name from content (accname 2F–2G), walked in document order with an explicit stack.
    static func contentText(_ element: Element, in page: PageContext) -> String { contentText(element, page: page) }

    /// Name from content without one descendant (a label's text without its control, a link's text without an image).
    static func contentText(_ element: Element, in page: PageContext, excluding skipped: Element) -> String {
        contentText(element, page: page, excluding: skipped)
    }

    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
    static let skippedElements: Set<String> = ["script", "style", "template", "noscript", "head", "title"]

    /// In a labelledby traversal, descendants' aria-labelledby is not followed again (accname 2B), which
    /// also bounds the recursion: at most one level of references.
    private static func contentText(_ element: Element, page: PageContext, excluding skipped: Element? = nil, includeHidden: Bool = false,
                                    inLabelledByTraversal: Bool = false) -> String {
        var text = generated(element, .before, page)
        // (subtree end, text length at entry, title, block) of the elements we are inside.
        var open: [(end: Int, start: Int, title: String?, block: Bool, after: String)] = []
        var skipUntil = -1
        func close(upTo order: Int) {
            while let last = open.last, last.end < order {
                open.removeLast()
                text += last.after
                let added = String(decoding: text.utf8.dropFirst(last.start), as: UTF8.self)
                if added.isBlankText, let title = last.title, !title.isBlankText { text += " " + title }
                if last.block { text += " " }
            }
        }
        for node in element.descendantNodes {
            let order = node.documentOrder
            if order <= skipUntil { continue }
            close(upTo: order)
            guard let child = node.element else {
                if node.kind == .text { text += node.text }
                continue
            }
            let subtreeEnd = child.lastDescendantOrder
            if child == skipped || skippedElements.contains(child.name) || (!includeHidden && Visibility.isHiddenFromAssistiveTechnology(child, in: page)) {
                skipUntil = subtreeEnd
                continue
            }
            // Embedded controls contribute their value, not their label (accname 2C).
            if let value = embeddedControlValue(child) {
                text += " " + value + " "
                skipUntil = subtreeEnd
                continue
            }
            // A descendant named by aria-labelledby, aria-label or its host language contributes that name.
            var own = ""
            if !inLabelledByTraversal, let ids = child.attribute("aria-labelledby") { own = labelledByText(ids, in: page) }
            if own.isEmpty, let label = child.attribute("aria-label"), !label.isBlankText { own = label }
            if own.isEmpty, isEmbeddedContent(child) {
                if !isPresentationalImage(child) { own = hostLanguageLabel(child, traversal: true, page: page) ?? "" }
                if own.isBlankText, let title = child.attribute("title") { own = title }
                text += " " + own + " "
                skipUntil = subtreeEnd
                continue
            }
            if !own.isBlankText {
                text += " " + own + " "
                skipUntil = subtreeEnd
                continue
            }
            let block = blockElements.contains(child.name)
            if block { text += " " }
            text += generated(child, .before, page)
            open.append((subtreeEnd, text.utf8.count, child.attribute("title"), block, generated(child, .after, page)))
        }
        close(upTo: Int.max)
        text += generated(element, .after, page)
        return text.collapsedWhitespace
    }

    /// CSS generated content (`content:` on ::before/::after) as accname counts it: its text, or the
    /// alternative text of an image after `/`.
    private static func generated(_ element: Element, _ pseudo: PseudoElement, _ page: PageContext) -> String {
        guard let content = page.styles.generatedContent(for: element, pseudo: pseudo) else { return "" }
        if let alternative = content.alternativeText { return alternative }
        return content.text
    }

    private static func isEmbeddedContent(_ element: Element) -> Bool {
        ["img", "area", "svg"].contains(element.name)
            || (element.name == "input" && element.attribute("type")?.trimmedText.lowercased() == "image")
    }

    /// `<img alt="" role="presentation">` and friends add nothing to a name.
    private static func isPresentationalImage(_ element: Element) -> Bool {
        element.hasPresentationalRole && !element.isFocusable && !ARIA.hasGlobalAttribute(element)
    }

    /// The value an embedded form control shows (accname 2C): text fields, selects and ranges.
    private static func embeddedControlValue(_ element: Element) -> String? {
        switch element.name {
        case "input":
            let type = element.attribute("type")?.trimmedText.lowercased() ?? "text"
            guard ["text", "search", "email", "tel", "url", "number", "range"].contains(type) else { return nil }
            return element.attribute("aria-valuetext") ?? element.attribute("value") ?? ""
        case "select":
            let options = element.descendants.filter { $0.name == "option" }
            let selected = options.first { $0.hasAttribute("selected") } ?? options.first
            return selected.map { $0.textContent.collapsedWhitespace } ?? ""
        case "textarea":
            return element.textContent.collapsedWhitespace
        default:
            return nil
        }
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
        hasPresentationalRole && !isFocusable && !ARIA.hasGlobalAttribute(self)
    }

    /// Focusable by default or by tabindex (ignoring CSS and `inert`).
    var isFocusable: Bool {
        if hasAttribute("disabled"), ["button", "input", "select", "textarea", "fieldset"].contains(name) { return false }
        if let tabindex = attribute("tabindex"), TabindexRule.parseInteger(tabindex) != nil { return true }
        switch name {
        case "a", "area": return hasAttribute("href")
        case "button", "select", "textarea", "iframe", "summary": return true
        case "input": return attribute("type")?.lowercased() != "hidden"
        default: return hasAttribute("contenteditable")
        }
    }
}
