import AuditCore
import HTMLDOM

/// The page has at most one main landmark.
struct LandmarkNoDuplicateMainRule: Rule {
    let description = RuleDescription(
        id: "landmark-no-duplicate-main",
        title: Localized(zh: "页面最多有一个主要内容地标", en: "The page has at most one main landmark"),
        rationale: Localized(
            zh: "“跳到主要内容”只应有一个去处；出现多个 main 地标时，读屏用户不知道哪一个才是本页的正文。",
            en: "“Skip to main content” should have one destination; with several main landmarks users cannot tell which holds the page's content."),
        fix: Localized(zh: "只保留一个可见的 <main>（或 role=\"main\"），其他改用 <section>、<div> 等；暂不显示的可加 hidden。",
                       en: "Keep one visible <main> (or role=\"main\"); turn the others into <section> or <div>, or hide the ones not shown with hidden."),
        impact: .moderate, references: ["WZA-09"], bestPractice: true,
        passing: [
            RuleExample(##"<html><body><main><h1>社保卡申领</h1></main></body></html>"##),
            RuleExample(##"<html><body><main><h1>社保卡申领</h1></main><main hidden><h1>另一页</h1></main></body></html>"##),
            RuleExample(##"<html><body><main><h1>社保卡申领</h1></main><div role="main" aria-hidden="true">旧内容</div></body></html>"##),
        ],
        failing: [
            RuleExample(##"<html><body><main><h1>社保卡申领</h1></main>↓<main><h2>相关服务</h2></main></body></html>"##),
            RuleExample(##"<html><body><main>正文</main>↓<div role="main">侧栏</div>↓<main>页脚</main></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        Landmarks.duplicateVerdicts(role: "main", in: page) { first in .duplicate("main", first) }
    }
}
