import AuditCore
import HTMLDOM

/// The viewport lets people zoom a long way (axe: best practice): `maximum-scale` of at least 5. Values below 2
/// (and `user-scalable=no`) are meta-viewport's failures and are not reported twice.
struct MetaViewportLargeRule: Rule {
    let description = RuleDescription(
        id: "meta-viewport-large",
        title: Localized(zh: "页面可以大幅放大", en: "Pages can be zoomed a long way"),
        rationale: Localized(
            zh: "低视力和老年用户在手机上常需要把文字放大到 3 到 5 倍才能看清；maximum-scale=2 或 3 虽满足 WCAG 的 200%，仍会挡住他们。属最佳实践（axe 的 best-practice 规则）。",
            en: "Low-vision and older users often need 300–500% zoom to read on a phone; maximum-scale=2 or 3 meets WCAG's 200% but still stops them. A best practice (axe best-practice)."),
        fix: Localized(zh: "删除 maximum-scale，或把它设为 5 以上。", en: "Remove maximum-scale, or set it to 5 or more."),
        impact: .minor, references: ["WZA-14"], bestPractice: true,
        passing: [
            RuleExample(##"<meta name="viewport" content="width=device-width, initial-scale=1">"##),
            RuleExample(##"<meta name="viewport" content="width=device-width, maximum-scale=5">"##),
            RuleExample(##"<meta name="viewport" content="maximum-scale=1, user-scalable=no"><meta name="description" content="x">"##),
        ],
        failing: [
            RuleExample(##"↓<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">"##),
            RuleExample(##"↓<meta name="viewport" content="maximum-scale=4.5">"##),
        ])
    let selector = ElementSelector.tags(["meta"])

    static let minimumScale = 5.0

    func check(_ meta: Element, in page: PageContext) -> Verdict {
        guard meta.attribute("name")?.trimmedText.lowercased() == "viewport", let content = meta.attribute("content") else {
            return .inapplicable
        }
        let properties = MetaViewportRule.properties(content)
        // Zoom disabled outright is meta-viewport's failure.
        if let scalable = properties["user-scalable"], (MetaViewportRule.number(scalable) ?? 0).magnitude < 1 { return .inapplicable }
        guard let maximum = properties["maximum-scale"] else { return .passed() }
        let value = MetaViewportRule.number(maximum) ?? 0
        if value < 0 { return .passed() }
        if value < 2 { return .inapplicable }
        return value < Self.minimumScale ? .failed(.small(maximum)) : .passed()
    }
}

extension Localized {
    fileprivate static func small(_ value: String) -> Localized {
        Localized(zh: "maximum-scale=\(value) 使页面最多只能放大到 \(value) 倍（建议不少于 5 倍）。",
                  en: "maximum-scale=\(value) limits zoom to \(value)× (5× or more is recommended).")
    }
}
