import AuditCore
import HTMLDOM

/// No advertising scripts, frames or ad containers (严禁 in elder pages; out of place on any government page).
struct NoAdContentRule: Rule {
    let description = RuleDescription(
        id: "no-ad-content",
        title: Localized(zh: "无广告内容及广告插件", en: "No advertising content or ad plug-ins"),
        rationale: Localized(
            zh: "工信部适老化规范严禁在适老页面中出现广告内容与广告插件；广告干扰老年人和读屏用户，且常诱导误点。",
            en: "The MIIT spec forbids ads and ad plug-ins in elder pages; ads distract older and screen-reader users and invite mis-clicks."),
        fix: Localized(zh: "删除广告联盟脚本、广告框架和广告位。", en: "Remove ad-network scripts, ad frames and ad slots."),
        impact: .critical, references: ["SLH-02", "W01", "APP 5.1.1"],
        passing: [
            RuleExample(##"<html><body><script src="js/main.js"></script><p>正文</p></body></html>"##),
        ],
        failing: [
            RuleExample(##"<html><body>↓<script src="https://pos.baidu.com/s?ad=1"></script></body></html>"##),
            RuleExample(##"<html><body>↓<ins class="adsbygoogle"></ins>↓<iframe src="https://googleads.g.doubleclick.net/x"></iframe></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var verdicts: [ElementVerdict] = []
        for name in ["script", "iframe", "img", "embed"] {
            for element in page.elements(named: name) {
                let source = element.attribute("src") ?? ""
                if let host = GovSitePatterns.matchesAny(source, GovSitePatterns.adHosts) {
                    verdicts.append(ElementVerdict(element, .failed(.adSource(host))))
                }
            }
        }
        for attribute in ["class", "id"] {
            for element in page.elements(withAttribute: attribute) {
                let tokens = element.tokens(attribute)
                if let token = tokens.first(where: GovSitePatterns.adContainerTokens.contains) {
                    verdicts.append(ElementVerdict(element, .failed(.adContainer(token))))
                }
            }
        }
        if verdicts.isEmpty, let body = page.document.body { return [ElementVerdict(body, .passed())] }
        return verdicts.sorted { $0.element.documentOrder < $1.element.documentOrder }
    }
}

extension Localized {
    fileprivate static func adSource(_ host: String) -> Localized {
        Localized(zh: "加载了广告服务（\(host)）。", en: "Loads an advertising service (\(host)).")
    }
    fileprivate static func adContainer(_ token: String) -> Localized {
        Localized(zh: "页面含广告位（\(token)）。", en: "The page has an ad slot (\(token)).")
    }
}
