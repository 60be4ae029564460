import CLibXML2

/// The only file that touches libxml2 structures (`.pointee`): it parses UTF-8 bytes and copies the
/// tree into Swift storage, so no pointer outlives this call and libxml2 2.14's accessor changes stay local.
enum LibXMLParser {
    /// Touched once before the first parse: `xmlInitParser` is not reentrant before libxml2 2.14.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static var version: String { String(cString: cxml_version()) }

    /// At most this many diagnostics are kept per page; the rest are only counted.
    static let diagnosticLimit = 200

    /// Recover from errors, never touch the network, keep errors off stderr (they are collected instead).
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
        | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)

    final class DiagnosticSink {
        var diagnostics: [ParseDiagnostic] = []
        var total = 0
    }

    /// Parses UTF-8 bytes and builds the Swift tree. Returns nil if libxml2 produced no document.
    static func parse(utf8 bytes: [UInt8]) -> (TreeStorage, [ParseDiagnostic], Int)? {
        _ = initialized
        let sink = DiagnosticSink()
        let context = Unmanaged.passUnretained(sink).toOpaque()
        // The structured handler is per thread in libxml2; set and reset it within this synchronous call.
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            let sink = Unmanaged<DiagnosticSink>.fromOpaque(context).takeUnretainedValue()
            sink.total += 1
            guard sink.diagnostics.count < LibXMLParser.diagnosticLimit else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? ""
            sink.diagnostics.append(ParseDiagnostic(
                line: Int(error.pointee.line), code: Int(error.pointee.code),
                message: message.trimmingCharacters(in: .newlines)))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        let tree = copyTree(document)
        return (tree, sink.diagnostics, sink.total)
    }

    /// Copies the libxml2 tree into flat arrays in document order, without recursion.
    private static func copyTree(_ document: htmlDocPtr) -> TreeStorage {
        var storage = TreeStorage()
        var nameCache: [UnsafeRawPointer: Int32] = [:]
        func intern(_ pointer: UnsafePointer<xmlChar>?) -> Int32 {
            guard let pointer else { return storage.intern("") }
            if let known = nameCache[UnsafeRawPointer(pointer)] { return known }
            let index = storage.intern(String(cString: pointer).lowercased())
            nameCache[UnsafeRawPointer(pointer)] = index
            return index
        }
        // Explicit stack of (libxml node, our index): depth lives on the heap, not the call stack.
        var stack: [(xmlNodePtr, Int32)] = []
        var current: xmlNodePtr? = document.pointee.children
        var parentIndex: Int32 = -1
        while true {
            while let node = current {
                var descend = false
                switch node.pointee.type {
                case XML_ELEMENT_NODE:
                    let index = storage.appendElement(
                        name: intern(node.pointee.name), parent: parentIndex, line: Int32(clamping: xmlGetLineNo(node)))
                    var attribute = node.pointee.properties
                    while let attr = attribute {
                        storage.appendAttribute(name: intern(attr.pointee.name), value: attributeValue(attr))
                        attribute = attr.pointee.next
                    }
                    storage.finishAttributes(of: index)
                    if node.pointee.children != nil {
                        stack.append((node, index))
                        parentIndex = index
                        current = node.pointee.children
                        descend = true
                    }
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    storage.appendText(
                        kind: .text, content: node.pointee.content.map { String(cString: $0) } ?? "",
                        parent: parentIndex, line: Int32(clamping: xmlGetLineNo(node)))
                case XML_COMMENT_NODE:
                    storage.appendText(
                        kind: .comment, content: node.pointee.content.map { String(cString: $0) } ?? "",
                        parent: parentIndex, line: Int32(clamping: xmlGetLineNo(node)))
                default:
                    break
                }
                if !descend { current = node.pointee.next }
            }
            guard let (node, index) = stack.popLast() else { break }
            storage.finishSubtree(of: index)
            parentIndex = stack.last?.1 ?? -1
            current = node.pointee.next
        }
        return storage
    }

    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var child = attribute.pointee.children
        guard let first = child else { return "" }
        if first.pointee.next == nil { return first.pointee.content.map { String(cString: $0) } ?? "" }
        var value = ""
        while let node = child {
            if let content = node.pointee.content { value += String(cString: content) }
            child = node.pointee.next
        }
        return value
    }
}

/// The floor wza's speed is measured against: libxml2 parsing the same bytes and nothing else.
public enum ParserBaseline {
    /// Parses `bytes` with libxml2 (no decoding, no tree copy, no rules) and frees the tree.
    /// Returns false when libxml2 produced no document.
    @discardableResult
    public static func parseOnly(_ bytes: [UInt8]) -> Bool {
        _ = LibXMLParser.initialized
        guard !bytes.isEmpty else { return false }
        // Swallow errors as the real parse does (encoding errors bypass HTML_PARSE_NOERROR).
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, nil, LibXMLParser.options)
            }
        }
        guard let document else { return false }
        xmlFreeDoc(document)
        return true
    }
}
