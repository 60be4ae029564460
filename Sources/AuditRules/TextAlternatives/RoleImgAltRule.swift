import AuditCore
import HTMLDOM

/// Elements with `role="img"` have a name.
struct RoleImgAltRule: Rule {
    let description = RuleDescription(
        id: "role-img-alt",
        title: Localized(zh: "role=\"img\" 的元素有替代文本", en: "Elements with role=\"img\" have a text alternative"),
        rationale: Localized(
            zh: "role=\"img\" 把元素（常为图标字体或背景图）声明为图片；没有名称时读屏用户只知道“有张图”。",
            en: "role=\"img\" declares an image (often an icon font or background image); without a name it is announced as an unnamed image."),
        fix: Localized(zh: "添加 aria-label 或 aria-labelledby 描述图片。", en: "Add aria-label or aria-labelledby describing the image."),
        impact: .serious, wcag: ["1.1.1"], act: ["23a2a8"], references: ["WZA-01"],
        passing: [
            RuleExample(##"<span role="img" aria-label="五星好评">★★★★★</span>"##),
            RuleExample(##"<div role="img" aria-hidden="true"></div>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="img" class="banner"></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard element.explicitRole == "img", !["img", "svg", "input", "area", "object"].contains(element.name) else {
            return .inapplicable
        }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        return .named(AccessibleName.of(element, in: page), orFailed: .noName)
    }
}

extension Localized {
    fileprivate static let noName = Localized(
        zh: "role=\"img\" 的元素没有可访问名称。", en: "Element with role=\"img\" has no accessible name.")
}
