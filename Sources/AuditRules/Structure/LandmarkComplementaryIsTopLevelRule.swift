import AuditCore
import HTMLDOM

/// The complementary landmark is not inside another landmark.
struct LandmarkComplementaryIsTopLevelRule: Rule {
    let description = RuleDescription(
        id: "landmark-complementary-is-top-level",
        title: Localized(zh: "侧栏地标位于顶层", en: "The complementary landmark is top level"),
        rationale: Localized(
            zh: "侧栏（complementary）是与主要内容并列的补充信息，如“相关服务”；放在其他地标里时，地标列表层次混乱。axe-core 已弃用同名规则，因为 ARIA 允许在 main 中嵌套，请结合页面判断。",
            en: "A complementary landmark holds content beside the main content, such as “related services”; nested in another landmark it muddles the landmark list. axe-core deprecated its rule of this name since ARIA allows nesting in main: judge it with the page."),
        fix: Localized(zh: "把 <aside>（或 role=\"complementary\"）移到其他地标之外；如果它属于正文中的某篇文章，放进 <article> 或 <section>。",
                       en: "Move the <aside> (or role=\"complementary\") out of other landmarks; if it belongs to an article in the content, put it in that <article> or <section>."),
        impact: .moderate, bestPractice: true,
        passing: [
            RuleExample(##"<main><h1>社保卡申领</h1></main><aside>相关服务</aside>"##),
            RuleExample(##"<main><article><aside>延伸阅读</aside></article></main>"##),
        ],
        failing: [
            RuleExample(##"<main><h1>社保卡申领</h1>↓<aside>相关服务</aside></main>"##),
            RuleExample(##"<footer>↓<div role="complementary">友情链接</div></footer>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        Landmarks.topLevelVerdicts(role: "complementary", in: page)
    }
}
