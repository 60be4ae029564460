import AuditCore
import HTMLDOM

/// Every `aria-*` attribute is defined in WAI-ARIA.
struct AriaValidAttrRule: Rule {
    let description = RuleDescription(
        id: "aria-valid-attr",
        title: Localized(zh: "aria-* 属性名有效", en: "aria-* attributes are defined in WAI-ARIA"),
        rationale: Localized(
            zh: "拼错的属性（如 aria-labelled）不起作用，开发者以为提供了名称或状态，读屏用户却什么也听不到。",
            en: "A misspelt attribute (aria-labelled) does nothing: the author believes a name or state is there, screen-reader users get nothing."),
        fix: Localized(zh: "改正拼写，使用 WAI-ARIA 定义的属性名，如 aria-labelledby、aria-checked。",
                       en: "Fix the spelling and use attributes WAI-ARIA defines, such as aria-labelledby or aria-checked."),
        impact: .critical, wcag: ["4.1.2"], act: ["5f99a7"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<div role="dialog" aria-modal="true" aria-label="提示">内容</div>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="checkbox" aria-not-checked="true">同意</div>"##),
            RuleExample(##"<span id="l">生日</span>↓<div role="searchbox" contenteditable aria-labelled="l"></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        let names = element.attributes.map(\.name).filter { $0.hasPrefix("aria-") }
        guard !names.isEmpty else { return .inapplicable }
        let unknown = names.filter { ARIA.attribute($0) == nil }
        return unknown.isEmpty ? .passed() : .failed(.unknown(unknown.joined(separator: ", ")))
    }
}

extension Localized {
    fileprivate static func unknown(_ names: String) -> Localized {
        Localized(zh: "WAI-ARIA 中没有定义 \(names)。", en: "\(names) is not defined in WAI-ARIA.")
    }
}
