import AuditCore
import HTMLDOM

/// The page has a main landmark.
struct LandmarkOneMainRule: Rule {
    let description = RuleDescription(
        id: "landmark-one-main",
        title: Localized(zh: "页面有主要内容地标", en: "The page has a main landmark"),
        rationale: Localized(
            zh: "读屏用户按地标（如 NVDA 的 D 键）直接跳到主要内容，跳过每页重复的导航；没有 <main> 时只能从头逐段收听。",
            en: "Screen-reader users jump straight to the main content by landmark, skipping the navigation repeated on every page; without <main> they must listen from the top."),
        fix: Localized(zh: "用 <main>（或 role=\"main\"）包住页面的主要内容，每页一个。",
                       en: "Wrap the page's main content in one <main> (or role=\"main\") element."),
        impact: .moderate, references: ["WZA-09"], bestPractice: true,
        passing: [
            RuleExample(##"<html><body><header>示例区人民政府</header><main><h1>社保卡申领</h1></main></body></html>"##),
            RuleExample(##"<html><body><div role="main"><h1>社保卡申领</h1></div></body></html>"##),
            RuleExample(##"<html><frameset><frame src="a.html"></frameset></html>"##),
        ],
        failing: [
            RuleExample(##"↓<html><body><div id="main"><h1>社保卡申领</h1></div></body></html>"##),
            RuleExample(##"↓<html><body><main hidden><h1>旧版内容</h1></main><div>新版内容</div></body></html>"##),
            RuleExample(##"↓<html><body><main role="region"><h1>社保卡申领</h1></main></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        guard let html = page.document.documentElement, html.name == "html" else { return [] }
        // A frameset page has no content of its own; its frames are audited as pages.
        if !page.elements(named: "frameset").isEmpty { return [] }
        let hasMain = Landmarks.all(in: page).contains { $0.role == "main" }
        return [ElementVerdict(html, hasMain ? .passed() : .failed(.noMain))]
    }
}

extension Localized {
    fileprivate static let noMain = Localized(zh: "页面没有读屏软件可识别的 main 地标（<main> 或 role=\"main\"）。",
                                              en: "The page has no main landmark (<main> or role=\"main\") that assistive technology can see.")
}
