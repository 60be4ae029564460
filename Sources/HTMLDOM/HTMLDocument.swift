/// Why a file could not be turned into a page.
public enum PageLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(kind: String)
    case notHTML
    case tooLarge(bytes: Int, limit: Int)
    case parserFailed

    public var description: String {
        switch self {
        case .empty: "empty file"
        case .binary(let kind): "binary file (\(kind)), not HTML"
        case .notHTML: "no HTML markup found"
        case .tooLarge(let bytes, let limit): "file is \(bytes) bytes, above the \(limit)-byte limit"
        case .parserFailed: "the HTML parser produced no document"
        }
    }

    /// The same reason in Chinese, for zh-CN reports.
    public var chineseDescription: String {
        switch self {
        case .empty: "空文件"
        case .binary(let kind): "二进制文件（\(BinarySniffer.chineseName(kind))），不是 HTML"
        case .notHTML: "未发现 HTML 标记"
        case .tooLarge(let bytes, let limit): "文件大小 \(bytes) 字节，超过 \(limit) 字节的上限"
        case .parserFailed: "HTML 解析器未能生成文档"
        }
    }
}

/// A parsed page: a read-only tree in document order, its encoding evidence and parser diagnostics.
///
/// Not `Sendable` on purpose: parse, audit and drop a document within one task.
public final class HTMLDocument {
    let tree: TreeStorage
    public let encoding: EncodingReport
    /// The first diagnostics of the parser (at most 200) and how many there were in all.
    public let diagnostics: [ParseDiagnostic]
    public let diagnosticCount: Int
    /// The UTF-8 size of the decoded page.
    public let byteCount: Int

    private lazy var byName: [Int32: [Int32]] = {
        var index: [Int32: [Int32]] = [:]
        for (position, node) in tree.nodes.enumerated() where node.kind == .element {
            index[node.name, default: []].append(Int32(position))
        }
        return index
    }()

    private lazy var byID: [String: [Int32]] = {
        var index: [String: [Int32]] = [:]
        guard let idName = tree.nameIndex["id"] else { return index }
        for (position, node) in tree.nodes.enumerated() where node.kind == .element {
            for slot in Int(node.attributeStart)..<Int(node.attributeEnd) where tree.attributeNames[slot] == idName {
                index[tree.attributeValues[slot], default: []].append(Int32(position))
            }
        }
        return index
    }()

    private lazy var byAttribute: [Int32: [Int32]] = {
        var index: [Int32: [Int32]] = [:]
        for (position, node) in tree.nodes.enumerated() where node.kind == .element {
            for slot in Int(node.attributeStart)..<Int(node.attributeEnd) {
                index[tree.attributeNames[slot], default: []].append(Int32(position))
            }
        }
        return index
    }()

    /// For every node, its 1-based position among the element children of its parent that share its tag
    /// name (`:nth-of-type`) and how many such children the parent has; 0 for text, comments and
    /// top-level nodes. Filled in two passes over the flat node array (no recursion) the first time a
    /// selector path is asked for, so a finding costs O(depth), not O(siblings).
    private lazy var typePositions: (position: [Int32], count: [Int32]) = {
        let nodes = tree.nodes
        var position = [Int32](repeating: 0, count: nodes.count)
        var count = [Int32](repeating: 0, count: nodes.count)
        var seen: [Int64: Int32] = [:]
        func key(_ node: NodeRecord) -> Int64 { Int64(node.parent) << 32 | Int64(UInt32(bitPattern: node.name)) }
        for (index, node) in nodes.enumerated() where node.kind == .element && node.parent >= 0 {
            let next = seen[key(node), default: 0] + 1
            seen[key(node)] = next
            position[index] = next
        }
        for (index, node) in nodes.enumerated() where node.kind == .element && node.parent >= 0 {
            count[index] = seen[key(node)] ?? 0
        }
        return (position, count)
    }()

    /// `(position, count)` of the element at `index` among its same-name siblings (see `typePositions`).
    func typePosition(of index: Int32) -> (position: Int, count: Int) {
        (Int(typePositions.position[Int(index)]), Int(typePositions.count[Int(index)]))
    }

    /// How many elements carry exactly this `id`.
    func idCount(_ id: String) -> Int { byID[id]?.count ?? 0 }

    /// Decodes `bytes` (see `TextDecoder`) and parses them.
    public convenience init(bytes: [UInt8], fallbackEncoding: String? = nil, sizeLimit: Int = 64 << 20) throws {
        if bytes.count > sizeLimit { throw PageLoadError.tooLarge(bytes: bytes.count, limit: sizeLimit) }
        if let kind = BinarySniffer.binaryKind(bytes) { throw PageLoadError.binary(kind: kind) }
        let decoded = TextDecoder.decode(bytes, fallback: fallbackEncoding)
        try self.init(utf8: decoded.utf8, encoding: decoded.report)
    }

    /// Parses a string (tests and examples).
    public convenience init(html: String) throws {
        let bytes = Array(html.utf8)
        try self.init(utf8: bytes, encoding: EncodingReport(
            encoding: "UTF-8", source: .sniffed, declaredLabel: MetaPrescan.declaredCharset(in: bytes),
            declaredEncoding: nil, mismatch: false, invalidSequences: 0,
            hasNonASCII: bytes.contains { $0 >= 0x80 }))
    }

    init(utf8: [UInt8], encoding: EncodingReport) throws {
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) {
            throw PageLoadError.empty
        }
        if !utf8.contains(UInt8(ascii: "<")) { throw PageLoadError.notHTML }
        guard let (tree, diagnostics, count) = LibXMLParser.parse(utf8: utf8) else { throw PageLoadError.parserFailed }
        self.tree = tree
        self.encoding = encoding
        self.diagnostics = diagnostics
        self.diagnosticCount = count
        self.byteCount = utf8.count
    }

    /// The libxml2 version wza runs on.
    public static var parserVersion: String { LibXMLParser.version }

    /// Number of nodes (elements, text, comments).
    public var nodeCount: Int { tree.nodes.count }

    /// The page's interned id for a tag or attribute name (lower-case), or nil when no element or
    /// attribute on the page has that name. Resolve once, then use `Element.attribute(nameID:)` and
    /// `Element.nameID` to avoid hashing the name for every element.
    public func nameID(_ name: String) -> Int32? { tree.nameIndex[name] }

    /// The name (of elements or attributes) with this interned id.
    public func name(ofID id: Int32) -> String { tree.names[Int(id)] }

    /// How many names (of elements and attributes) the page interned: name ids are below it.
    public var nameCount: Int { tree.names.count }

    /// Every node in document order.
    public var nodes: [Node] { (0..<tree.nodes.count).map { Node(document: self, index: Int32($0)) } }

    /// Every element in document order.
    public var elements: [Element] {
        tree.nodes.indices.compactMap { tree.nodes[$0].kind == .element ? Element(document: self, index: Int32($0)) : nil }
    }

    /// The element at this position in document order; nil for text and comments. With `Element.parentOrder`
    /// it lets a pass over the page fill per-node tables parent first, without building `elements`.
    public func element(at order: Int) -> Element? {
        tree.nodes[order].kind == .element ? Element(document: self, index: Int32(order)) : nil
    }

    // A pass over every node that fills per-node tables reads these by position: an `Element` holds its
    // document strongly, and copying one per node per step was a tenth of the style stage.

    /// Whether the node at this position in document order is an element.
    public func isElement(at order: Int) -> Bool { tree.nodes[order].kind == .element }

    /// The parent's position of the node at `order`; -1 for a top-level node.
    public func parentOrder(at order: Int) -> Int { Int(tree.nodes[order].parent) }

    /// The interned tag name of the element at `order` (see `nameID(_:)`).
    public func nameID(at order: Int) -> Int32 { tree.nodes[order].name }

    /// Calls `body` with each attribute of the element at `order`: its interned name and value, in source order.
    public func forEachAttribute(at order: Int, _ body: (_ nameID: Int32, _ value: String) -> Void) {
        let record = tree.nodes[order]
        for slot in Int(record.attributeStart)..<Int(record.attributeEnd) {
            body(tree.attributeNames[slot], tree.attributeValues[slot])
        }
    }

    /// The `<html>` element (libxml2 always creates one for HTML input).
    public var documentElement: Element? {
        tree.nodes.indices.lazy.first { self.tree.nodes[$0].kind == .element }
            .map { Element(document: self, index: Int32($0)) }
    }

    public var head: Element? { elements(named: "head").first }
    public var body: Element? { elements(named: "body").first }

    /// Elements with this (lower-case) tag name, in document order. Uses an index built once per page.
    public func elements(named name: String) -> [Element] {
        guard let nameIndex = tree.nameIndex[name] else { return [] }
        return (byName[nameIndex] ?? []).map { Element(document: self, index: $0) }
    }

    /// Elements whose `id` attribute equals `id` exactly, in document order.
    public func elements(withID id: String) -> [Element] {
        (byID[id] ?? []).map { Element(document: self, index: $0) }
    }

    /// Elements that carry attribute `name` (lower-case), in document order. Indexed once per page.
    public func elements(withAttribute name: String) -> [Element] {
        guard let nameIndex = tree.nameIndex[name] else { return [] }
        return (byAttribute[nameIndex] ?? []).map { Element(document: self, index: $0) }
    }

    /// All ids with more than one element.
    public var duplicateIDs: [String: [Element]] {
        byID.filter { $0.value.count > 1 }.mapValues { $0.map { Element(document: self, index: $0) } }
    }

    func record(_ index: Int32) -> NodeRecord { tree.nodes[Int(index)] }
}

/// Recognises files that are not text at all, before any decoding is tried.
enum BinarySniffer {
    static let signatures: [(String, [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47]), ("GIF image", Array("GIF8".utf8)),
        ("JPEG image", [0xFF, 0xD8, 0xFF]), ("PDF document", Array("%PDF".utf8)),
        ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]), ("gzip archive", [0x1F, 0x8B]),
        ("Office document", [0xD0, 0xCF, 0x11, 0xE0]), ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("WebP/RIFF media", Array("RIFF".utf8)),
    ]

    static func chineseName(_ kind: String) -> String {
        let names = ["PNG image": "PNG 图片", "GIF image": "GIF 图片", "JPEG image": "JPEG 图片", "PDF document": "PDF 文档",
                     "ZIP archive": "ZIP 压缩包", "gzip archive": "gzip 压缩包", "Office document": "Office 文档",
                     "ELF executable": "可执行文件", "WebP/RIFF media": "WebP/RIFF 媒体", "contains NUL bytes": "含 NUL 字节"]
        return names[kind] ?? kind
    }

    static func binaryKind(_ bytes: [UInt8]) -> String? {
        for (kind, signature) in signatures where bytes.starts(with: signature) { return kind }
        // NUL bytes outside a UTF-16 pattern mean binary data.
        let sample = bytes.prefix(8192)
        if sample.contains(0), TextDecoder.byteOrderMark(bytes) == nil, TextDecoder.sniffUTF16(bytes) == nil {
            return "contains NUL bytes"
        }
        return nil
    }
}
