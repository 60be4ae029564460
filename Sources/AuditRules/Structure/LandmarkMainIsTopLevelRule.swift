import AuditCore
import HTMLDOM

/// The main landmark is not inside another landmark.
struct LandmarkMainIsTopLevelRule: Rule {
    let description = RuleDescription(
        id: "landmark-main-is-top-level",
        title: Localized(zh: "主要内容地标位于顶层", en: "The main landmark is top level"),
        rationale: Localized(
            zh: "主要内容（main）地标应与页眉、导航、页脚并列；放在导航或侧栏等地标里时，读屏用户会以为正文是导航的一部分。",
            en: "The main landmark sits beside the banner, navigation and footer; nested inside navigation or a sidebar, users take the content for part of it."),
        fix: Localized(zh: "把 <main>（或 role=\"main\"）移到其他地标之外，作为 <body> 下的顶层区域。",
                       en: "Move the <main> (or role=\"main\") out of other landmarks, to the top level under <body>."),
        impact: .moderate, bestPractice: true,
        passing: [
            RuleExample(##"<header>示例区人民政府</header><main><h1>社保卡申领</h1></main>"##),
            RuleExample(##"<div class="wrapper"><main><h1>社保卡申领</h1></main></div>"##),
        ],
        failing: [
            RuleExample(##"<div role="navigation">↓<main><h1>社保卡申领</h1></main></div>"##),
            RuleExample(##"<header>↓<div role="main">正文</div></header>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        Landmarks.topLevelVerdicts(role: "main", in: page)
    }
}
