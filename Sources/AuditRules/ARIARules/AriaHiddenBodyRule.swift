import AuditCore
import HTMLDOM

/// `aria-hidden="true"` is not set on `<body>`.
struct AriaHiddenBodyRule: Rule {
    let description = RuleDescription(
        id: "aria-hidden-body",
        title: Localized(zh: "body 未设置 aria-hidden=\"true\"", en: "The body is not aria-hidden"),
        rationale: Localized(
            zh: "body 上的 aria-hidden=\"true\" 把整个页面从辅助技术中隐藏，读屏用户什么也听不到。常见于弹窗脚本打开后忘了移除，或写在了错误的元素上。",
            en: "aria-hidden=\"true\" on the body hides the whole page from assistive technology; screen-reader users hear nothing. It is often left behind by a pop-up script or set on the wrong element."),
        fix: Localized(zh: "删除 body 上的 aria-hidden；打开对话框时只隐藏对话框以外的同级区块，或使用 aria-modal / inert。",
                       en: "Remove aria-hidden from the body; when a dialog opens, hide only the sibling regions outside it, or use aria-modal / inert."),
        impact: .critical, wcag: ["1.3.1", "4.1.2"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<html><body><p>办事指南</p></body></html>"##),
            RuleExample(##"<html><body aria-hidden="false"><p>办事指南</p></body></html>"##),
            RuleExample(##"<html><body><div aria-hidden="true"><p>背景内容</p></div><div role="dialog" aria-label="提示"></div></body></html>"##),
        ],
        failing: [
            RuleExample(##"<html>↓<body aria-hidden="true"><p>办事指南</p></body></html>"##),
            RuleExample(##"<html>↓<body aria-hidden=" TRUE "><p>办事指南</p></body></html>"##),
        ])
    let selector = ElementSelector.tags(["body"])

    func check(_ body: Element, in page: PageContext) -> Verdict {
        // Only a body that carries aria-hidden is tested: a body without it is not evidence that a page's
        // names and roles are right, and would add a pass to every page's score.
        guard body.parent?.name == "html", let value = body.attribute("aria-hidden") else { return .inapplicable }
        let hidden = ARIAText.trimmed(value).lowercased() == "true"
        return hidden ? .failed(.hiddenBody) : .passed()
    }
}

extension Localized {
    fileprivate static let hiddenBody = Localized(
        zh: "body 设置了 aria-hidden=\"true\"，整个页面对读屏软件不可见。", en: "The body has aria-hidden=\"true\": the whole page is hidden from screen readers.")
}
