/// A number as the tokenizer read it. `signed` keeps an explicit `+`/`-`, which An+B needs.
public struct CSSNumeric: Sendable, Equatable {
    public var value: Double
    public var isInteger: Bool
    public var signed: Bool
}

/// CSS Syntax Level 3 tokens. Blocks and functions stay flat (an opening token … its closing token),
/// so nothing downstream recurses on nesting depth.
public enum CSSToken: Sendable, Equatable {
    case ident(String)
    case function(String)
    case atKeyword(String)
    case hash(String, isID: Bool)
    case string(String)
    case badString
    case url(String)
    case badURL
    case delim(Unicode.Scalar)
    case number(CSSNumeric)
    case percentage(Double)
    case dimension(CSSNumeric, unit: String)
    case whitespace
    case cdo, cdc, colon, semicolon, comma
    case openSquare, closeSquare, openParen, closeParen, openCurly, closeCurly

    /// The token that closes a block opened by this one (functions close with `)`).
    var closer: CSSToken? {
        switch self {
        case .function, .openParen: .closeParen
        case .openSquare: .closeSquare
        case .openCurly: .closeCurly
        default: nil
        }
    }

    var isWhitespace: Bool { if case .whitespace = self { true } else { false } }

    /// Lower-cased identifier text, for keyword comparisons.
    var keyword: String? { if case .ident(let name) = self { name.asciiLowercased } else { nil } }

    func isDelim(_ scalar: Unicode.Scalar) -> Bool { if case .delim(let d) = self { d == scalar } else { false } }
}

/// Turns style sheet text into tokens; never fails (errors become bad-string / bad-url / delim tokens).
public struct CSSTokenizer {
    private var bytes: [UInt8]
    private var position = 0
    private var line: Int32 = 1

    public init(_ text: String) {
        // Preprocessing (§3.3): CR, CRLF and FF become LF; NUL becomes U+FFFD.
        var input: [UInt8] = []
        input.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            switch byte {
            case 0x0D: input.append(0x0A); previousCR = true; continue
            case 0x0A where previousCR: break
            case 0x0C: input.append(0x0A)
            case 0x00: input.append(contentsOf: [0xEF, 0xBF, 0xBD])
            default: input.append(byte)
            }
            previousCR = false
        }
        bytes = input
    }

    /// All tokens, and the 1-based source line where each starts.
    public static func tokenize(_ text: String) -> [CSSToken] { tokenizeWithLines(text).tokens }

    static func tokenizeWithLines(_ text: String) -> (tokens: [CSSToken], lines: [Int32]) {
        var tokenizer = CSSTokenizer(text)
        var tokens: [CSSToken] = []
        var lines: [Int32] = []
        while true {
            tokenizer.skipComments()
            let line = tokenizer.line
            guard let token = tokenizer.next() else { break }
            tokens.append(token)
            lines.append(line)
        }
        return (tokens, lines)
    }

    // MARK: Reading

    private func peek(_ offset: Int = 0) -> UInt8? {
        let index = position + offset
        return index < bytes.count ? bytes[index] : nil
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where position < bytes.count {
            if bytes[position] == 0x0A { line += 1 }
            position += 1
        }
    }

    private mutating func skipComments() {
        while peek() == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
            advance(2)
            while position < bytes.count, !(peek() == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/")) { advance() }
            advance(2)
        }
    }

    // MARK: Classes of code points (bytes ≥ 0x80 are parts of non-ASCII scalars: name code points)

    private static func isNameStart(_ b: UInt8?) -> Bool {
        guard let b else { return false }
        return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0x80
    }
    private static func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    private static func isName(_ b: UInt8?) -> Bool { isNameStart(b) || isDigit(b) || b == 0x2D }
    private static func isWhitespace(_ b: UInt8?) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A }
    private static func isHex(_ b: UInt8?) -> Bool {
        guard let b else { return false }
        return isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }

    private func isValidEscape(_ offset: Int = 0) -> Bool { peek(offset) == 0x5C && peek(offset + 1) != 0x0A && peek(offset + 1) != nil }

    private func wouldStartIdentifier(_ offset: Int = 0) -> Bool {
        let first = peek(offset)
        if first == 0x2D {
            return Self.isNameStart(peek(offset + 1)) || peek(offset + 1) == 0x2D || isValidEscape(offset + 1)
        }
        if Self.isNameStart(first) { return true }
        return isValidEscape(offset)
    }

    private func wouldStartNumber(_ offset: Int = 0) -> Bool {
        let first = peek(offset)
        if first == 0x2B || first == 0x2D {
            if Self.isDigit(peek(offset + 1)) { return true }
            return peek(offset + 1) == 0x2E && Self.isDigit(peek(offset + 2))
        }
        if first == 0x2E { return Self.isDigit(peek(offset + 1)) }
        return Self.isDigit(first)
    }

    // MARK: Tokens

    private mutating func next() -> CSSToken? {
        guard let byte = peek() else { return nil }
        switch byte {
        case 0x20, 0x09, 0x0A:
            while Self.isWhitespace(peek()) { advance() }
            return .whitespace
        case 0x22, 0x27: return consumeString(ending: byte)
        case 0x23:
            if Self.isName(peek(1)) || isValidEscape(1) {
                advance()
                let isID = wouldStartIdentifier()
                return .hash(consumeName(), isID: isID)
            }
            advance(); return .delim("#")
        case 0x28: advance(); return .openParen
        case 0x29: advance(); return .closeParen
        case 0x2C: advance(); return .comma
        case 0x3A: advance(); return .colon
        case 0x3B: advance(); return .semicolon
        case 0x5B: advance(); return .openSquare
        case 0x5D: advance(); return .closeSquare
        case 0x7B: advance(); return .openCurly
        case 0x7D: advance(); return .closeCurly
        case 0x2B, 0x2E:
            if wouldStartNumber() { return consumeNumeric() }
            advance(); return .delim(Unicode.Scalar(byte))
        case 0x2D:
            if wouldStartNumber() { return consumeNumeric() }
            if peek(1) == 0x2D, peek(2) == 0x3E { advance(3); return .cdc }
            if wouldStartIdentifier() { return consumeIdentLike() }
            advance(); return .delim("-")
        case 0x3C:
            if peek(1) == 0x21, peek(2) == 0x2D, peek(3) == 0x2D { advance(4); return .cdo }
            advance(); return .delim("<")
        case 0x40:
            if wouldStartIdentifier(1) { advance(); return .atKeyword(consumeName()) }
            advance(); return .delim("@")
        case 0x5C:
            if isValidEscape() { return consumeIdentLike() }
            advance(); return .delim("\\")
        default:
            if Self.isDigit(byte) { return consumeNumeric() }
            if Self.isNameStart(byte) { return consumeIdentLike() }
            // Any other scalar is a delim; decode a whole UTF-8 sequence is unnecessary below 0x80.
            advance(); return .delim(Unicode.Scalar(byte))
        }
    }

    /// Consumes an escape after the backslash (§4.3.7) and appends its UTF-8.
    private mutating func consumeEscape(into buffer: inout [UInt8]) {
        guard let first = peek() else { buffer.append(contentsOf: [0xEF, 0xBF, 0xBD]); return }
        if Self.isHex(first) {
            var value: UInt32 = 0
            var count = 0
            while count < 6, let b = peek(), Self.isHex(b) {
                value = value * 16 + UInt32(Self.hexValue(b))
                advance(); count += 1
            }
            if Self.isWhitespace(peek()) { advance() }
            let scalar = (value == 0 || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF) ? nil : Unicode.Scalar(value)
            buffer.append(contentsOf: String(Character(scalar ?? "\u{FFFD}")).utf8)
            return
        }
        // Copy one whole UTF-8 sequence.
        let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
        for _ in 0..<length { if let b = peek() { buffer.append(b); advance() } }
    }

    private static func hexValue(_ b: UInt8) -> UInt8 {
        b <= 0x39 ? b - 0x30 : (b | 0x20) - 0x61 + 10
    }

    private mutating func consumeName() -> String {
        var buffer: [UInt8] = []
        while true {
            if Self.isName(peek()) { buffer.append(peek()!); advance(); continue }
            if isValidEscape() { advance(); consumeEscape(into: &buffer); continue }
            break
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    private mutating func consumeNumber() -> CSSNumeric {
        var text: [UInt8] = []
        var isInteger = true
        var signed = false
        if peek() == 0x2B || peek() == 0x2D { signed = true; text.append(peek()!); advance() }
        while Self.isDigit(peek()) { text.append(peek()!); advance() }
        if peek() == 0x2E, Self.isDigit(peek(1)) {
            isInteger = false
            text.append(0x2E); advance()
            while Self.isDigit(peek()) { text.append(peek()!); advance() }
        }
        if peek() == 0x45 || peek() == 0x65 {
            let hasSign = peek(1) == 0x2B || peek(1) == 0x2D
            if Self.isDigit(peek(hasSign ? 2 : 1)) {
                isInteger = false
                text.append(0x65); advance()
                if hasSign { text.append(peek()!); advance() }
                while Self.isDigit(peek()) { text.append(peek()!); advance() }
            }
        }
        let value = Double(String(decoding: text, as: UTF8.self)) ?? 0
        return CSSNumeric(value: value.isFinite ? value : 0, isInteger: isInteger, signed: signed)
    }

    private mutating func consumeNumeric() -> CSSToken {
        let number = consumeNumber()
        if wouldStartIdentifier() { return .dimension(number, unit: consumeName()) }
        if peek() == 0x25 { advance(); return .percentage(number.value) }
        return .number(number)
    }

    private mutating func consumeIdentLike() -> CSSToken {
        let name = consumeName()
        if peek() == 0x28 {
            advance()
            if name.asciiLowercased == "url" {
                while Self.isWhitespace(peek()), Self.isWhitespace(peek(1)) { advance() }
                let quote = Self.isWhitespace(peek()) ? peek(1) : peek()
                if quote == 0x22 || quote == 0x27 { return .function(name) }
                return consumeURL()
            }
            return .function(name)
        }
        return .ident(name)
    }

    private mutating func consumeString(ending: UInt8) -> CSSToken {
        advance()
        var buffer: [UInt8] = []
        while let b = peek() {
            if b == ending { advance(); return .string(String(decoding: buffer, as: UTF8.self)) }
            if b == 0x0A { return .badString }  // the newline is not consumed: it starts the next token
            if b == 0x5C {
                if peek(1) == nil { advance(); continue }
                if peek(1) == 0x0A { advance(2); continue }  // escaped newline: line continuation
                advance(); consumeEscape(into: &buffer); continue
            }
            buffer.append(b); advance()
        }
        return .string(String(decoding: buffer, as: UTF8.self))  // EOF ends the string (parse error)
    }

    private mutating func consumeURL() -> CSSToken {
        var buffer: [UInt8] = []
        while Self.isWhitespace(peek()) { advance() }
        while let b = peek() {
            switch b {
            case 0x29: advance(); return .url(String(decoding: buffer, as: UTF8.self))
            case 0x20, 0x09, 0x0A:
                while Self.isWhitespace(peek()) { advance() }
                if peek() == 0x29 || peek() == nil { advance(); return .url(String(decoding: buffer, as: UTF8.self)) }
                consumeBadURLRemnants(); return .badURL
            case 0x22, 0x27, 0x28, 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F:
                consumeBadURLRemnants(); return .badURL
            case 0x5C:
                if isValidEscape() { advance(); consumeEscape(into: &buffer) } else { consumeBadURLRemnants(); return .badURL }
            default:
                buffer.append(b); advance()
            }
        }
        return .url(String(decoding: buffer, as: UTF8.self))
    }

    private mutating func consumeBadURLRemnants() {
        while let b = peek() {
            if b == 0x29 { advance(); return }
            if isValidEscape() { advance(); var sink: [UInt8] = []; consumeEscape(into: &sink); continue }
            advance()
        }
    }
}

extension String {
    /// ASCII-only lower-casing: CSS keywords are ASCII case-insensitive, and this avoids Unicode tables.
    var asciiLowercased: String {
        guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return self }
        return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
