import AuditCore
import HTMLDOM

/// The contentinfo landmark is not inside another landmark.
struct LandmarkContentinfoIsTopLevelRule: Rule {
    let description = RuleDescription(
        id: "landmark-contentinfo-is-top-level",
        title: Localized(zh: "页脚地标位于顶层", en: "The contentinfo landmark is top level"),
        rationale: Localized(
            zh: "页脚（contentinfo）代表整个页面的页脚；放在其他地标里时，读屏用户在地标列表中找不到页面页脚。",
            en: "The contentinfo landmark is the footer of the whole page; nested in another landmark, users cannot find it in the landmark list."),
        fix: Localized(zh: "把 <footer>（或 role=\"contentinfo\"）移到 <main> 等地标之外；如果它只是某个区块的页脚，去掉 role=\"contentinfo\"。",
                       en: "Move the <footer> (or role=\"contentinfo\") out of <main> and other landmarks; if it only closes a section, drop role=\"contentinfo\"."),
        impact: .moderate, bestPractice: true,
        passing: [
            RuleExample(##"<main><h1>社保卡申领</h1></main><footer>网站标识码</footer>"##),
            RuleExample(##"<main><footer>发布机构</footer></main>"##),
        ],
        failing: [
            RuleExample(##"<main>↓<div role="contentinfo">网站标识码</div></main>"##),
            RuleExample(##"<div role="complementary" aria-label="侧栏">↓<footer role="contentinfo">联系方式</footer></div>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        Landmarks.topLevelVerdicts(role: "contentinfo", in: page)
    }
}
