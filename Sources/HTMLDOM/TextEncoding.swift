import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How wza chose the character encoding of a page.
public enum EncodingSource: String, Codable, Sendable {
    /// A byte-order mark at the start of the file.
    case byteOrderMark
    /// `<meta charset>` or `<meta http-equiv="Content-Type">` in the first bytes.
    case declaration
    /// The `--encoding` option (used only when the page declares nothing).
    case option
    /// Guessed from the bytes: valid UTF-8, UTF-16 by its NUL pattern, else GB18030.
    case sniffed
    /// The declaration was contradicted by the bytes; wza decoded what the bytes really are.
    case bytesOverDeclaration
}

/// What wza learned about a page's encoding; reported as evidence for the charset rule.
public struct EncodingReport: Codable, Sendable, Equatable {
    /// The encoding used to decode, by its canonical name ("UTF-8", "GB18030", "UTF-16LE"…).
    public var encoding: String
    public var source: EncodingSource
    /// The label as written in the page's `<meta>`, if any.
    public var declaredLabel: String?
    /// The canonical encoding the label names, if wza knows the label.
    public var declaredEncoding: String?
    /// True when the declared encoding is contradicted by the bytes.
    public var mismatch: Bool
    /// Byte sequences that were invalid in the chosen encoding and became U+FFFD.
    public var invalidSequences: Int
    /// True when the page contains any byte above 0x7F (a declaration matters only then).
    public var hasNonASCII: Bool

    public init(encoding: String, source: EncodingSource, declaredLabel: String?, declaredEncoding: String?,
                mismatch: Bool, invalidSequences: Int, hasNonASCII: Bool) {
        self.encoding = encoding
        self.source = source
        self.declaredLabel = declaredLabel
        self.declaredEncoding = declaredEncoding
        self.mismatch = mismatch
        self.invalidSequences = invalidSequences
        self.hasNonASCII = hasNonASCII
    }
}

/// Decodes page bytes to UTF-8 following wza's order: BOM, `<meta>` declaration, `--encoding`, sniffing.
///
/// wza converts every page to UTF-8 itself and hands libxml2 UTF-8 with an explicit encoding, because
/// libxml2 switches encoding mid-page on a `<meta>` and then stops converting when the declaration lies.
public enum TextDecoder {
    /// Canonical encoding for a label, following the WHATWG Encoding Standard's label table where it
    /// matters for Chinese sites (every GB label decodes as GB18030, its superset).
    public static func canonicalEncoding(forLabel raw: String) -> String? {
        let label = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            return "UTF-8"
        case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "csiso58gb231280", "gb_2312", "gb_2312-80",
             "iso-ir-58", "cp936", "ms936", "windows-936", "gb18030", "euc-cn", "x-euc-cn", "hz-gb-2312":
            return label == "hz-gb-2312" ? "HZ-GB-2312" : "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5":
            return "BIG5-HKSCS"
        case "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff":
            return "UTF-16LE"
        case "utf-16be", "unicodefffe":
            return "UTF-16BE"
        case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "l1", "cp1252", "windows-1252",
             "x-cp1252", "iso_8859-1", "cp819", "ibm819", "csisolatin1", "iso-ir-100":
            return "WINDOWS-1252"
        case "shift_jis", "shift-jis", "sjis", "ms_kanji", "x-sjis", "windows-31j", "csshiftjis":
            return "SHIFT_JIS"
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese": return "EUC-JP"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr": return "EUC-KR"
        case "iso-2022-jp": return "ISO-2022-JP"
        default:
            // Other ISO-8859-n and windows-125n labels are understood by iconv as written.
            if label.hasPrefix("iso-8859-") || label.hasPrefix("windows-125") || label.hasPrefix("koi8-") {
                return label.uppercased()
            }
            return nil
        }
    }

    /// The result of decoding: valid UTF-8 bytes and how they were obtained.
    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        public var report: EncodingReport
    }

    /// Decodes `bytes`; `fallback` is the `--encoding` option, used only for pages that declare nothing.
    public static func decode(_ bytes: [UInt8], fallback: String? = nil) -> Decoded {
        let hasNonASCII = bytes.contains { $0 >= 0x80 }
        // 1. Byte-order mark.
        if let (encoding, length) = byteOrderMark(bytes) {
            let body = Array(bytes[length...])
            let (utf8, invalid) = convert(body, from: encoding)
            let declared = encoding == "UTF-8" ? MetaPrescan.declaredCharset(in: body) : nil
            return Decoded(utf8: utf8, report: EncodingReport(
                encoding: encoding, source: .byteOrderMark, declaredLabel: declared,
                declaredEncoding: declared.flatMap(canonicalEncoding(forLabel:)), mismatch: false,
                invalidSequences: invalid, hasNonASCII: true))
        }
        // UTF-16 without a BOM shows itself by NUL bytes beside ASCII markup.
        if let encoding = sniffUTF16(bytes) {
            let (utf8, invalid) = convert(bytes, from: encoding)
            return Decoded(utf8: utf8, report: EncodingReport(
                encoding: encoding, source: .sniffed, declaredLabel: nil, declaredEncoding: nil,
                mismatch: false, invalidSequences: invalid, hasNonASCII: true))
        }
        let label = MetaPrescan.declaredCharset(in: bytes)
        let declared = label.flatMap(canonicalEncoding(forLabel:))
        let utf8Errors = hasNonASCII ? UTF8Validation.invalidSequenceCount(bytes) : 0
        var report = EncodingReport(
            encoding: "UTF-8", source: .sniffed, declaredLabel: label, declaredEncoding: declared,
            mismatch: false, invalidSequences: 0, hasNonASCII: hasNonASCII)

        func finish(_ encoding: String, _ source: EncodingSource, mismatch: Bool = false) -> Decoded {
            report.encoding = encoding
            report.source = source
            report.mismatch = mismatch
            if encoding == "UTF-8" {
                report.invalidSequences = utf8Errors
                return Decoded(utf8: utf8Errors == 0 ? bytes : UTF8Validation.repaired(bytes), report: report)
            }
            let (utf8, invalid) = convert(bytes, from: encoding)
            report.invalidSequences = invalid
            return Decoded(utf8: utf8, report: report)
        }

        // 2. The page's own declaration, checked against the bytes.
        if let declared {
            if declared == "UTF-8" {
                if utf8Errors == 0 { return finish("UTF-8", .declaration) }
                // Declared UTF-8 but the bytes are not: legacy Chinese bytes are the usual reason.
                if convert(bytes, from: "GB18030").invalid == 0 {
                    return finish("GB18030", .bytesOverDeclaration, mismatch: true)
                }
                return finish("UTF-8", .declaration)
            }
            if declared.hasPrefix("UTF-16") {
                // A UTF-16 label on ASCII-compatible bytes is wrong by construction (WHATWG maps it to UTF-8).
                return finish(utf8Errors == 0 ? "UTF-8" : "GB18030", .bytesOverDeclaration, mismatch: true)
            }
            if hasNonASCII && utf8Errors == 0 && UTF8Validation.hasMultibyteSequence(bytes) {
                // Real pages declare gb2312 and ship UTF-8; decoding as declared would garble every character.
                return finish("UTF-8", .bytesOverDeclaration, mismatch: true)
            }
            return finish(declared, .declaration)
        }
        // 3. The user's --encoding, for undeclared pages.
        if let fallback, let encoding = canonicalEncoding(forLabel: fallback) ?? Optional(fallback.uppercased()) {
            return finish(encoding, .option)
        }
        // 4. Sniff: valid UTF-8 is UTF-8; anything else on a Chinese site is most likely GB18030/GBK.
        return finish(utf8Errors == 0 ? "UTF-8" : "GB18030", .sniffed)
    }

    /// Decodes a style sheet: BOM, then `@charset "…";` at its very start, then UTF-8 if valid, else GB18030
    /// (CSS Syntax 3 §3.2, with the Chinese-site fallback the pages use).
    public static func decodeStyleSheet(_ bytes: [UInt8]) -> String {
        var encoding = "UTF-8"
        var body = bytes[...]
        if let (bom, length) = byteOrderMark(bytes) {
            encoding = bom
            body = bytes[length...]
        } else if bytes.starts(with: Array("@charset \"".utf8)), let end = bytes.dropFirst(10).firstIndex(of: UInt8(ascii: "\"")),
                  let label = canonicalEncoding(forLabel: String(decoding: bytes[10..<end], as: UTF8.self)) {
            encoding = label.hasPrefix("UTF-16") ? "UTF-8" : label
        } else if UTF8Validation.invalidSequenceCount(bytes) > 0 {
            encoding = "GB18030"
        }
        return String(decoding: convert(Array(body), from: encoding).utf8, as: UTF8.self)
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return ("UTF-8", 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return ("UTF-16LE", 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return ("UTF-16BE", 2) }
        return nil
    }

    static func sniffUTF16(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(512)
        guard sample.count >= 8 else { return nil }
        var evenZero = 0, oddZero = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
        }
        let pairs = sample.count / 2
        if oddZero * 10 >= pairs * 6 && evenZero * 10 < pairs { return "UTF-16LE" }
        if evenZero * 10 >= pairs * 6 && oddZero * 10 < pairs { return "UTF-16BE" }
        return nil
    }

    /// Converts to UTF-8 with iconv; every invalid or truncated sequence becomes U+FFFD and is counted.
    static func convert(_ input: [UInt8], from encoding: String) -> (utf8: [UInt8], invalid: Int) {
        if encoding == "UTF-8" {
            let invalid = UTF8Validation.invalidSequenceCount(input)
            return (invalid == 0 ? input : UTF8Validation.repaired(input), invalid)
        }
        guard let result = transcode(input, from: encoding, to: "UTF-8", replacement: [0xEF, 0xBF, 0xBD]) else {
            // Unknown to iconv: fall back to what the bytes most likely are.
            return convert(input, from: UTF8Validation.invalidSequenceCount(input) == 0 ? "UTF-8" : "GB18030")
        }
        return (result.output, result.invalid)
    }

    /// Encodes UTF-8 text in another encoding (tests build GBK and UTF-16 pages with it).
    public static func convert(_ utf8: [UInt8], fromUTF8To encoding: String) -> [UInt8] {
        transcode(utf8, from: "UTF-8", to: encoding, replacement: Array("?".utf8))?.output ?? utf8
    }

    /// iconv in a loop; nil when iconv does not know one of the encodings.
    private static func transcode(_ input: [UInt8], from source: String, to target: String, replacement: [UInt8]) -> (output: [UInt8], invalid: Int)? {
        let descriptor = iconv_open(target, source)
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(descriptor) }
        var output = [UInt8]()
        output.reserveCapacity(input.count * 3 / 2 + 16)
        var invalid = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var inputOffset = 0
        input.withUnsafeBufferPointer { buffer in
            while inputOffset < input.count {
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                    mutating: buffer.baseAddress! + inputOffset).assumingMemoryBound(to: CChar.self)
                var inLeft = input.count - inputOffset
                let status: Int = chunk.withUnsafeMutableBufferPointer { out in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = out.count
                    let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    output.append(contentsOf: out[0..<(out.count - outLeft)])
                    return status
                }
                inputOffset = input.count - inLeft
                if status == -1 && errno != E2BIG {
                    // EILSEQ or EINVAL: replace one byte and resynchronise.
                    invalid += 1
                    output.append(contentsOf: replacement)
                    inputOffset += 1
                    _ = iconv(descriptor, nil, nil, nil, nil)
                }
            }
        }
        return (output, invalid)
    }
}

/// Finds `<meta charset>` or `<meta http-equiv=Content-Type content="…charset=…">` in the first bytes,
/// skipping comments, as the HTML prescan does (wza reads 4 KB rather than 1 KB: CMS heads are long).
enum MetaPrescan {
    static let limit = 4096

    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let end = min(bytes.count, limit)
        var index = 0
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if matches(bytes, at: index, "<!--") {
                index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? end
                continue
            }
            if matches(bytes, at: index, "<meta"), index + 5 < bytes.count, isSpaceOrSlash(bytes[index + 5]) {
                let (attributes, next) = attributesOfTag(bytes, from: index + 5)
                index = next
                if let charset = attributes["charset"], !charset.isEmpty { return charset }
                if attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"],
                   let charset = charsetFromContentType(content) {
                    return charset
                }
                continue
            }
            index += 1
        }
        return nil
    }

    static func charsetFromContentType(_ content: String) -> String? {
        let lower = content.lowercased()
        guard let range = lower.range(of: "charset") else { return nil }
        var rest = lower[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { !";\"' \t".contains($0) }
        return value.isEmpty ? nil : String(value)
    }

    private static func isSpaceOrSlash(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x2F
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ literal: String) -> Bool {
        let pattern = Array(literal.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count {
            var byte = bytes[index + offset]
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if byte != pattern[offset] { return false }
        }
        return true
    }

    private static func find(_ bytes: [UInt8], _ literal: String, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if matches(bytes, at: index, literal) { return index }
            index += 1
        }
        return nil
    }

    /// A small attribute tokenizer: enough for `<meta>` (names lower-cased, quoted or bare values).
    private static func attributesOfTag(_ bytes: [UInt8], from start: Int) -> ([String: String], Int) {
        var attributes = [String: String]()
        var index = start
        func skipSpace() { while index < bytes.count, isSpaceOrSlash(bytes[index]) { index += 1 } }
        while index < bytes.count {
            skipSpace()
            guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else { break }
            var name = [UInt8]()
            while index < bytes.count, !isSpaceOrSlash(bytes[index]), bytes[index] != UInt8(ascii: "="),
                  bytes[index] != UInt8(ascii: ">") {
                name.append(bytes[index] >= 0x41 && bytes[index] <= 0x5A ? bytes[index] + 0x20 : bytes[index])
                index += 1
            }
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            var value = [UInt8]()
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    index += 1
                    while index < bytes.count, bytes[index] != quote { value.append(bytes[index]); index += 1 }
                    index += 1
                } else {
                    while index < bytes.count, !isSpaceOrSlash(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                        value.append(bytes[index]); index += 1
                    }
                }
            }
            let key = String(decoding: name, as: UTF8.self)
            if !key.isEmpty, attributes[key] == nil {
                attributes[key] = String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            }
            if name.isEmpty { index += 1 }
        }
        return (attributes, index)
    }
}

/// UTF-8 validation that counts invalid sequences (maximal subparts, as the Unicode standard recommends).
enum UTF8Validation {
    static func invalidSequenceCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        scan(bytes) { _ in count += 1 }
        return count
    }

    static func hasMultibyteSequence(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 >= 0xC2 && $0 <= 0xF4 } }

    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Calls `invalid` with the offset of each invalid sequence.
    private static func scan(_ bytes: [UInt8], invalid: (Int) -> Void) {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            var length = 0
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: invalid(index); index += 1; continue
            }
            var valid = 1
            while valid < length, index + valid < count {
                let byte = bytes[index + valid]
                let (lo, hi) = valid == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= lo && byte <= hi else { break }
                valid += 1
            }
            if valid < length { invalid(index); index += valid } else { index += length }
        }
    }
}
