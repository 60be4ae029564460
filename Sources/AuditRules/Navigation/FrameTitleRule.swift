import AuditCore
import HTMLDOM

/// Frames have a title that says what they contain.
struct FrameTitleRule: Rule {
    let description = RuleDescription(
        id: "frame-title",
        title: Localized(zh: "框架有标题", en: "Frames have titles"),
        rationale: Localized(
            zh: "读屏软件用 title 介绍内嵌框架（地图、视频、办事系统）；没有标题时用户只知道“框架”。",
            en: "Screen readers introduce an embedded frame (map, video, service system) by its title; without one it is just “frame”."),
        fix: Localized(zh: "为 <iframe> 添加描述内容的 title，如 title=\"办事大厅位置地图\"。",
                       en: "Add a title describing the frame, e.g. title=\"Map of the service hall\"."),
        impact: .serious, wcag: ["4.1.2", "2.4.1"], act: ["cae760"], references: ["WZA-10"],
        passing: [
            RuleExample(##"<iframe src="map.html" title="办事大厅位置地图"></iframe>"##),
            RuleExample(##"<iframe src="ad.html" aria-hidden="true" tabindex="-1"></iframe>"##),
            RuleExample(##"<iframe src="stats.html" tabindex="-1"></iframe><iframe src="x.html" role="none"></iframe>"##),
        ],
        failing: [
            RuleExample(##"↓<iframe src="map.html"></iframe>"##),
            RuleExample(##"↓<iframe src="map.html" title=" "></iframe>"##),
        ])
    let selector = ElementSelector.tags(["iframe", "frame"])

    func check(_ frame: Element, in page: PageContext) -> Verdict {
        if Visibility.isHiddenFromAssistiveTechnology(frame, in: page) || frame.hasPresentationalRole { return .inapplicable }
        // A frame taken out of the tab order (tabindex="-1") is not announced on its own (ACT cae760).
        if let tabindex = frame.attribute("tabindex").flatMap({ TabindexRule.parseInteger($0) }), tabindex < 0 { return .inapplicable }
        return .named(AccessibleName.of(frame, in: page), orFailed: .noTitle)
    }
}

extension Localized {
    fileprivate static let noTitle = Localized(zh: "框架没有标题。", en: "Frame has no title.")
}
