import AuditCore
import HTMLDOM

/// Elements with `role="tab"` have a name.
struct AriaTabNameRule: Rule {
    let description = RuleDescription(
        id: "aria-tab-name",
        title: Localized(zh: "选项卡有名称", en: "Tabs have names"),
        rationale: Localized(
            zh: "“办事指南 / 常见问题 / 办理流程”这类选项卡只有图标或为空时，读屏用户只听到“选项卡，第 2 个，共 3 个”，不知道切换后会看到什么。",
            en: "A tab (service guide / FAQ / steps) that is empty or only an icon is announced as “tab, 2 of 3”; users cannot tell what it shows."),
        fix: Localized(zh: "在选项卡内写出文字，或用 aria-label / aria-labelledby 命名。",
                       en: "Put text in the tab, or name it with aria-label / aria-labelledby."),
        impact: .serious, wcag: ["4.1.2"], references: ["WZA-02"],
        passing: [
            RuleExample(##"<div role="tablist" aria-label="事项信息"><button role="tab" aria-selected="true">办事指南</button><button role="tab" aria-selected="false">常见问题</button></div>"##),
            RuleExample(##"<ul role="tablist"><li role="tab" aria-label="地图"><i class="icon-map"></i></li></ul>"##),
            RuleExample(##"<div role="tablist"><span id="t1">办理流程</span><div role="tab" aria-labelledby="t1"></div><div role="tab" hidden></div></div>"##),
        ],
        failing: [
            RuleExample(##"<div role="tablist">↓<div role="tab"><i class="icon-list"></i></div></div>"##),
            RuleExample(##"<ul role="tablist">↓<li role="tab" aria-label=" "></li></ul>"##),
            RuleExample(##"<div role="tablist">↓<button role="tab"><img src="map.png" alt=""></button></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        RoleNames.verdict(for: element, roles: ["tab"], in: page)
    }
}
