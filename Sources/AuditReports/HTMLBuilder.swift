/// A tiny HTML writer: every piece of text goes through `escape`, so page content can never inject markup.
struct HTMLBuilder {
    private(set) var output = ""

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
    mutating func text(_ text: String) { output += Self.escape(text) }

    /// `<name attr="value">…</name>`; attribute values are escaped.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], _ content: (inout HTMLBuilder) -> Void) {
        open(name, attributes)
        content(&self)
        output += "</\(name)>"
    }

    /// An element containing only escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        output += Self.escape(text)
        output += "</\(name)>"
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<\(name)"
        for (key, value) in attributes { output += " \(key)=\"\(Self.escape(value))\"" }
        output += ">"
    }
}
