import AuditCore
import HTMLDOM

/// The page has a level-one heading naming its main content.
struct PageHasHeadingOneRule: Rule {
    let description = RuleDescription(
        id: "page-has-heading-one",
        title: Localized(zh: "页面有一级标题", en: "The page has a level-one heading"),
        rationale: Localized(
            zh: "一级标题让读屏用户直接跳到主要内容，并确认到了哪一页。",
            en: "A level-one heading lets screen-reader users jump to the main content and confirm where they are."),
        fix: Localized(zh: "用 <h1> 标记页面主标题（如事项名称或文章标题）。",
                       en: "Mark the page's main title (service name or article title) with <h1>."),
        impact: .moderate, wcag: ["1.3.1"], references: ["WZA-18"], bestPractice: true,
        passing: [
            RuleExample(##"<html><body><h1>社保卡申领</h1></body></html>"##),
            RuleExample(##"<html><body><div role="heading" aria-level="1">社保卡申领</div></body></html>"##),
        ],
        failing: [
            RuleExample(##"↓<html><body><h2>社保卡申领</h2></body></html>"##),
            RuleExample(##"↓<html><body><h1 hidden>社保卡申领</h1></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        guard let html = page.document.documentElement, html.name == "html" else { return [] }
        let headings = page.elements(named: "h1").filter { $0.explicitRole == nil || $0.explicitRole == "heading" }
            + page.elements(withAttribute: "role").filter {
                $0.explicitRole == "heading" && $0.attribute("aria-level")?.trimmedText == "1"
            }
        let visible = headings.filter { !Visibility.isHiddenFromAssistiveTechnology($0, in: page) }
        return [ElementVerdict(html, visible.isEmpty ? .failed(.missing) : .passed())]
    }
}

extension Localized {
    fileprivate static let missing = Localized(zh: "页面没有可被读屏软件识别的一级标题。", en: "The page has no level-one heading that assistive technology can see.")
}
