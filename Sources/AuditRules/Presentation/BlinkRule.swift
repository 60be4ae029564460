import AuditCore
import HTMLDOM

/// No `<blink>`: blinking text is hard to read and distracting.
struct BlinkRule: Rule {
    let description = RuleDescription(
        id: "blink",
        title: Localized(zh: "不使用闪烁文字 blink", en: "No <blink> text"),
        rationale: Localized(
            zh: "闪烁文字难以阅读，会干扰注意力障碍用户，且无法停止。",
            en: "Blinking text is hard to read, distracts people with attention disorders and cannot be stopped."),
        fix: Localized(zh: "删除 <blink>，用加粗或颜色以外的方式（如“【重要】”）强调。",
                       en: "Remove <blink>; emphasise with strong text or a label such as “Important”."),
        impact: .serious, wcag: ["2.2.2"], references: ["WZA-13"],
        passing: [RuleExample(##"<strong>【重要】请于月底前办理</strong>"##)],
        failing: [RuleExample(##"↓<blink>最新通知</blink>"##)])
    let selector = ElementSelector.tags(["blink"])

    func check(_ element: Element, in page: PageContext) -> Verdict {
        Visibility.isHidden(element, in: page) ? .inapplicable : .failed(.blinking)
    }
}

extension Localized {
    fileprivate static let blinking = Localized(zh: "<blink> 文字闪烁且无法停止。", en: "<blink> text blinks and cannot be stopped.")
}
