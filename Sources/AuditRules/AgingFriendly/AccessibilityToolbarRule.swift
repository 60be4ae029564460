import AuditCore
import HTMLDOM

/// Reports an accessibility toolbar (无障碍工具条) for information. A toolbar helps, but does not fix the page.
struct AccessibilityToolbarRule: Rule {
    let description = RuleDescription(
        id: "accessibility-toolbar",
        title: Localized(zh: "检测无障碍工具条（信息）", en: "Accessibility toolbar detected (information)"),
        rationale: Localized(
            zh: "工具条可提供放大、配色、朗读等辅助功能（对应适老化规范的辅助阅读要求），但不能修复页面自身的缺陷；wza 仍检查全部规则。导出的静态页面中工具条脚本通常不会运行。",
            en: "A toolbar offers zoom, colour schemes and reading aloud (the spec's assisted reading), but does not fix the page itself; wza still checks every rule. In a static export the toolbar script usually does not run."),
        fix: Localized(zh: "无需修复；请同时修复页面本身的问题，并人工确认工具条在适老版中可用。",
                       en: "Nothing to fix; also fix the page's own problems and check by hand that the toolbar works in the elder version."),
        impact: .minor, references: ["PAT-01", "W04", "W09", "W12"], informational: true,
        passing: [
            RuleExample(##"<script src="https://gov.govwza.cn/dist/aria.js?appid=0123" id="ariascripts"></script>"##),
            RuleExample(##"<a href="javascript:;" onclick="aria.start()">无障碍</a>"##),
            RuleExample(##"<p>没有工具条</p>"##),
        ],
        failing: [])
    let selector = ElementSelector.page

    struct Detection {
        var element: Element
        var vendor: String
    }

    static func detect(in page: PageContext) -> [Detection] {
        var found: [Detection] = []
        for script in page.elements(named: "script") {
            if let source = script.attribute("src"), let signature = GovSitePatterns.toolbarSignatureList.firstMatch(in: source),
               let match = GovSitePatterns.toolbarSignatures.first(where: { $0.signature == signature }) {
                found.append(Detection(element: script, vendor: match.vendor))
            }
        }
        for element in page.elements(withAttribute: "onclick") {
            if GovSitePatterns.toolbarScriptCalls.matches(element.attribute("onclick") ?? "") {
                found.append(Detection(element: element, vendor: "onclick: \(element.attribute("onclick") ?? "")"))
            }
        }
        return found
    }

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        Self.detect(in: page).map { ElementVerdict($0.element, .passed(.detected($0.vendor))) }
    }
}

extension Localized {
    fileprivate static func detected(_ vendor: String) -> Localized {
        Localized(zh: "检测到无障碍工具条：\(vendor)。", en: "Accessibility toolbar detected: \(vendor).")
    }
}
