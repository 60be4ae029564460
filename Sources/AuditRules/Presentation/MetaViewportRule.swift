import AuditCore
import HTMLDOM

/// The viewport meta tag does not stop people from zooming.
struct MetaViewportRule: Rule {
    let description = RuleDescription(
        id: "meta-viewport",
        title: Localized(zh: "不禁止页面缩放", en: "Zooming is not disabled"),
        rationale: Localized(
            zh: "老年人和低视力用户依靠双指放大阅读手机页面；user-scalable=no 或 maximum-scale 小于 2 会让他们无法放大。",
            en: "Older and low-vision users pinch to zoom on phones; user-scalable=no or maximum-scale below 2 stops them."),
        fix: Localized(zh: "删除 user-scalable=no，把 maximum-scale 设为至少 2（或删除），如 width=device-width, initial-scale=1。",
                       en: "Remove user-scalable=no and set maximum-scale to at least 2 (or drop it)."),
        impact: .moderate, wcag: ["1.4.4"], act: ["b4f0c3"], references: ["WZA-14", "W09", "W10"],
        passing: [
            RuleExample(##"<meta name="viewport" content="width=device-width, initial-scale=1">"##),
            RuleExample(##"<meta name="viewport" content="width=device-width, maximum-scale=3">"##),
            RuleExample(##"<meta name="viewport" content="user-scalable=yes">"##),
            RuleExample(##"<meta name="viewport" content="maximum-scale=-1">"##),
        ],
        failing: [
            RuleExample(##"↓<meta name="viewport" content="width=device-width, user-scalable=no">"##),
            RuleExample(##"↓<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">"##),
            RuleExample(##"↓<meta name="viewport" content="user-scalable=0">"##),
            RuleExample(##"↓<meta name="viewport" content="user-scalable=invalid">"##),
            RuleExample(##"↓<meta name="viewport" content="maximum-scale=invalid">"##),
        ])
    let selector = ElementSelector.tags(["meta"])

    func check(_ meta: Element, in page: PageContext) -> Verdict {
        guard meta.attribute("name")?.trimmedText.lowercased() == "viewport", let content = meta.attribute("content") else {
            return .inapplicable
        }
        let properties = Self.properties(content)
        // Browsers read an unknown keyword as 0: user-scalable=invalid disables zoom, as "no" does.
        if let scalable = properties["user-scalable"], (Self.number(scalable) ?? 0).magnitude < 1 {
            return .failed(.noScaling)
        }
        // An unknown keyword is read as 0 too; negative scales are invalid and ignored.
        if let maximum = properties["maximum-scale"] {
            let value = Self.number(maximum) ?? 0
            if value >= 0 && value < 2 { return .failed(.maximumScale(maximum)) }
        }
        return .passed()
    }

    /// `key=value` pairs separated by commas, semicolons or spaces (as browsers accept them).
    static func properties(_ content: String) -> [String: String] {
        var result: [String: String] = [:]
        for part in content.lowercased().split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmedText }
            guard pair.count == 2 else { continue }
            result[pair[0]] = pair[1]
        }
        return result
    }

    /// Numeric value per the CSS Device Adaptation keywords: yes = 1, no = 0.1, device-width = 10.
    static func number(_ value: String) -> Double? {
        switch value {
        case "yes": return 1
        case "no": return 0.1
        case "device-width", "device-height": return 10
        default:
            let digits = value.prefix { $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }
            return Double(digits)
        }
    }
}

extension Localized {
    fileprivate static let noScaling = Localized(zh: "视口设置了 user-scalable=no，禁止缩放。", en: "The viewport sets user-scalable=no, which blocks zooming.")
    fileprivate static func maximumScale(_ value: String) -> Localized {
        Localized(zh: "maximum-scale=\(value) 使页面最多放大不到 2 倍。", en: "maximum-scale=\(value) limits zoom to less than 200%.")
    }
}
