import Yams

/// The answers file (`--answers FILE`): reviewers' verdicts on manual checklist items.
///
/// ```yaml
/// answers:
///   W05:                          # an item id of a selected checklist
///     verdict: pass               # pass | fail
///     reviewer: 王工
///     date: 2026-01-10
///     note: 大字版按钮在所有栏目页可用
///     evidence: tickets/1234
///     pages: "services/**"        # optional: the pages it covers (default all)
///   wcag-2.2-aa:2.4.11: { verdict: fail, reviewer: Li }   # checklist:item when ids clash
/// ```
public enum AnswersFile {
    static let answerKeys = ["verdict", "note", "evidence", "reviewer", "date", "pages"]

    /// Parses and checks the answers against the selected checklists: an unknown item id, an automated
    /// item, or an ambiguous id (in several checklists) is an error.
    public static func parse(yaml text: String, file: String, checklists: [Checklist]) throws -> [ManualAnswer] {
        let reader = StrictYAML(file: file)
        guard let root = reader.root(text) else { try reader.throwIfProblems(); return [] }
        var answers: [ManualAnswer] = []
        for (_, _, list) in reader.mapping(root, allowed: ["answers"], context: "the answers file") {
            guard let mapping = list.mapping else { reader.problem(list, "'answers' must map item ids to answers"); continue }
            for (keyNode, value) in mapping {
                guard let key = keyNode.string else { continue }
                var targets: [(Checklist, ChecklistItem)] = []
                if let colon = key.lastIndex(of: ":"), checklists.contains(where: { $0.id == String(key[..<colon]) }) {
                    let checklist = checklists.first { $0.id == String(key[..<colon]) }!
                    let itemID = String(key[key.index(after: colon)...])
                    if let item = checklist.items.first(where: { $0.id == itemID }) { targets = [(checklist, item)] }
                } else {
                    targets = checklists.compactMap { checklist in checklist.items.first { $0.id == key }.map { (checklist, $0) } }
                }
                guard !targets.isEmpty else {
                    reader.problem(keyNode, "unknown checklist item '\(key)' (not in \(checklists.map(\.id).joined(separator: ", ")))")
                    continue
                }
                if targets.count > 1 {
                    reader.problem(keyNode, "item '\(key)' is in several checklists (\(targets.map(\.0.id).joined(separator: ", "))); write CHECKLIST:\(key)")
                    continue
                }
                let (checklist, item) = targets[0]
                if !item.isManual {
                    reader.problem(keyNode, "item '\(key)' of \(checklist.id) is checked automatically; answers are for manual items")
                    continue
                }
                var verdict: AnswerVerdict?, note: String?, evidence: String?, reviewer: String?, date: Day?, pages: String?
                for (field, _, fieldValue) in reader.mapping(value, allowed: answerKeys, context: "the answer for \(key)") {
                    switch field {
                    case "verdict":
                        if let text = reader.string(fieldValue, field) {
                            verdict = AnswerVerdict(rawValue: text.lowercased())
                            if verdict == nil { reader.problem(fieldValue, "'verdict' must be pass or fail, not '\(text)'") }
                        }
                    case "note": note = reader.text(fieldValue, field)
                    case "evidence": evidence = reader.text(fieldValue, field)
                    case "reviewer": reviewer = reader.text(fieldValue, field)
                    case "date": date = reader.day(fieldValue, field)
                    case "pages": pages = reader.text(fieldValue, field)
                    default: break
                    }
                }
                guard let verdict else {
                    if value.mapping != nil { reader.problem(value, "the answer for \(key) needs 'verdict: pass' or 'verdict: fail'") }
                    continue
                }
                if answers.contains(where: { $0.checklistID == checklist.id && $0.itemID == item.id }) {
                    reader.problem(keyNode, "item '\(key)' is answered twice")
                    continue
                }
                answers.append(ManualAnswer(checklistID: checklist.id, itemID: item.id, verdict: verdict, note: note, evidence: evidence,
                                            reviewer: reviewer, date: date, pages: pages))
            }
        }
        try reader.throwIfProblems()
        return answers.sorted { ($0.checklistID, $0.itemID) < ($1.checklistID, $1.itemID) }
    }
}
