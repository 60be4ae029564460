import AuditCore
import HTMLDOM

/// Controls whose children are presentational (buttons, checkboxes, tabs…) contain nothing focusable.
struct NestedInteractiveRule: Rule {
    let description = RuleDescription(
        id: "nested-interactive",
        title: Localized(zh: "按钮等控件内不嵌套可聚焦元素", en: "Controls do not contain focusable elements"),
        rationale: Localized(
            zh: "按钮、复选框、标签页的子元素对辅助技术是“展示性”的；嵌套的链接或按钮会得到焦点却不被朗读。",
            en: "The children of buttons, checkboxes and tabs are presentational to assistive technology; a nested link or button gets focus but is not announced."),
        fix: Localized(zh: "把嵌套的链接或按钮移到控件外面。", en: "Move the nested link or button out of the control."),
        impact: .serious, wcag: ["4.1.2"], act: ["307n5z"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<button>保存</button><button aria-label="保存选项" aria-expanded="false">▼</button>"##),
            RuleExample(##"<button><a>按钮中的非链接 a</a></button>"##),
            RuleExample(##"<table><tr><th><a href="#">表头中的链接</a></th></tr></table>"##),
        ],
        failing: [
            RuleExample(##"↓<button>保存<span role="button" tabindex="0">▼</span></button>"##),
            RuleExample(##"<ul role="tablist">↓<li role="tab"><a href="#">标签 1</a></li></ul>"##),
            RuleExample(##"↓<p role="checkbox" aria-checked="false" tabindex="0">我同意<a href="/terms">服务条款</a></p>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard let role = AccessibleName.role(of: element), ARIA.role(role)?.childrenPresentational == true else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        let nested = element.descendants.filter { SequentialFocus.isInTabOrder($0) && !Visibility.isHidden($0, in: page) }
        return nested.isEmpty ? .passed() : .failed(.nested(role, nested.count))
    }
}

extension Localized {
    fileprivate static func nested(_ role: String, _ count: Int) -> Localized {
        Localized(zh: "\(role) 控件内嵌套了 \(count) 个可聚焦元素。", en: "The \(role) contains \(count) focusable elements.")
    }
}
