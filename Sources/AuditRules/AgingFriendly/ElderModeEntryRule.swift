import AuditCore
import HTMLDOM

/// The home page links to an elder mode (关怀版/长者版…) that elderly users can find.
struct ElderModeEntryRule: Rule {
    let description = RuleDescription(
        id: "elder-mode-entry",
        title: Localized(zh: "首页提供适老版（关怀版）入口", en: "The home page links to an elder mode"),
        rationale: Localized(
            zh: "工信部适老化规范要求提供一键直达的适老服务入口；老年用户需要在首页醒目位置找到“关怀版/长者版”。",
            en: "The MIIT aging-friendly spec asks for a direct way into the elder service; older users must find “关怀版/长者版” on the home page."),
        fix: Localized(zh: "在首页页头醒目位置放置文字链接“关怀版”，指向适老版首页或启用适老模式。",
                       en: "Put a text link “关怀版” (elder mode) prominently in the home page header, leading to the elder version."),
        impact: .serious, references: ["SLH-01", "W24", "W04", "APP 3.1"],
        passing: [
            RuleExample(##"<html><body><a href="/elder/index.html">关怀版</a></body></html>"##, page: PageTraits(isHomePage: true)),
            RuleExample(##"<html><body><a href="javascript:;" onclick="aria.oldFixedStart()"><img src="ghb.png" alt="长者模式"></a></body></html>"##, page: PageTraits(isHomePage: true)),
            RuleExample(##"<html><body><p>新闻正文</p></body></html>"##),
        ],
        failing: [
            RuleExample(##"<html>↓<body><a href="/">首页</a></body></html>"##, page: PageTraits(isHomePage: true)),
        ],
        cantTell: [
            RuleExample(##"<html><head><script src="https://gov.govwza.cn/dist/aria.js?appid=1"></script></head><body><a href="/">首页</a></body></html>"##, page: PageTraits(isHomePage: true)),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        guard page.traits.isHomePage, !page.traits.isElderPage, let body = page.document.body ?? page.document.documentElement else {
            return []
        }
        let candidates = page.elements(named: "a") + page.elements(named: "button") + page.elements(withAttribute: "onclick")
        for element in candidates {
            let text = [AccessibleName.of(element, in: page), element.attribute("title") ?? "", element.attribute("href") ?? ""].joined(separator: " ")
            if GovSitePatterns.elderModeNames.matches(text)
                || GovSitePatterns.elderModeScriptCalls.matches(element.attribute("onclick") ?? "") {
                return [ElementVerdict(element, .passed())]
            }
        }
        // A toolbar script can add the entry at run time, which a static export cannot show.
        if let toolbar = AccessibilityToolbarRule.detect(in: page).first {
            return [ElementVerdict(toolbar.element, .cantTell(.toolbarMayAddEntry))]
        }
        return [ElementVerdict(body, .failed(.noEntry))]
    }
}

extension Localized {
    fileprivate static let noEntry = Localized(
        zh: "首页未找到“关怀版/长者版/适老版”等适老模式入口。", en: "No elder-mode entry (关怀版/长者版/适老版…) found on the home page.")
    fileprivate static let toolbarMayAddEntry = Localized(
        zh: "页面没有静态的适老版入口，但加载了无障碍工具条脚本，入口可能在运行时生成；请人工确认。",
        en: "No static elder-mode entry, but an accessibility toolbar script may add one at run time; check by hand.")
}
