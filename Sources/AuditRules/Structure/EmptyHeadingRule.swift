import AuditCore
import HTMLDOM

/// Headings have text: screen-reader users navigate by headings.
struct EmptyHeadingRule: Rule {
    let description = RuleDescription(
        id: "empty-heading",
        title: Localized(zh: "标题不为空", en: "Headings are not empty"),
        rationale: Localized(
            zh: "读屏用户常按标题跳读页面；空标题会读出“标题”却没有内容，打断浏览。",
            en: "Screen-reader users jump between headings; an empty heading announces “heading” and nothing else."),
        fix: Localized(zh: "为标题写出文字，或删除仅用于排版的空标题元素。",
                       en: "Give the heading text, or remove heading markup used only for layout."),
        impact: .minor, wcag: ["1.3.1", "2.4.6"], act: ["ffd0e9"], references: ["WZA-18"],
        passing: [
            RuleExample(##"<h2>办事指南</h2>"##),
            RuleExample(##"<h3><img src="t.png" alt="政务公开"></h3>"##),
            RuleExample(##"<h2 hidden></h2>"##),
        ],
        failing: [
            RuleExample(##"↓<h2></h2>"##),
            RuleExample(##"↓<h3>&nbsp;　</h3>"##),
            RuleExample(##"↓<div role="heading" aria-level="2"></div>"##),
            RuleExample(##"↓<h1><img src="logo.png" alt="示例区" role="presentation"></h1>"##),
            RuleExample(##"↓<h1 aria-label="" role="none"><span aria-hidden="true">示例区</span></h1>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard AccessibleName.role(of: element) == "heading", !Visibility.isHiddenFromAssistiveTechnology(element, in: page) else { return .inapplicable }
        let labelledBy = element.attribute("aria-labelledby").map { AccessibleName.labelledByText($0, in: page) } ?? ""
        if !labelledBy.isEmpty { return .named(labelledBy, orFailed: .empty) }
        if let label = element.attribute("aria-label"), !label.isBlankText { return .named(label.collapsedWhitespace, orFailed: .empty) }
        return .named(AccessibleName.contentText(element, in: page), orFailed: .empty)
    }
}

extension Localized {
    fileprivate static let empty = Localized(zh: "标题没有可读出的文字。", en: "Heading has no text to announce.")
}
