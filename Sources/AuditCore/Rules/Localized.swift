/// Report languages. zh-CN is the default: wza's first readers are Chinese web teams and evaluators.
public enum ReportLanguage: String, Codable, Sendable, CaseIterable {
    case zh = "zh-CN"
    case en
}

/// A text in both report languages. Every user-facing string of a rule or checklist is one of these.
public struct Localized: Codable, Sendable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: ReportLanguage) -> String { language == .zh ? zh : en }
}
