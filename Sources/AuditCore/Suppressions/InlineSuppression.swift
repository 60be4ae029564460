import HTMLDOM

/// A `<!-- wza-disable-next RULE[,RULE…] -- reason -->` comment: it suppresses the named rules' findings
/// on the next element sibling (white space and other comments may come between). The reason is
/// required; a comment without one (or naming no rule, or with nothing to apply to) suppresses nothing
/// and is reported as a problem.
public struct InlineSuppression: Codable, Sendable, Hashable {
    public static let keyword = "wza-disable-next"

    /// Line of the comment.
    public var line: Int
    /// Rule ids as written, in order, without duplicates.
    public var rules: [String]
    /// The reason after `--`, white space collapsed; empty when missing.
    public var reason: String
    /// The comment's text, trimmed and shortened, for the report.
    public var comment: String
    /// Document order of the element it applies to; nil when no element follows.
    public var targetOrder: Int?
    /// Selector of that element.
    public var targetSelector: String?
    /// Why the comment suppresses nothing, when it is malformed (rule ids are checked later, against the catalogue).
    public var problem: Localized?

    public init(line: Int, rules: [String], reason: String, comment: String, targetOrder: Int?, targetSelector: String?,
                problem: Localized?) {
        self.line = line
        self.rules = rules
        self.reason = reason
        self.comment = comment
        self.targetOrder = targetOrder
        self.targetSelector = targetSelector
        self.problem = problem
    }

    /// Every `wza-disable…` comment of a page, in document order. Comments that do not start with
    /// `wza-disable` are ignored.
    public static func parse(_ document: HTMLDocument) -> [InlineSuppression] {
        var result: [InlineSuppression] = []
        let nodes = document.nodes
        for (index, node) in nodes.enumerated() where node.kind == .comment {
            let text = node.text.trimmingWhitespace
            guard text.lowercased().hasPrefix("wza-disable") else { continue }
            var directive = parse(comment: text, line: node.line)
            if let target = nextElementSibling(after: index, in: nodes) {
                directive.targetOrder = target.documentOrder
                directive.targetSelector = target.selectorPath
            } else if directive.problem == nil {
                directive.problem = Localized(
                    zh: "注释后没有可应用的元素（应紧接在要豁免的元素之前）",
                    en: "no element follows the comment (it must come right before the element it suppresses)")
            }
            result.append(directive)
        }
        return result
    }

    /// Parses the text of one comment (without `<!--` and `-->`). The target is filled in by `parse(_:)`.
    public static func parse(comment text: String, line: Int) -> InlineSuppression {
        let trimmed = text.trimmingWhitespace
        let shown = trimmed.count > 200 ? String(trimmed.prefix(199)) + "…" : trimmed
        func invalid(_ zh: String, _ en: String, rules: [String] = [], reason: String = "") -> InlineSuppression {
            InlineSuppression(line: line, rules: rules, reason: reason, comment: shown, targetOrder: nil, targetSelector: nil,
                              problem: Localized(zh: zh, en: en))
        }
        let lower = trimmed.lowercased()
        guard lower.hasPrefix(keyword),
              lower.count == keyword.count || lower.dropFirst(keyword.count).first?.isWhitespace == true
        else {
            return invalid("未知的 wza 指令（应为 wza-disable-next 规则 -- 理由）",
                           "unknown wza directive (expected: wza-disable-next RULE -- reason)")
        }
        let rest = trimmed.dropFirst(keyword.count)
        let ruleText: Substring, reasonText: Substring
        if let separator = rest.range(of: "--") {
            ruleText = rest[..<separator.lowerBound]
            reasonText = rest[separator.upperBound...]
        } else {
            ruleText = rest
            reasonText = ""
        }
        var rules: [String] = []
        for token in ruleText.split(whereSeparator: { $0 == "," || $0.isWhitespace }) where !rules.contains(String(token)) {
            rules.append(String(token))
        }
        let reason = reasonText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if rules.isEmpty {
            return invalid("豁免注释未写规则编号", "the suppression comment names no rule", reason: reason)
        }
        if reason.isEmpty {
            return invalid("豁免注释缺少理由（格式：wza-disable-next 规则 -- 理由），因此不生效",
                           "the suppression comment has no reason (wza-disable-next RULE -- reason), so it suppresses nothing",
                           rules: rules)
        }
        return InlineSuppression(line: line, rules: rules, reason: reason, comment: shown, targetOrder: nil, targetSelector: nil,
                                 problem: nil)
    }

    /// The next sibling element after node `index`, skipping white-space text and comments; nil when
    /// non-blank text or the end of the parent comes first.
    static func nextElementSibling(after index: Int, in nodes: [Node]) -> Element? {
        let parent = nodes[index].parent?.documentOrder
        var cursor = index + 1
        while cursor < nodes.count {
            let node = nodes[cursor]
            guard node.parent?.documentOrder == parent else { return nil }
            switch node.kind {
            case .element: return node.element
            case .comment: cursor += 1
            default:
                guard node.text.trimmingWhitespace.isEmpty else { return nil }
                cursor += 1
            }
        }
        return nil
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
