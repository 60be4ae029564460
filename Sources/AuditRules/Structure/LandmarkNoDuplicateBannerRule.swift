import AuditCore
import HTMLDOM

/// The page has at most one banner landmark.
struct LandmarkNoDuplicateBannerRule: Rule {
    let description = RuleDescription(
        id: "landmark-no-duplicate-banner",
        title: Localized(zh: "页面最多有一个页眉地标", en: "The page has at most one banner landmark"),
        rationale: Localized(
            zh: "页眉（banner）地标代表整站的标志、站名和搜索，每页一个；重复出现时，按地标浏览的用户会听到两个“横幅”，分不清哪一个是页眉。",
            en: "The banner landmark holds the site's logo, name and search, once per page; two banners leave landmark users unsure which is the page header."),
        fix: Localized(zh: "页面顶层只保留一个 <header>（或 role=\"banner\"）；文章、区块内的页眉放在 <article>/<section> 中，它们就不再是 banner。",
                       en: "Keep one top-level <header> (or role=\"banner\"); headers of articles and sections go inside <article>/<section>, where they are no banner."),
        impact: .moderate, bestPractice: true,
        passing: [
            RuleExample(##"<html><body><header>示例区人民政府</header><main><article><header><h1>通知</h1></header></article></main></body></html>"##),
            RuleExample(##"<html><body><header>示例区人民政府</header><section><header>栏目页眉</header></section></body></html>"##),
            RuleExample(##"<html><body><header>示例区人民政府</header><header hidden>打印版页眉</header></body></html>"##),
        ],
        failing: [
            RuleExample(##"<html><body><header>示例区人民政府</header>↓<div role="banner">政务服务网</div></body></html>"##),
            RuleExample(##"<html><body><header>示例区人民政府</header><div>↓<header>第二个页眉</header></div></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        Landmarks.duplicateVerdicts(role: "banner", in: page) { first in .duplicate("banner", first) }
    }
}
