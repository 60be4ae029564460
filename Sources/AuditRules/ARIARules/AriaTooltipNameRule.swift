import AuditCore
import HTMLDOM

/// Elements with `role="tooltip"` have a name.
struct AriaTooltipNameRule: Rule {
    let description = RuleDescription(
        id: "aria-tooltip-name",
        title: Localized(zh: "提示框有名称", en: "Tooltips have names"),
        rationale: Localized(
            zh: "提示框用来补充说明（如“请填写 18 位身份证号”）；内容为空或只有图标时，读屏用户得不到任何提示。",
            en: "A tooltip adds a hint (“enter the 18-digit ID number”); when it is empty or holds only an icon, screen-reader users get no hint at all."),
        fix: Localized(zh: "在提示框内写出提示文字，或用 aria-label / aria-labelledby 命名。",
                       en: "Write the hint inside the tooltip, or name it with aria-label / aria-labelledby."),
        impact: .serious, wcag: ["4.1.2"], references: ["WZA-02"],
        passing: [
            RuleExample(##"<input aria-label="身份证号" aria-describedby="t"><div role="tooltip" id="t">请填写 18 位身份证号</div>"##),
            RuleExample(##"<div role="tooltip" aria-label="必填项"><i class="icon-star"></i></div>"##),
            RuleExample(##"<div role="tooltip" style="display:none"></div>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="tooltip" id="t"></div>"##),
            RuleExample(##"↓<div role="tooltip"><img src="info.png" alt=""></div>"##),
            RuleExample(##"↓<span role="tooltip"><span aria-hidden="true">请填写手机号</span></span>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        RoleNames.verdict(for: element, roles: ["tooltip"], in: page)
    }
}
