import HTMLDOM

/// A finding's identity that survives unrelated edits: rule + page path + a normalised element signature.
/// Used by baselines, config suppressions and SARIF `partialFingerprints`. The signature deliberately
/// ignores line numbers, nth-of-type selector paths, attribute order and attributes that a fix changes
/// (alt, aria-label, title), so inserting a paragraph above the element or reformatting its tag keeps
/// the fingerprint.
///
/// The engine computes the signature from the element itself when it creates a finding
/// (`Finding.elementSignature`), so long attribute values are never cut; `init(snippet:)` recovers it
/// from a snippet for findings that were made without one.
public struct ElementSignature: Sendable, Hashable {
    /// Attributes that identify an element without describing its accessibility (which the fix changes).
    public static let keyAttributes: Set<String> = ["action", "data", "for", "href", "http-equiv", "name", "role", "src", "type"]
    /// Key attribute values longer than this (data: URLs, long query strings) enter the signature as a hash.
    public static let maxValueLength = 200

    public var tag: String
    public var id: String?
    public var classes: [String]
    /// Key attributes, sorted by name, values with whitespace collapsed.
    public var attributes: [(name: String, value: String)]

    public init(tag: String, attributes: [(name: String, value: String)]) {
        self.tag = tag.lowercased()
        var id: String?
        var classes: [String] = []
        var keyed: [String: String] = [:]
        for (rawName, value) in attributes {
            let name = rawName.lowercased()
            var normalised = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            switch name {
            case "id": id = normalised.isEmpty ? nil : normalised
            case "class": classes = Array(Set(normalised.split(separator: " ").map(String.init))).sorted()
            default:
                guard Self.keyAttributes.contains(name), keyed[name] == nil else { continue }
                if normalised.count > Self.maxValueLength { normalised = "#" + fnv1a64Hex(normalised) }
                keyed[name] = normalised
            }
        }
        self.id = id
        self.classes = classes
        self.attributes = keyed.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    /// The signature of a parsed element, from its tag and full attribute values.
    public init(_ element: Element) {
        self.init(tag: element.name, attributes: element.attributes)
    }

    /// The signature recovered from a finding's snippet (`<tag a="v" …>`, `"` written as `&quot;`).
    /// An attribute cut off by the snippet's length limit is dropped.
    public init(snippet: String) {
        guard let parsed = Self.parseSnippet(snippet) else { self.init(tag: "", attributes: []); return }
        self.init(tag: parsed.tag, attributes: parsed.attributes)
    }

    /// The tag name and the complete attributes of a snippet; attributes cut by the length limit are dropped.
    public static func parseSnippet(_ snippet: String) -> (tag: String, attributes: [(name: String, value: String)])? {
        var scalars = Substring(snippet)
        guard scalars.hasPrefix("<") else { return nil }
        scalars = scalars.dropFirst()
        let tag = scalars.prefix { !$0.isWhitespace && $0 != ">" && $0 != "…" }
        scalars = scalars.dropFirst(tag.count)
        var attributes: [(name: String, value: String)] = []
        while true {
            scalars = scalars.drop { $0.isWhitespace }
            let name = scalars.prefix { $0 != "=" && $0 != ">" && !$0.isWhitespace && $0 != "…" }
            guard !name.isEmpty else { break }
            scalars = scalars.dropFirst(name.count)
            guard scalars.hasPrefix("=\"") else { break }
            scalars = scalars.dropFirst(2)
            guard let close = scalars.firstIndex(of: "\"") else { break }  // truncated value: drop it
            let value = scalars[..<close]
            // A value the snippet shortened (`…`) is not the real one: leave it out.
            if !value.hasSuffix("…") {
                let text = String(value)
                attributes.append((String(name), text.utf8.contains(UInt8(ascii: "&")) ? text.replacingOccurrences(of: "&quot;", with: "\"") : text))
            }
            scalars = scalars[scalars.index(after: close)...]
        }
        return (String(tag).lowercased(), attributes)
    }

    /// Canonical text: `tag#id.class1.class2[name=value]…`, the input of the hash.
    public var canonical: String {
        var text = tag
        if let id { text += "#" + id }
        for name in classes { text += "." + name }
        for (name, value) in attributes { text += "[\(name)=\(value)]" }
        return text
    }

    public static func == (lhs: ElementSignature, rhs: ElementSignature) -> Bool { lhs.canonical == rhs.canonical }
    public func hash(into hasher: inout Hasher) { hasher.combine(canonical) }
}

/// `wzaFingerprint/v1`: 16 hex digits of FNV-1a 64 over rule, path and element signature (and an
/// occurrence number when several identical elements on a page fail the same rule).
/// FNV-1a, not `hashValue`: Swift's hashes are seeded per process, fingerprints must be stable forever.
public func findingFingerprint(ruleID: String, path: String, signature: ElementSignature, occurrence: Int = 1) -> String {
    findingFingerprint(ruleID: ruleID, path: path, canonicalSignature: signature.canonical, occurrence: occurrence)
}

public func findingFingerprint(ruleID: String, path: String, canonicalSignature: String, occurrence: Int = 1) -> String {
    var input = "wza/v1\u{1F}\(ruleID)\u{1F}\(path)\u{1F}\(canonicalSignature)"
    if occurrence > 1 { input += "\u{1F}\(occurrence)" }
    return fnv1a64Hex(input)
}

/// Fingerprints for a page's findings, in the given order: identical (rule, signature) pairs are
/// numbered in that order so each finding keeps a distinct, stable fingerprint. The signature is the
/// finding's `elementSignature` when the engine recorded one, else the one read from its snippet.
public func findingFingerprints(_ findings: [Finding]) -> [String] {
    var seen: [String: Int] = [:]
    return findings.map { finding in
        let signature = finding.elementSignature.isEmpty
            ? ElementSignature(snippet: finding.location.snippet).canonical : finding.elementSignature
        let key = "\(finding.location.file)\u{1F}\(finding.ruleID)\u{1F}\(signature)"
        seen[key, default: 0] += 1
        return findingFingerprint(ruleID: finding.ruleID, path: finding.location.file, canonicalSignature: signature, occurrence: seen[key]!)
    }
}

/// FNV-1a 64-bit over the UTF-8 bytes, as 16 lowercase hex digits.
public func fnv1a64Hex(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}
