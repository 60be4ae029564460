import AuditCore
import HTMLDOM

/// Image buttons (`<input type="image">`) have a name that says what they do.
struct InputImageAltRule: Rule {
    let description = RuleDescription(
        id: "input-image-alt",
        title: Localized(zh: "图片按钮有替代文本", en: "Image buttons have a text alternative"),
        rationale: Localized(
            zh: "图片按钮常用于“提交”“搜索”；没有名称时读屏用户不知道按下会发生什么。",
            en: "Image buttons often submit or search; without a name a screen-reader user cannot tell what they do."),
        fix: Localized(zh: "为 <input type=\"image\"> 添加描述操作的 alt，如 alt=\"提交申请\"。",
                       en: "Add an alt that names the action, e.g. alt=\"Submit application\"."),
        impact: .critical, wcag: ["1.1.1", "4.1.2"], act: ["59796f"], references: ["WZA-02", "GB/T 37668 3.2.1.3"],
        passing: [
            RuleExample(##"<form><input type="image" src="submit.png" alt="提交"></form>"##),
            RuleExample(##"<form><input type="image" src="go.png" aria-label="搜索"></form>"##),
            RuleExample(##"<form><input type="image" src="go.png" title="搜索"></form>"##),
        ],
        failing: [
            RuleExample(##"<form>↓<input type="image" src="submit.png"></form>"##),
            RuleExample(##"<form>↓<input type="image" src="submit.png" alt=""></form>"##),
        ])
    let selector = ElementSelector.tags(["input"])

    func check(_ input: Element, in page: PageContext) -> Verdict {
        guard input.attribute("type")?.trimmedText.lowercased() == "image" else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(input, in: page) { return .inapplicable }
        return .named(AccessibleName.of(input, in: page), orFailed: .noName)
    }
}

extension Localized {
    fileprivate static let noName = Localized(
        zh: "图片按钮没有可访问名称（alt、aria-label 或 title）。",
        en: "Image button has no accessible name (alt, aria-label or title).")
}
