import AuditCore
import HTMLDOM

/// No `<marquee>`: scrolling text cannot be paused and is hard to read.
struct MarqueeRule: Rule {
    let description = RuleDescription(
        id: "marquee",
        title: Localized(zh: "不使用滚动字幕 marquee", en: "No <marquee> scrolling text"),
        rationale: Localized(
            zh: "滚动的“通知公告”无法暂停，老年人和阅读障碍用户来不及读完，也会分散注意力。",
            en: "Scrolling announcements cannot be paused; older readers and people with reading difficulties cannot finish them."),
        fix: Localized(zh: "改为静态列表；若必须滚动，用脚本实现并提供暂停/停止按钮。",
                       en: "Use a static list; if it must move, script it with a pause/stop control."),
        impact: .serious, wcag: ["2.2.2"], references: ["WZA-12"],
        passing: [RuleExample(##"<ul class="notice"><li><a href="n1.html">关于…的通知</a></li></ul>"##)],
        failing: [RuleExample(##"↓<marquee>通知公告：…</marquee>"##)])
    let selector = ElementSelector.tags(["marquee"])

    func check(_ element: Element, in page: PageContext) -> Verdict {
        Visibility.isHidden(element, in: page) ? .inapplicable : .failed(.moving)
    }
}

extension Localized {
    fileprivate static let moving = Localized(zh: "<marquee> 滚动内容无法暂停或停止。", en: "<marquee> content moves and cannot be paused or stopped.")
}
