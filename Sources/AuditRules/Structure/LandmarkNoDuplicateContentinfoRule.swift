import AuditCore
import HTMLDOM

/// The page has at most one contentinfo landmark.
struct LandmarkNoDuplicateContentinfoRule: Rule {
    let description = RuleDescription(
        id: "landmark-no-duplicate-contentinfo",
        title: Localized(zh: "页面最多有一个页脚地标", en: "The page has at most one contentinfo landmark"),
        rationale: Localized(
            zh: "页脚（contentinfo）地标放网站标识码、版权和联系方式，每页一个；重复时按地标浏览的用户分不清哪一个是真正的页脚。",
            en: "The contentinfo landmark holds the site's registration, copyright and contact details, once per page; duplicates leave landmark users unsure which is the footer."),
        fix: Localized(zh: "页面顶层只保留一个 <footer>（或 role=\"contentinfo\"）；文章、区块的页脚放在 <article>/<section> 中。",
                       en: "Keep one top-level <footer> (or role=\"contentinfo\"); footers of articles and sections go inside <article>/<section>."),
        impact: .moderate, bestPractice: true,
        passing: [
            RuleExample(##"<html><body><main><article><footer>发布日期</footer></article></main><footer>网站标识码</footer></body></html>"##),
            RuleExample(##"<html><body><footer>网站标识码</footer><aside><footer>侧栏说明</footer></aside></body></html>"##),
        ],
        failing: [
            RuleExample(##"<html><body><footer>网站标识码</footer>↓<div role="contentinfo">版权所有</div></body></html>"##),
            RuleExample(##"<html><body><footer>联系我们</footer><div>↓<footer>网站标识码</footer></div></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        Landmarks.duplicateVerdicts(role: "contentinfo", in: page) { first in .duplicate("contentinfo", first) }
    }
}
