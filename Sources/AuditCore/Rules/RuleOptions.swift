/// A threshold a rule reads at run time. Standards disagree on numbers (WCAG's large text is ≥24px, the
/// MIIT 适老化 spec's is >18px; targets are 24px in WCAG 2.2 and 44/60px in the APP spec), so the numbers
/// are data a checklist (or `wza.yml`) sets, and the rule declares what it accepts and its default.
public struct RuleOption: Sendable {
    public enum Kind: Sendable, Equatable {
        case number(ClosedRange<Double>, unit: String)
        case choice([String])
    }

    public var rule: String
    public var key: String
    public var kind: Kind
    public var defaultValue: RuleOptionValue
    public var summary: Localized

    public static func number(rule: String, key: String, default value: Double, range: ClosedRange<Double>, unit: String,
                              summary: Localized) -> RuleOption {
        RuleOption(rule: rule, key: key, kind: .number(range, unit: unit), defaultValue: .number(value), summary: summary)
    }

    public static func choice(rule: String, key: String, default value: String, choices: [String], summary: Localized) -> RuleOption {
        RuleOption(rule: rule, key: key, kind: .choice(choices), defaultValue: .keyword(value), summary: summary)
    }

    /// Why `value` is not acceptable, or nil.
    public func problem(with value: RuleOptionValue) -> String? {
        switch (kind, value) {
        case (.number(let range, let unit), .number(let number)):
            return range.contains(number) ? nil
                : "\(rule).\(key) must be between \(range.lowerBound.formattedOption) and \(range.upperBound.formattedOption) \(unit)"
        case (.choice(let choices), .keyword(let word)):
            return choices.contains(word) ? nil : "\(rule).\(key) must be one of \(choices.joined(separator: ", "))"
        case (.number(let range, let unit), .keyword):
            return "\(rule).\(key) must be a number between \(range.lowerBound.formattedOption) and \(range.upperBound.formattedOption) \(unit)"
        case (.choice(let choices), .number):
            return "\(rule).\(key) must be one of \(choices.joined(separator: ", "))"
        }
    }

    /// "18 px", "1.3", "wcag | miit": how the docs show the accepted values.
    public var accepted: String {
        switch kind {
        case .number(let range, let unit):
            "\(range.lowerBound.formattedOption)–\(range.upperBound.formattedOption)\(unit.isEmpty ? "" : " \(unit)")"
        case .choice(let choices): choices.joined(separator: " | ")
        }
    }
}

/// A number or a keyword, as written in YAML.
public enum RuleOptionValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case number(Double)
    case keyword(String)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .keyword(try container.decode(String.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .keyword(let word): try container.encode(word)
        }
    }

    public var description: String {
        switch self {
        case .number(let number): number.formattedOption
        case .keyword(let word): word
        }
    }

    public var number: Double? { if case .number(let value) = self { value } else { nil } }
    public var keyword: String? { if case .keyword(let value) = self { value } else { nil } }
}

/// Option values by rule id, then key: what a checklist or `wza.yml` sets.
public typealias RuleOptionSettings = [String: [String: RuleOptionValue]]

/// The option values of one run, resolved once. Rules read them through `PageContext.option(_:)`.
public struct RuleOptions: Sendable, Equatable {
    public private(set) var values: RuleOptionSettings
    /// Where each set value came from (`wza.yml`, a checklist id), for the report.
    public private(set) var sources: [String: [String: String]]
    /// Values a later checklist wanted but an earlier source had already set: said in the report.
    public private(set) var overridden: [Override]

    public struct Override: Sendable, Equatable, Codable {
        public var rule: String
        public var key: String
        public var value: RuleOptionValue
        public var source: String
        public var keptValue: RuleOptionValue
        public var keptSource: String
    }

    public static let defaults = RuleOptions(values: [:], sources: [:], overridden: [])

    /// `wza.yml` first, then the checklists in the order the run lists them: the first source that sets
    /// an option decides it. One value per run keeps every checklist's score about the same findings.
    public static func resolve(configuration: RuleOptionSettings?, checklists: [(id: String, settings: RuleOptionSettings)]) -> RuleOptions {
        var options = RuleOptions.defaults
        let sources = (configuration.map { [(id: "wza.yml", settings: $0)] } ?? []) + checklists
        for source in sources {
            for (rule, keys) in source.settings.sorted(by: { $0.key < $1.key }) {
                for (key, value) in keys.sorted(by: { $0.key < $1.key }) {
                    if let kept = options.values[rule]?[key] {
                        if kept != value {
                            options.overridden.append(Override(rule: rule, key: key, value: value, source: source.id,
                                                               keptValue: kept, keptSource: options.sources[rule]?[key] ?? ""))
                        }
                        continue
                    }
                    options.values[rule, default: [:]][key] = value
                    options.sources[rule, default: [:]][key] = source.id
                }
            }
        }
        return options
    }

    public init(values: RuleOptionSettings, sources: [String: [String: String]] = [:], overridden: [Override] = []) {
        self.values = values
        self.sources = sources
        self.overridden = overridden
    }

    public func value(_ option: RuleOption) -> RuleOptionValue {
        values[option.rule]?[option.key] ?? option.defaultValue
    }

    public func number(_ option: RuleOption) -> Double {
        value(option).number ?? option.defaultValue.number ?? 0
    }

    public func keyword(_ option: RuleOption) -> String {
        value(option).keyword ?? option.defaultValue.keyword ?? ""
    }
}

extension Double {
    /// 18 → "18", 1.3 → "1.3", 18.66 → "18.66".
    var formattedOption: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String((self * 1000).rounded() / 1000)
    }
}
