import AuditCore
import HTMLDOM

/// The banner landmark is not inside another landmark.
struct LandmarkBannerIsTopLevelRule: Rule {
    let description = RuleDescription(
        id: "landmark-banner-is-top-level",
        title: Localized(zh: "页眉地标位于顶层", en: "The banner landmark is top level"),
        rationale: Localized(
            zh: "页眉（banner）代表整个页面的页眉；放在其他地标里时，读屏软件的地标列表层次混乱，用户找不到页面页眉。",
            en: "The banner is the header of the whole page; nested in another landmark it confuses the landmark list and users cannot find the page header."),
        fix: Localized(zh: "把 <header>（或 role=\"banner\"）移到 <main>、<nav> 等地标之外；如果它只是某个区块的页眉，去掉 role=\"banner\"。",
                       en: "Move the <header> (or role=\"banner\") out of <main>, <nav> and other landmarks; if it only heads a section, drop role=\"banner\"."),
        impact: .moderate, bestPractice: true,
        passing: [
            RuleExample(##"<header>示例区人民政府</header><main><h1>社保卡申领</h1></main>"##),
            RuleExample(##"<main><header><h1>社保卡申领</h1></header></main>"##),
            RuleExample(##"<div role="navigation" aria-hidden="true"><div role="banner">隐藏</div></div>"##),
        ],
        failing: [
            RuleExample(##"<main>↓<div role="banner">示例区人民政府</div></main>"##),
            RuleExample(##"<nav>↓<header role="banner">站点导航</header></nav>"##),
            RuleExample(##"<html><body><form aria-label="站内搜索">↓<header>搜索</header></form></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        Landmarks.topLevelVerdicts(role: "banner", in: page)
    }
}
