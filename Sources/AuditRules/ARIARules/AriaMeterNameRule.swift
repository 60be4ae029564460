import AuditCore
import HTMLDOM

/// Elements with `role="meter"` have a name.
struct AriaMeterNameRule: Rule {
    let description = RuleDescription(
        id: "aria-meter-name",
        title: Localized(zh: "计量条有名称", en: "Meters have names"),
        rationale: Localized(
            zh: "计量条（如“材料完整度 70%”）只能从名称得知量的是什么；没有名称时读屏用户只听到一个数值。",
            en: "A meter (such as “documents complete: 70%”) says what it measures only through its name; without one users hear a bare number."),
        fix: Localized(zh: "添加 aria-label，或用 aria-labelledby 指向说明文字；元素内的文字不会成为计量条的名称。",
                       en: "Add aria-label, or point aria-labelledby at the caption; text inside does not name a meter."),
        impact: .serious, wcag: ["1.1.1"], references: ["WZA-02"],
        passing: [
            RuleExample(##"<div role="meter" aria-valuenow="70" aria-valuemin="0" aria-valuemax="100" aria-label="材料完整度"></div>"##),
            RuleExample(##"<span id="m">磁盘空间</span><div role="meter" aria-valuenow="3" aria-valuemax="5" aria-labelledby="m"></div>"##),
            RuleExample(##"<div role="meter" aria-valuenow="3" title="本月预约次数"></div>"##),
            RuleExample(##"<div role="meter" aria-valuenow="3" aria-hidden="true"></div>"##),
            RuleExample(##"<label>完整度 <meter value="0.7"></meter></label>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="meter" aria-valuenow="70"></div>"##),
            RuleExample(##"↓<div role="meter" aria-valuenow="3" aria-valuemax="5">3 / 5</div>"##),
            RuleExample(##"<span id="hint" aria-hidden="true"></span>↓<div role="meter" aria-valuenow="1" aria-labelledby="hint"></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        // A native <meter> is named by its <label>; this rule is about the ARIA role.
        RoleNames.verdict(for: element, roles: ["meter"], in: page) { element, _ in element.name == "meter" }
    }
}
