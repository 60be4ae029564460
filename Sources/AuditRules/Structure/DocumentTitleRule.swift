import AuditCore
import HTMLDOM

/// The page has a non-empty `<title>`.
struct DocumentTitleRule: Rule {
    let description = RuleDescription(
        id: "document-title",
        title: Localized(zh: "页面有标题", en: "The page has a title"),
        rationale: Localized(
            zh: "页面标题是读屏用户打开页面后听到的第一句话，也用于标签页和收藏夹；没有标题就无法分辨页面。",
            en: "The title is the first thing a screen-reader user hears and names tabs and bookmarks; without it pages cannot be told apart."),
        fix: Localized(zh: "在 <head> 中添加描述页面内容的 <title>，如“社保卡申领_示例区人民政府”。",
                       en: "Add a <title> in <head> describing the page, e.g. “Apply for a social security card – District Government”."),
        impact: .serious, wcag: ["2.4.2"], act: ["2779a5"], references: ["WZA-04"],
        passing: [
            RuleExample(##"<html><head><title>办事指南</title></head><body></body></html>"##),
        ],
        failing: [
            RuleExample(##"↓<html><head></head><body><p>正文</p></body></html>"##),
            RuleExample(##"<html><head>↓<title>  </title></head><body></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        guard let html = page.document.documentElement, html.name == "html" else { return [] }
        guard let title = page.elements(named: "title").first(where: { $0.closest(["svg"]) == nil }) else {
            return [ElementVerdict(html, .failed(.missing))]
        }
        return [ElementVerdict(title, title.textContent.isBlankText ? .failed(.empty) : .passed())]
    }
}

extension Localized {
    fileprivate static let missing = Localized(zh: "页面没有 <title> 元素。", en: "The page has no <title> element.")
    fileprivate static let empty = Localized(zh: "<title> 为空。", en: "The <title> is empty.")
}
