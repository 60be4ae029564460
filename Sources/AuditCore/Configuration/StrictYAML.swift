import Yams

/// A problem in a configuration, checklist, answers, suppressions or baseline file, with where it is.
public struct ConfigurationProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// Every problem found in one file (wza reports them all at once, then exits 2).
public struct ConfigurationProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [ConfigurationProblem]

    public init(_ problems: [ConfigurationProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Reads YAML by hand from the node tree, so that every value keeps its line, unknown keys are errors
/// and scalars are read as written (`2026-06-30` stays a string, never a timestamp).
final class StrictYAML {
    let file: String
    private(set) var problems: [ConfigurationProblem] = []

    init(file: String) { self.file = file }

    /// The document's root node; nil (with a problem) when the text is not YAML. An empty document is nil without a problem.
    func root(_ text: String) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch {
            problem(nil, "not valid YAML: \(error)")
            return nil
        }
    }

    func problem(_ node: Node?, _ message: String) {
        problems.append(ConfigurationProblem(file: file, line: node?.mark?.line, message: message))
    }

    func throwIfProblems() throws {
        if !problems.isEmpty { throw ConfigurationProblems(problems) }
    }

    /// The mapping's entries in file order; unknown keys are reported with their line.
    func mapping(_ node: Node, allowed: [String], context: String) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else {
            problem(node, "\(context) must be a mapping (key: value)")
            return []
        }
        var entries: [(String, Node, Node)] = []
        var seen: Set<String> = []
        for (key, value) in mapping {
            guard let name = key.string else { problem(key, "keys must be text in \(context)"); continue }
            guard allowed.contains(name) else {
                let suggestion = allowed.min { editDistance($0, name) < editDistance($1, name) }
                    .flatMap { editDistance($0, name) <= 3 ? " (did you mean '\($0)'?)" : nil } ?? ""
                problem(key, "unknown key '\(name)' in \(context)\(suggestion); allowed: \(allowed.joined(separator: ", "))")
                continue
            }
            guard seen.insert(name).inserted else { problem(key, "duplicate key '\(name)' in \(context)"); continue }
            entries.append((name, key, value))
        }
        return entries
    }

    func string(_ node: Node, _ key: String) -> String? {
        guard case .scalar(let scalar) = node else { problem(node, "'\(key)' must be a single value"); return nil }
        return scalar.string
    }

    /// A string, or a list of strings (a scalar counts as a one-element list).
    func strings(_ node: Node, _ key: String) -> [String]? {
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? [] : [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else { problem(item, "'\(key)' must be a list of values"); return nil }
                values.append(scalar.string)
            }
            return values
        default:
            problem(node, "'\(key)' must be a value or a list of values")
            return nil
        }
    }

    func int(_ node: Node, _ key: String) -> Int? {
        guard let text = string(node, key) else { return nil }
        guard let value = Int(text) else { problem(node, "'\(key)' must be a whole number, not '\(text)'"); return nil }
        return value
    }

    func double(_ node: Node, _ key: String) -> Double? {
        guard let text = string(node, key) else { return nil }
        guard let value = Double(text) else { problem(node, "'\(key)' must be a number, not '\(text)'"); return nil }
        return value
    }

    func bool(_ node: Node, _ key: String) -> Bool? {
        guard let text = string(node, key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: problem(node, "'\(key)' must be true or false, not '\(text)'"); return nil
        }
    }

    func day(_ node: Node, _ key: String) -> Day? {
        guard let text = string(node, key) else { return nil }
        guard let day = Day(text) else { problem(node, "'\(key)' must be a date YYYY-MM-DD, not '\(text)'"); return nil }
        return day
    }

    /// A non-empty text value (reasons, names).
    func text(_ node: Node, _ key: String) -> String? {
        guard let value = string(node, key) else { return nil }
        let collapsed = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if collapsed.isEmpty { problem(node, "'\(key)' must not be empty"); return nil }
        return collapsed
    }

    private func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension StrictYAML {
    /// `ruleOptions:` (in `wza.yml` and in checklists): rule id → option key → number or keyword, checked
    /// against what the rules declare (rules without options are not keys), with the line of every bad entry.
    func ruleOptions(_ node: Node, declared: [String: [RuleOption]]) -> RuleOptionSettings {
        var settings: RuleOptionSettings = [:]
        for (rule, _, keys) in mapping(node, allowed: declared.keys.sorted(), context: "ruleOptions") {
            let options = declared[rule] ?? []
            for (key, _, valueNode) in mapping(keys, allowed: options.map(\.key), context: "ruleOptions.\(rule)") {
                guard let text = string(valueNode, key), let option = options.first(where: { $0.key == key }) else { continue }
                let value: RuleOptionValue = Double(text).map { .number($0) } ?? .keyword(text)
                if let message = option.problem(with: value) { problem(valueNode, message); continue }
                settings[rule, default: [:]][key] = value
            }
        }
        return settings
    }
}
