extension Unicode.Scalar {
    /// White space a reader cannot see: Unicode White_Space (incl. NBSP and the ideographic space U+3000)
    /// plus zero-width characters that CMS editors leave behind. Scalar-based: grapheme checks were slow.
    public var isBlankForReaders: Bool {
        switch value {
        case 0x09...0x0D, 0x20: return true
        case 0..<0x80: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}

extension Character {
    /// HTML's ASCII white space (tab, LF, FF, CR, space).
    public var isHTMLWhitespace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\u{0C}" || self == "\r\n" }

    public var isBlankForReaders: Bool { unicodeScalars.allSatisfy(\.isBlankForReaders) }
}

extension StringProtocol {
    /// True when nothing visible remains (NBSP and U+3000 count as blank).
    public var isBlankText: Bool { unicodeScalars.allSatisfy(\.isBlankForReaders) }

    /// Trimmed of blank characters at both ends.
    public var trimmedText: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isBlankForReaders }),
              let end = scalars.lastIndex(where: { !$0.isBlankForReaders }) else { return "" }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[start...end])
        return String(trimmed)
    }

    /// Runs of blank characters collapsed to one space, trimmed.
    public var collapsedWhitespace: String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isBlankForReaders {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" "); pendingSpace = false }
                result.append(scalar)
            }
        }
        return String(result)
    }
}

/// Case-insensitive (ASCII) substring search over UTF-8 bytes for fixed pattern lists. Foundation's
/// `contains`/`range(of:)` goes through CFString and dominated the audit's profile; this does not.
public struct PatternList: Sendable {
    public let patterns: [String]
    private let bytes: [[UInt8]]

    public init(_ patterns: [String]) {
        self.patterns = patterns
        bytes = patterns.map { Array($0.utf8).map(Self.lowerASCII) }
    }

    /// The first pattern (in list order) found in `text`, if any.
    public func firstMatch<S: StringProtocol>(in text: S) -> String? {
        var haystack = Array(text.utf8)
        for index in haystack.indices { haystack[index] = Self.lowerASCII(haystack[index]) }
        for (position, needle) in bytes.enumerated() where Self.find(needle, in: haystack) {
            return patterns[position]
        }
        return nil
    }

    public func matches<S: StringProtocol>(_ text: S) -> Bool { firstMatch(in: text) != nil }

    static func lowerASCII(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
