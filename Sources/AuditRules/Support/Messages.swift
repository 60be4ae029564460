import AuditCore

/// Messages shared by several rules; each rule's own messages stay in its file.
extension Localized {
    static let hiddenElement = Localized(zh: "元素已隐藏，不适用。", en: "The element is hidden; not applicable.")

    static func hasName(_ name: String) -> Localized {
        Localized(zh: "可访问名称为“\(name)”。", en: "Accessible name is “\(name)”.")
    }
}
