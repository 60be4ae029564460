extension Character {
    /// HTML's ASCII white space (tab, LF, FF, CR, space).
    public var isHTMLWhitespace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\u{0C}" || self == "\r\n" }

    /// White space a reader cannot see: Unicode white space (incl. NBSP and the ideographic space U+3000)
    /// plus zero-width characters that CMS editors leave behind.
    public var isBlankForReaders: Bool {
        isWhitespace || self == "\u{200B}" || self == "\u{FEFF}" || self == "\u{200C}" || self == "\u{200D}"
    }
}

extension StringProtocol {
    /// True when nothing visible remains (NBSP and U+3000 count as blank).
    public var isBlankText: Bool { allSatisfy(\.isBlankForReaders) }

    /// Trimmed of blank characters at both ends.
    public var trimmedText: String {
        guard let start = firstIndex(where: { !$0.isBlankForReaders }),
              let end = lastIndex(where: { !$0.isBlankForReaders }) else { return "" }
        return String(self[start...end])
    }

    /// Runs of blank characters collapsed to one space, trimmed.
    public var collapsedWhitespace: String {
        var result = ""
        var pendingSpace = false
        for character in self {
            if character.isBlankForReaders {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" "); pendingSpace = false }
                result.append(character)
            }
        }
        return result
    }
}
