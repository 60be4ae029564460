import AuditCore
import HTMLDOM

/// No floating windows (飘窗, 对联) that move over the content.
struct NoFloatingAdsRule: Rule {
    let description = RuleDescription(
        id: "no-floating-ads",
        title: Localized(zh: "无飘窗及随机弹出窗口", en: "No floating or pop-up windows"),
        rationale: Localized(
            zh: "飘窗在页面上移动、遮挡内容，老年人和手部不便的用户难以关闭，读屏用户可能根本不知道它的存在。",
            en: "Floating windows move over content; older users and people with tremor struggle to close them, and screen-reader users may not know they exist."),
        fix: Localized(zh: "删除飘窗脚本，把重要通知放入页面正文；如必须保留，只在加载时出现一次并提供有名称、可永久关闭的关闭按钮。",
                       en: "Remove the floating window and put notices in the page; if one must stay, show it once on load with a named close button that closes it for good."),
        impact: .serious, wcag: ["2.2.2"], references: ["SLH-03", "SLH-05", "W02", "W17"],
        passing: [
            RuleExample(##"<html><body><div class="notice"><a href="n.html">通知</a></div></body></html>"##),
        ],
        failing: [
            RuleExample(##"<html><body>↓<div id="piaochuang" style="position:absolute"><a href="x.html"><img src="x.png" alt="专题"></a></div>↓<script src="js/piaochuang.js"></script></body></html>"##),
            RuleExample(##"<html><body>↓<div class="duilian left"></div></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var verdicts: [ElementVerdict] = []
        for script in page.elements(named: "script") {
            let source = (script.attribute("src") ?? "").lowercased()
            let file = source.split(separator: "/").last.map(String.init) ?? ""
            if let name = GovSitePatterns.matchesAny(file, GovSitePatterns.floatingScriptNames) {
                verdicts.append(ElementVerdict(script, .failed(.floatingScript(name))))
            }
        }
        var seen: Set<Element> = []
        for attribute in ["id", "class"] {
            for element in page.elements(withAttribute: attribute) where !seen.contains(element) {
                if let match = GovSitePatterns.matchesAny(element.attribute(attribute) ?? "", GovSitePatterns.floatingContainerFragments) {
                    seen.insert(element)
                    verdicts.append(ElementVerdict(element, .failed(.floatingContainer(match))))
                }
            }
        }
        if verdicts.isEmpty, let body = page.document.body { return [ElementVerdict(body, .passed())] }
        return verdicts
    }
}

extension Localized {
    fileprivate static func floatingScript(_ name: String) -> Localized {
        Localized(zh: "加载了飘窗脚本（\(name)）。", en: "Loads a floating-window script (\(name)).")
    }
    fileprivate static func floatingContainer(_ name: String) -> Localized {
        Localized(zh: "页面含飘窗/对联广告容器（\(name)）。", en: "The page has a floating-window container (\(name)).")
    }
}
