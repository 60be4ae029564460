import AuditCore
import HTMLDOM

/// `role="text"` is used only on content with nothing focusable in it (axe: best practice). The role (not in
/// WAI-ARIA 1.2, supported by WebKit/VoiceOver) makes the content one flat text: a link or button inside it
/// can still take focus but is no longer announced as a control. `aria-roles` leaves `role="text"` to this
/// rule (as axe does), so a misuse is reported once, as a best practice.
struct AriaTextRule: Rule {
    let description = RuleDescription(
        id: "aria-text",
        title: Localized(zh: "role=\"text\" 内没有可聚焦元素", en: "role=\"text\" contains nothing focusable"),
        rationale: Localized(
            zh: "role=\"text\" 让读屏软件把一段内容当作一串纯文字朗读；其中的链接、按钮仍能用 Tab 聚焦，却不再被报告为链接或按钮，用户不知道焦点落在了什么上。属最佳实践，不对应具体 WCAG 成功标准。",
            en: "role=\"text\" makes a screen reader read the content as one flat string; a link or button inside can still be focused with Tab but is no longer announced as a control, so users do not know what has focus. A best practice, not tied to a WCAG success criterion."),
        fix: Localized(zh: "只在不含链接、按钮、输入框等可聚焦元素的内容上使用 role=\"text\"，或删除该 role。",
                       en: "Use role=\"text\" only on content without links, buttons, fields or other focusable elements, or remove the role."),
        impact: .serious, references: ["WZA-19"], bestPractice: true,
        passing: [
            RuleExample(##"<p><span role="text">价格：<s>100 元</s> 1 元</span></p>"##),
            RuleExample(##"<h2><span role="text">办事<br>指南</span></h2>"##),
            RuleExample(##"<span role="text">说明<a href="#" style="display:none">隐藏链接</a><a tabindex="-1">不在 Tab 顺序里</a></span>"##),
        ],
        failing: [
            RuleExample(##"↓<span role="text">详见<a href="/guide">办事指南</a></span>"##),
            RuleExample(##"↓<div role="text" tabindex="0">客服热线 12345</div>"##),
            RuleExample(##"↓<p role="text">验证码 <button>刷新</button></p>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard element.tokens("role").first == "text" else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        if SequentialFocus.isInTabOrder(element) { return .failed(.selfFocusable) }
        var skipUntil = -1
        for child in element.descendants {
            if child.documentOrder <= skipUntil { continue }
            if Visibility.isHidden(child, in: page) { skipUntil = child.lastDescendantOrder; continue }
            if SequentialFocus.isInTabOrder(child) { return .failed(.focusableInside(child.name)) }
        }
        return .passed()
    }
}

extension Localized {
    fileprivate static let selfFocusable = Localized(zh: "role=\"text\" 的元素本身可用 Tab 聚焦。", en: "The element with role=\"text\" is itself in the tab order.")

    fileprivate static func focusableInside(_ tag: String) -> Localized {
        Localized(zh: "role=\"text\" 内有可聚焦的 <\(tag)>。", en: "role=\"text\" contains a focusable <\(tag)>.")
    }
}
