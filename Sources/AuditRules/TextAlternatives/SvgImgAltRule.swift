import AuditCore
import HTMLDOM

/// `<svg>` images with an image role have a name.
struct SvgImgAltRule: Rule {
    let description = RuleDescription(
        id: "svg-img-alt",
        title: Localized(zh: "SVG 图片有替代文本", en: "SVG images have a text alternative"),
        rationale: Localized(
            zh: "声明为图片的 SVG 需要名称，否则读屏用户无法得知其含义。",
            en: "An SVG declared as an image needs a name, or screen-reader users cannot know what it shows."),
        fix: Localized(zh: "在 SVG 内加 <title>，或使用 aria-label / aria-labelledby。",
                       en: "Add a <title> child, or aria-label / aria-labelledby."),
        impact: .serious, wcag: ["1.1.1"], act: ["7d6734"], references: ["WZA-01"],
        passing: [
            RuleExample(##"<svg role="img" aria-label="服务热线"><circle r="5"></circle></svg>"##),
            RuleExample(##"<svg role="img"><title>办件流程图</title><circle r="5"></circle></svg>"##),
            RuleExample(##"<svg><circle r="5"></circle></svg>"##),
        ],
        failing: [
            RuleExample(##"↓<svg role="img"><circle r="5"></circle></svg>"##),
            RuleExample(##"<svg>↓<circle role="graphics-symbol" r="5"></circle></svg>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ svg: Element, in page: PageContext) -> Verdict {
        // The svg element itself or any SVG shape inside it (<circle role="graphics-symbol">).
        guard svg.name == "svg" || svg.closest(["svg"]) != nil,
              let role = ARIA.explicitRole(of: svg), ["img", "graphics-document", "graphics-symbol"].contains(role) else {
            return .inapplicable
        }
        if Visibility.isHiddenFromAssistiveTechnology(svg, in: page) { return .inapplicable }
        return .named(AccessibleName.of(svg, in: page), orFailed: .noName)
    }
}

extension Localized {
    fileprivate static let noName = Localized(
        zh: "SVG 图片没有可访问名称。", en: "SVG image has no accessible name.")
}
