import AuditCore
import HTMLDOM

/// The `<summary>` that opens a `<details>` disclosure has a name.
struct SummaryNameRule: Rule {
    let description = RuleDescription(
        id: "summary-name",
        title: Localized(zh: "折叠区摘要有名称", en: "Summary elements have names"),
        rationale: Localized(
            zh: "summary 是展开/收起的按钮；没有文字时读屏用户只听到“按钮，已折叠”，不知道里面是什么。",
            en: "A summary is the button that opens a disclosure; without text users hear only “button, collapsed”."),
        fix: Localized(zh: "在 <summary> 中写出折叠内容的标题，如“办理时间”。", en: "Write the disclosure's heading in the <summary>, e.g. “Opening times”."),
        impact: .serious, wcag: ["4.1.2"], act: ["2t702h"], references: ["WZA-02"],
        passing: [
            RuleExample(##"<details><summary>办理时间</summary><p>工作日 9:00–17:00</p></details>"##),
            RuleExample(##"<details><summary aria-label="办理时间"></summary><p>…</p></details>"##),
            RuleExample(##"<details><summary>办理时间</summary><summary></summary></details>"##),
            RuleExample(##"<summary></summary><details><div><summary></summary></div></details>"##),
            RuleExample(##"<details><summary role="button">办理时间</summary></details>"##),
        ],
        failing: [
            RuleExample(##"<details>↓<summary></summary><p>工作日 9:00–17:00</p></details>"##),
            RuleExample(##"<details>↓<summary role="none"></summary><p>…</p></details>"##),
        ])
    let selector = ElementSelector.tags(["summary"])

    func check(_ summary: Element, in page: PageContext) -> Verdict {
        // Only the first summary child of a details element is its disclosure button.
        guard let details = summary.parent, details.name == "details",
              details.children.first(where: { $0.name == "summary" }) == summary else { return .inapplicable }
        // An explicit role (other than a presentational one, which a focusable summary ignores) replaces the disclosure.
        if summary.explicitRole != nil, !summary.hasPresentationalRole { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(summary, in: page) { return .inapplicable }
        return .named(Self.name(of: summary, in: page), orFailed: .noName)
    }

    /// A summary has no ARIA role of its own, so the name is computed here in accname order: aria-labelledby,
    /// aria-label, its content (a disclosure button is named from content), then title.
    static func name(of summary: Element, in page: PageContext) -> String {
        let labelledBy = summary.attribute("aria-labelledby").map { AccessibleName.labelledByText($0, in: page) } ?? ""
        if !labelledBy.isEmpty { return labelledBy }
        if let label = summary.attribute("aria-label"), !label.isBlankText { return label.collapsedWhitespace }
        let content = AccessibleName.contentText(summary, in: page)
        if !content.isEmpty { return content }
        if let title = summary.attribute("title"), !title.isBlankText { return title.collapsedWhitespace }
        return ""
    }
}

extension Localized {
    fileprivate static let noName = Localized(zh: "summary 没有可访问名称。", en: "Summary has no accessible name.")
}
