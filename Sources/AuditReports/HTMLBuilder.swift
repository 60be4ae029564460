/// A tiny HTML writer: every piece of text goes through `escape`, so page content can never inject markup.
struct HTMLBuilder {
    private(set) var output = ""
    /// When set (the English report), runs of Chinese text get `<span lang="zh-CN">` so that screen readers
    /// switch voice (WCAG 3.1.2): page titles, Chinese terms and document names inside English texts.
    var marksChinese = false
    /// Elements whose content must stay plain text (no child elements allowed).
    private static let plainTextElements: Set<String> = ["title", "option", "textarea", "style", "script"]

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in HTML text.
                if character.value < 0x20 && character != "\t" && character != "\n" { result += "\u{FFFD}" }
                else { result.unicodeScalars.append(character) }
            }
        }
        return result
    }

    /// Appends trusted markup written by wza itself.
    mutating func raw(_ markup: String) { output += markup }

    /// Appends escaped text.
    mutating func text(_ text: String) { output += marksChinese ? Self.markingChinese(text) : Self.escape(text) }

    /// `<name attr="value">…</name>`; attribute values are escaped.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], _ content: (inout HTMLBuilder) -> Void) {
        open(name, attributes)
        content(&self)
        output += "</\(name)>"
    }

    /// An element containing only escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        output += marksChinese && !Self.plainTextElements.contains(name) && !attributes.contains(where: { $0.0 == "lang" })
            ? Self.markingChinese(text) : Self.escape(text)
        output += "</\(name)>"
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<\(name)"
        for (key, value) in attributes { output += " \(key)=\"\(Self.escape(value))\"" }
        output += ">"
    }

    /// Escapes `text`, wrapping each run of Chinese (from a Han character to the last Han character or CJK
    /// punctuation mark, with digits between them: “工信厅信管函〔2021〕67号”) in `<span lang="zh-CN">`.
    static func markingChinese(_ text: String) -> String {
        func isHan(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
            default: false
            }
        }
        func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: true
            default: false
            }
        }
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isHan) else { return escape(text) }
        var result = ""
        var index = 0
        while index < scalars.count {
            guard isHan(scalars[index]) else {
                result += escape(String(String.UnicodeScalarView([scalars[index]])))
                index += 1
                continue
            }
            // A run: Han, CJK punctuation, and ASCII digits followed by more of the run; it ends on Han or CJK punctuation.
            var end = index
            var lastStrong = index
            while end < scalars.count {
                let scalar = scalars[end]
                if isHan(scalar) || isCJKPunctuation(scalar) { lastStrong = end }
                else if !("0"..."9").contains(scalar) { break }
                end += 1
            }
            result += "<span lang=\"zh-CN\">" + escape(String(String.UnicodeScalarView(scalars[index...lastStrong]))) + "</span>"
            index = lastStrong + 1
        }
        return result
    }
}
