import Foundation
import Yams

/// Checklist files report problems like every other wza input file: a file, an optional line, a message.
public typealias ChecklistProblem = ConfigurationProblem

/// Reads and validates checklist YAML. Strict: unknown keys, unknown rule ids, bad weights and
/// duplicate ids are errors, so a typo never silently drops an item from a score.
public enum ChecklistLoader {
    static let topKeys: Set<String> = ["formatVersion", "id", "title", "description", "source", "scoring", "items", "ruleOptions"]
    static let scoringKeys: Set<String> = ["passMark", "principles"]
    static let itemKeys: Set<String> = [
        "id", "title", "principle", "weight", "veto", "level", "wcag", "clause", "clauseVerified", "evidence",
        "rules", "manual", "appliesTo", "note",
    ]
    static let localizedKeys: Set<String> = ["zh", "en"]

    /// Parses and validates; throws every problem found (as `ChecklistProblems`). `ruleOptions` are the
    /// options the rules declare, by rule id; `ruleOptions:` in the file are checked against them (nil:
    /// the caller does not know them, and only the shape is checked).
    public static func load(yaml text: String, file: String, knownRules: Set<String>,
                            ruleOptions declared: [String: [RuleOption]]? = nil) throws -> Checklist {
        var problems: [ChecklistProblem] = []
        func problem(_ line: Int?, _ message: String) { problems.append(ChecklistProblem(file: file, line: line, message: message)) }

        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ChecklistProblems([ChecklistProblem(file: file, line: nil, message: "the file is empty")])
            }
            root = node
        } catch let error as ChecklistProblems {
            throw error
        } catch {
            throw ChecklistProblems([ChecklistProblem(file: file, line: nil, message: "not valid YAML: \(error)")])
        }

        func checkKeys(_ node: Node, allowed: Set<String>, context: String) {
            guard let mapping = node.mapping else { return problem(line(node), "\(context) must be a mapping") }
            for (key, _) in mapping {
                guard let name = key.string else { continue }
                if !allowed.contains(name) {
                    problem(line(key), "unknown key '\(name)' in \(context); allowed: \(allowed.sorted().joined(separator: ", "))")
                }
            }
        }
        checkKeys(root, allowed: topKeys, context: "the checklist")
        if let scoring = root["scoring"] { checkKeys(scoring, allowed: scoringKeys, context: "scoring") }
        for key in ["title", "description", "source"] { if let node = root[key] { checkKeys(node, allowed: localizedKeys, context: key) } }
        if let options = root["ruleOptions"], let declared {
            let reader = StrictYAML(file: file)
            _ = reader.ruleOptions(options, declared: declared)
            problems += reader.problems
        }
        let itemNodes = root["items"]?.sequence.map(Array.init) ?? []
        for node in itemNodes {
            let name = node["id"]?.string ?? "?"
            checkKeys(node, allowed: itemKeys, context: "item \(name)")
            for key in ["title", "note"] { if let sub = node[key] { checkKeys(sub, allowed: localizedKeys, context: "\(key) of item \(name)") } }
        }

        var checklist: Checklist?
        do {
            checklist = try YAMLDecoder().decode(Checklist.self, from: text)
        } catch {
            problem(nil, "does not match the checklist format: \(describe(error))")
        }
        if let checklist {
            let expectedID = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            if checklist.formatVersion != 1 { problem(nil, "formatVersion \(checklist.formatVersion) is not supported (expected 1)") }
            if !isKebabCase(checklist.id) { problem(line(root["id"]), "id '\(checklist.id)' must be kebab-case") }
            if expectedID != checklist.id, file.hasSuffix(".yml") || file.hasSuffix(".yaml") {
                problem(line(root["id"]), "id '\(checklist.id)' differs from the file name '\(expectedID)'")
            }
            if !(0...100).contains(checklist.scoring.passMark) { problem(line(root["scoring"]), "passMark must be between 0 and 100") }
            for key in checklist.scoring.principles.keys where Principle(rawValue: key) == nil {
                problem(line(root["scoring"]), "unknown principle '\(key)' in scoring.principles")
            }
            let total = checklist.scoring.principles.values.reduce(0, +)
            if abs(total - 100) > 0.001 { problem(line(root["scoring"]), "principle weights sum to \(total), not 100") }
            if checklist.items.isEmpty { problem(nil, "the checklist has no items") }
            var seen: Set<String> = []
            for (index, item) in checklist.items.enumerated() {
                let itemLine = index < itemNodes.count ? line(itemNodes[index]) : nil
                if !seen.insert(item.id).inserted { problem(itemLine, "duplicate item id '\(item.id)'") }
                if let weight = item.weight, weight <= 0 { problem(itemLine, "item \(item.id): weight must be > 0") }
                for rule in item.rules where !knownRules.contains(rule) {
                    problem(itemLine, "item \(item.id): unknown rule '\(rule)'")
                }
                if item.rules.isEmpty && item.manual != true {
                    problem(itemLine, "item \(item.id): has no rules, so it must say manual: true")
                }
                if let evidence = item.evidence, !["A", "N", "D", "I"].contains(evidence) {
                    problem(itemLine, "item \(item.id): evidence must be one of A, N, D, I")
                }
            }
        }
        if !problems.isEmpty { throw ChecklistProblems(problems) }
        return checklist!
    }

    private static func line(_ node: Node?) -> Int? {
        guard let mark = node?.mark else { return nil }
        return mark.line
    }

    private static func isKebabCase(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)' at \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        case DecodingError.dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        default:
            return "\(error)"
        }
    }

    private static func path(_ codingPath: [CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}

/// All problems of one checklist file.
public typealias ChecklistProblems = ConfigurationProblems
