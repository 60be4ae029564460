/// The kinds of node wza keeps from the parse tree.
public enum NodeKind: UInt8, Sendable {
    case element, text, comment
}

/// One node in document order. An element's subtree is the index range `index + 1 ..< end`.
struct NodeRecord {
    var kind: NodeKind
    var name: Int32          // index into `names` (elements); -1 otherwise
    var parent: Int32        // -1 for top-level nodes
    var end: Int32           // one past the last node of the subtree
    var line: Int32
    var attributeStart: Int32
    var attributeEnd: Int32
    var text: Int32          // index into `texts` (text and comments); -1 otherwise
}

/// Flat, pointer-free storage of a parsed page; walking it never recurses.
struct TreeStorage {
    var nodes: [NodeRecord] = []
    var names: [String] = []
    var nameIndex: [String: Int32] = [:]
    var attributeNames: [Int32] = []
    var attributeValues: [String] = []
    var texts: [String] = []

    mutating func intern(_ name: String) -> Int32 {
        if let index = nameIndex[name] { return index }
        let index = Int32(names.count)
        names.append(name)
        nameIndex[name] = index
        return index
    }

    mutating func appendElement(name: Int32, parent: Int32, line: Int32) -> Int32 {
        let index = Int32(nodes.count)
        let start = Int32(attributeNames.count)
        nodes.append(NodeRecord(
            kind: .element, name: name, parent: parent, end: index + 1, line: line,
            attributeStart: start, attributeEnd: start, text: -1))
        return index
    }

    mutating func appendAttribute(name: Int32, value: String) {
        attributeNames.append(name)
        attributeValues.append(value)
    }

    mutating func finishAttributes(of index: Int32) {
        nodes[Int(index)].attributeEnd = Int32(attributeNames.count)
    }

    mutating func appendText(kind: NodeKind, content: String, parent: Int32, line: Int32) {
        let index = Int32(nodes.count)
        texts.append(content)
        nodes.append(NodeRecord(
            kind: kind, name: -1, parent: parent, end: index + 1, line: line,
            attributeStart: 0, attributeEnd: 0, text: Int32(texts.count - 1)))
    }

    mutating func finishSubtree(of index: Int32) {
        nodes[Int(index)].end = Int32(nodes.count)
    }
}
