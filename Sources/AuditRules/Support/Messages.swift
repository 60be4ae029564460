import AuditCore

/// Messages shared by several rules; each rule's own messages stay in its file.
extension Localized {
    static let hiddenElement = Localized(zh: "元素已隐藏，不适用。", en: "The element is hidden; not applicable.")

    /// The computed accessible name, quoted (long names are cut at `NameQuote.limit` characters).
    static func hasName(_ name: String) -> Localized {
        let quoted = NameQuote.text(name)
        return Localized(zh: "可访问名称为“\(quoted)”。", en: "Accessible name is “\(quoted)”.")
    }

    /// The failure of the ARIA name rules (aria-command-name, aria-input-field-name, …): the role says what it is.
    static func roleHasNoName(_ role: String) -> Localized {
        Localized(zh: "role=\"\(role)\" 的元素没有可访问名称。", en: "Element with role=\"\(role)\" has no accessible name.")
    }
}

extension Double {
    /// A measurement as a message quotes it: rounded half away from zero to `decimals` places (one by default:
    /// `16.25` → `16.3`), without a trailing `.0` (`18px`, `7:1`, as the standards write them).
    func roundedForMessage(decimals: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return ((self * scale).rounded() / scale).messageText
    }

    /// As a message prints it: `18.0` → `18`, `2.84` stays `2.84`.
    var messageText: String {
        guard isFinite, self == rounded(), abs(self) < 1e15 else { return "\(self)" }
        return String(Int(self))
    }
}

/// Names quoted in messages: white space collapsed, long ones cut so a report row stays readable.
enum NameQuote {
    static let limit = 80

    static func text(_ name: String) -> String {
        let collapsed = name.collapsedWhitespace
        guard collapsed.count > limit else { return collapsed }
        return String(collapsed.prefix(limit - 1)) + "…"
    }
}

extension Verdict {
    /// The verdict of every "has an accessible name" rule: passed quoting the computed name, or failed with
    /// `missing` when the name is empty. One place, so all name rules quote names the same way.
    static func named(_ name: String, orFailed missing: Localized) -> Verdict {
        name.isEmpty ? .failed(missing) : .passed(.hasName(name))
    }
}
