import AuditCore
import HTMLDOM

/// No buttons or links that press people into downloading an app or paying (诱导下载、诱导付款).
struct NoInducedButtonsRule: Rule {
    let description = RuleDescription(
        id: "no-induced-buttons",
        title: Localized(zh: "无诱导下载、诱导付款按钮", en: "No induced download or payment buttons"),
        rationale: Localized(
            zh: "工信部适老化规范严禁“诱导下载”“诱导付款”类按键；老年人容易误点，造成下载、扣费或受骗。",
            en: "The MIIT spec forbids buttons that induce downloads or payments; older users click them by mistake and may be charged or misled."),
        fix: Localized(zh: "删除“立即下载”“领取红包”等诱导按钮；确需提供客户端时，用中性文字的普通链接放在说明页。",
                       en: "Remove “download now / claim a red packet” buttons; if an app is offered, use a neutral link on an information page."),
        impact: .critical, references: ["SLH-04", "W03", "APP 5.1.2"],
        passing: [
            RuleExample(##"<html><body><a href="guide.html">办事指南</a><button>查询</button></body></html>"##),
        ],
        failing: [
            RuleExample(##"<html><body>↓<a href="app.apk" class="btn">立即下载</a><a href="guide.html">办事指南</a></body></html>"##),
            RuleExample(##"<html><body>↓<button>领取红包</button></body></html>"##),
            RuleExample(##"<html><body>↓<input type="button" value="扫码下载APP"></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        let controls = page.elements(named: "a") + page.elements(named: "button") + page.elements(named: "input")
            + page.elements(withAttribute: "role").filter { $0.explicitRole == "button" }
        var verdicts: [ElementVerdict] = []
        var seen: Set<Element> = []
        for control in controls where seen.insert(control).inserted {
            if control.name == "input", !["button", "submit", "image"].contains(FormFields.inputType(control)) { continue }
            let text = [AccessibleName.of(control, in: page), control.attribute("title") ?? ""].joined(separator: " ")
                .filter { $0 != " " }
            if let phrase = GovSitePatterns.matchesAny(text, GovSitePatterns.inducedPhrases) {
                verdicts.append(ElementVerdict(control, .failed(.induced(phrase))))
            }
        }
        if verdicts.isEmpty, !controls.isEmpty, let body = page.document.body { return [ElementVerdict(body, .passed())] }
        return verdicts.sorted { $0.element.documentOrder < $1.element.documentOrder }
    }
}

extension Localized {
    fileprivate static func induced(_ phrase: String) -> Localized {
        Localized(zh: "按钮或链接使用诱导性文字“\(phrase)”。", en: "Button or link uses inducing wording “\(phrase)”.")
    }
}
