/// Any node of the page: an element, a run of text or a comment.
public struct Node {
    public let document: HTMLDocument
    let index: Int32

    public var kind: NodeKind { document.record(index).kind }
    /// Position in document order, shared with `Element.documentOrder`.
    public var documentOrder: Int { Int(index) }
    public var line: Int { Int(document.record(index).line) }
    /// The element, when this node is one.
    public var element: Element? { kind == .element ? Element(document: document, index: index) : nil }
    /// Text of a text node or comment; empty for elements.
    public var text: String {
        let record = document.record(index)
        return record.text >= 0 ? document.tree.texts[Int(record.text)] : ""
    }
    public var parent: Element? {
        let parent = document.record(index).parent
        return parent >= 0 ? Element(document: document, index: parent) : nil
    }
}

/// A read-only view of one element. Cheap to copy; valid as long as its document.
public struct Element: Hashable {
    public let document: HTMLDocument
    let index: Int32

    init(document: HTMLDocument, index: Int32) {
        self.document = document
        self.index = index
    }

    public static func == (lhs: Element, rhs: Element) -> Bool { lhs.document === rhs.document && lhs.index == rhs.index }
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    var record: NodeRecord { document.record(index) }

    /// Position in document order (stable for a page; useful for sorting findings).
    public var documentOrder: Int { Int(index) }

    /// Lower-case tag name.
    public var name: String { document.tree.names[Int(record.name)] }

    /// 1-based source line (libxml2 2.9 caps it at 65535; no columns exist).
    public var line: Int { Int(record.line) }

    // MARK: Attributes

    public var attributes: [(name: String, value: String)] {
        let record = self.record
        return (Int(record.attributeStart)..<Int(record.attributeEnd)).map {
            (document.tree.names[Int(document.tree.attributeNames[$0])], document.tree.attributeValues[$0])
        }
    }

    /// Whether the element has any attribute.
    public var hasAttributes: Bool { record.attributeEnd > record.attributeStart }

    /// Calls `body` with each attribute's interned name (see `HTMLDocument.nameID`) and value, in source order.
    public func forEachAttribute(_ body: (_ nameID: Int32, _ value: String) -> Void) {
        document.forEachAttribute(at: Int(index), body)
    }

    /// The value of attribute `name` (lower-case), or nil when absent.
    public func attribute(_ name: String) -> String? {
        guard let key = document.tree.nameIndex[name] else { return nil }
        let record = self.record
        var slot = Int(record.attributeStart)
        while slot < Int(record.attributeEnd) {
            if document.tree.attributeNames[slot] == key { return document.tree.attributeValues[slot] }
            slot += 1
        }
        return nil
    }

    public func hasAttribute(_ name: String) -> Bool { attribute(name) != nil }

    /// The page's interned id of the tag name (see `HTMLDocument.nameID(_:)`).
    public var nameID: Int32 { record.name }

    /// The value of the attribute with this interned name id (see `HTMLDocument.nameID(_:)`), or nil.
    public func attribute(nameID key: Int32) -> String? {
        let record = self.record
        var slot = Int(record.attributeStart)
        while slot < Int(record.attributeEnd) {
            if document.tree.attributeNames[slot] == key { return document.tree.attributeValues[slot] }
            slot += 1
        }
        return nil
    }

    /// The attribute with surrounding white space removed; nil when absent.
    public func trimmedAttribute(_ name: String) -> String? { attribute(name)?.trimmedText }

    /// Whitespace-separated tokens of an attribute, lower-cased (class, role, rel…).
    public func tokens(_ name: String) -> [String] {
        (attribute(name) ?? "").lowercased().split(whereSeparator: { $0.isHTMLWhitespace }).map(String.init)
    }

    // MARK: Tree

    /// The parent's position in document order (always below the element's own); -1 for `<html>`.
    public var parentOrder: Int { Int(record.parent) }

    public var parent: Element? {
        let parent = record.parent
        return parent >= 0 ? Element(document: document, index: parent) : nil
    }

    /// Ancestors from the parent up to `<html>`.
    public var ancestors: [Element] {
        var result: [Element] = []
        var current = parent
        while let element = current { result.append(element); current = element.parent }
        return result
    }

    /// The nearest ancestor (not self) with one of these names.
    public func closest(_ names: Set<String>) -> Element? {
        var current = parent
        while let element = current {
            if names.contains(element.name) { return element }
            current = element.parent
        }
        return nil
    }

    /// Direct children (elements, text and comments) in order.
    public var childNodes: [Node] {
        var result: [Node] = []
        var child = index + 1
        let end = record.end
        while child < end {
            result.append(Node(document: document, index: child))
            child = document.record(child).end
        }
        return result
    }

    public var children: [Element] { childNodes.compactMap(\.element) }

    /// The nodes after this element under the same parent, nearest first (lazily: one step each).
    public var followingSiblingNodes: some Sequence<Node> {
        let document = self.document
        let parentEnd = record.parent >= 0 ? document.record(record.parent).end : Int32(document.nodeCount)
        return sequence(state: record.end) { (next: inout Int32) -> Node? in
            guard next < parentEnd else { return nil }
            defer { next = document.record(next).end }
            return Node(document: document, index: next)
        }
    }

    /// Every node below this element in document order (no recursion: the subtree is a contiguous range).
    public var descendantNodes: [Node] {
        ((index + 1)..<record.end).map { Node(document: document, index: $0) }
    }

    public var descendants: [Element] {
        ((index + 1)..<record.end).compactMap {
            document.record($0).kind == .element ? Element(document: document, index: $0) : nil
        }
    }

    /// Document order of the last node (element, text or comment) inside this element; its own order
    /// when it is empty. Everything between the two belongs to the subtree.
    public var lastDescendantOrder: Int { Int(record.end) - 1 }

    /// True when `other` is inside this element's subtree.
    public func contains(_ other: Element) -> Bool { other.index > index && other.index < record.end }

    /// Concatenated text of all descendant text nodes (like DOM `textContent`).
    public var textContent: String {
        var text = ""
        var cursor = index + 1
        let end = record.end
        while cursor < end {
            let node = document.record(cursor)
            if node.kind == .text { text += document.tree.texts[Int(node.text)] }
            cursor += 1
        }
        return text
    }

    /// The element's own text (its direct text children, not its descendants'), white space collapsed:
    /// the text whose colour and size are this element's.
    public var ownText: String {
        var text = ""
        var child = index + 1
        let end = record.end
        while child < end {
            let node = document.record(child)
            if node.kind == .text { text += document.tree.texts[Int(node.text)] }
            child = node.end
        }
        return text.collapsedWhitespace
    }

    /// Text as a reader sees it: skips `script`, `style`, `template` and comments; white space collapsed.
    public var visibleText: String {
        var text = ""
        var cursor = index + 1
        let end = record.end
        let skipped: Set<String> = ["script", "style", "template", "noscript"]
        while cursor < end {
            let node = document.record(cursor)
            if node.kind == .element, skipped.contains(document.tree.names[Int(node.name)]) {
                cursor = node.end
                continue
            }
            if node.kind == .text { text += document.tree.texts[Int(node.text)] }
            cursor += 1
        }
        return text.collapsedWhitespace
    }

    // MARK: Location

    /// A CSS selector that finds this element: from the nearest ancestor with a unique id, else from `html`.
    public var selectorPath: String {
        var parts: [String] = []
        var current: Element? = self
        while let element = current {
            if let id = element.attribute("id"), CSSIdentifier.isSimple(id), document.idCount(id) == 1 {
                parts.append("#" + id)
                break
            }
            parts.append(element.selectorStep)
            current = element.parent
        }
        return parts.reversed().joined(separator: " > ")
    }

    private var selectorStep: String {
        guard let parent else { return name }
        // Positions among same-name siblings come from a per-page table: O(1) here, however wide the parent.
        let (position, count) = document.typePosition(of: index)
        var step = name
        if count > 1 { step += ":nth-of-type(\(position))" }
        // libxml2 keeps <tr> directly in <table>; browsers insert <tbody>, so the selector must too.
        if name == "tr", parent.name == "table" { step = "tbody > " + step }
        return step
    }

    /// The start tag as written (attributes re-serialised), cut to `limit` characters. Raw text:
    /// every report format escapes it for its own syntax.
    public func snippet(limit: Int = 160) -> String {
        var tag = "<" + name
        for (attributeName, value) in attributes {
            let shown = value.count > 80 ? String(value.prefix(77)) + "…" : value
            // Foundation's replacing is slow even when nothing matches; most values have no quote.
            let quoted = shown.utf8.contains(UInt8(ascii: "\"")) ? shown.replacingOccurrences(of: "\"", with: "&quot;") : shown
            tag += " \(attributeName)=\"\(quoted)\""
        }
        tag += ">"
        return tag.count > limit ? String(tag.prefix(limit - 1)) + "…" : tag
    }
}

enum CSSIdentifier {
    /// Ids that need no escaping in a selector.
    static func isSimple(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
