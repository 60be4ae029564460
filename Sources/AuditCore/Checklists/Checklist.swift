/// The four principles of WCAG and GB/T 37668 (可感知, 可操作, 可理解, 兼容).
public enum Principle: String, Codable, Sendable, CaseIterable {
    case perceivable, operable, understandable, robust

    public var title: Localized {
        switch self {
        case .perceivable: Localized(zh: "可感知", en: "Perceivable")
        case .operable: Localized(zh: "可操作", en: "Operable")
        case .understandable: Localized(zh: "可理解", en: "Understandable")
        case .robust: Localized(zh: "兼容", en: "Robust")
        }
    }
}

/// A checklist: a standard's requirements as items, each mapped to rules or marked for manual review.
/// Decoded from YAML in `Checklists/`; see `Checklists/README.md` for every key.
public struct Checklist: Codable, Sendable, Equatable {
    public var formatVersion: Int
    public var id: String
    public var title: Localized
    public var description: Localized
    public var source: Localized
    public var scoring: ScoringSettings
    public var items: [ChecklistItem]
    /// Thresholds the standard sets for rules (the MIIT spec's >18px large text, 44/60px targets…).
    public var ruleOptions: RuleOptionSettings?

    /// Every rule id the checklist uses, sorted.
    public var ruleIDs: [String] { Array(Set(items.flatMap(\.rules))).sorted() }
}

/// Pages a checklist item applies to.
public enum PageScope: String, Codable, Sendable {
    case allPages, elderPages, homePage

    public func includes(_ traits: PageTraits) -> Bool {
        switch self {
        case .allPages: true
        case .elderPages: traits.isElderPage
        case .homePage: traits.isHomePage
        }
    }
}

/// How the technical proxy score is computed for a checklist.
public struct ScoringSettings: Codable, Sendable, Equatable {
    /// A page at or above this technical score (0–100), with no failed veto item, passes.
    public var passMark: Double
    /// Points per principle; they sum to 100.
    public var principles: [String: Double]

    public func weight(of principle: Principle) -> Double { principles[principle.rawValue] ?? 0 }
}

/// One requirement of a standard.
public struct ChecklistItem: Codable, Sendable, Equatable {
    public var id: String
    public var title: Localized
    public var principle: Principle
    public var weight: Double?
    public var veto: Bool?
    public var level: String?
    public var wcag: [String]?
    public var clause: String?
    public var clauseVerified: Bool?
    public var evidence: String?
    public var rules: [String]
    public var manual: Bool?
    /// Which pages the item is about; elsewhere it is inapplicable (W01 bans ads in elder pages only).
    public var appliesTo: PageScope?
    public var note: Localized?

    public var effectiveWeight: Double { weight ?? 1 }
    public var isVeto: Bool { veto ?? false }
    /// Manual items need a person; wza lists them and gives them no weight until answered.
    public var isManual: Bool { (manual ?? false) || rules.isEmpty }
}
