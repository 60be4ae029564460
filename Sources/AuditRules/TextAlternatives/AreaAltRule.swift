import AuditCore
import HTMLDOM

/// Clickable areas of image maps have a text alternative.
struct AreaAltRule: Rule {
    let description = RuleDescription(
        id: "area-alt",
        title: Localized(zh: "图像热区有替代文本", en: "Image map areas have a text alternative"),
        rationale: Localized(
            zh: "热区是链接；没有替代文本时读屏用户听不到链接去向（常见于辖区地图导航）。",
            en: "Areas are links; without alt text a screen-reader user cannot tell where they lead (common in district maps)."),
        fix: Localized(zh: "为每个带 href 的 <area> 写 alt，说明链接目标，如 alt=\"浦东新区\"。",
                       en: "Give each <area href> an alt naming its destination."),
        impact: .critical, wcag: ["1.1.1", "2.4.4", "4.1.2"], act: ["c487ae"], references: ["WZA-01"],
        passing: [
            RuleExample(##"<img src="map.png" usemap="#m" alt="辖区地图"><map name="m"><area href="a.html" alt="东区" shape="rect" coords="0,0,10,10"></map>"##),
            RuleExample(##"<map name="m"><area shape="rect" coords="0,0,10,10"></map>"##),
        ],
        failing: [
            RuleExample(##"<img src="map.png" usemap="#m" alt="辖区地图"><map name="m">↓<area href="a.html" shape="rect" coords="0,0,10,10"></map>"##),
        ])
    let selector = ElementSelector.tags(["area"])

    func check(_ area: Element, in page: PageContext) -> Verdict {
        guard area.hasAttribute("href") else { return .inapplicable }
        // Browsers' own style sheet says area{display:none}: an area is exposed through its image map, so
        // judge the map's visibility and the area's own aria-hidden.
        if area.attribute("aria-hidden")?.trimmedText.lowercased() == "true" { return .inapplicable }
        if let map = area.closest(["map"]), Visibility.isHiddenFromAssistiveTechnology(map, in: page) { return .inapplicable }
        return .named(AccessibleName.of(area, in: page), orFailed: .noName)
    }
}

extension Localized {
    fileprivate static let noName = Localized(
        zh: "热区链接没有替代文本。", en: "Image map area link has no text alternative.")
}
