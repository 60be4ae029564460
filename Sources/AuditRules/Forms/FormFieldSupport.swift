import HTMLDOM

enum FormFields {
    /// Input types that are not text-entry fields needing a label (buttons name themselves).
    static let nonFieldInputTypes: Set<String> = ["hidden", "submit", "reset", "button", "image"]

    static func inputType(_ element: Element) -> String {
        (element.attribute("type") ?? "text").trimmedText.lowercased()
    }
}
