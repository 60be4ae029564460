import AuditCore
import HTMLDOM

/// Heading levels go deeper one step at a time.
struct HeadingOrderRule: Rule {
    let description = RuleDescription(
        id: "heading-order",
        title: Localized(zh: "标题级别逐级递增", en: "Heading levels increase by one"),
        rationale: Localized(
            zh: "读屏用户通过标题级别了解页面的层次；从 <h2> 直接跳到 <h4> 会让人以为漏掉了一级内容。",
            en: "Screen-reader users learn a page's outline from heading levels; jumping from <h2> to <h4> suggests a missing level of content."),
        fix: Localized(zh: "按内容层次使用标题：<h2> 之下用 <h3>，不要为了字号跳级；字号用 CSS 调整。",
                       en: "Use heading levels for the outline: an <h3> under an <h2>, never a level skipped for its font size; size text with CSS."),
        impact: .moderate, references: ["WZA-18"], bestPractice: true,
        passing: [
            RuleExample(##"<h1>政务公开</h1><h2>通知公告</h2><h3>2026 年</h3><h2>政策解读</h2>"##),
            RuleExample(##"<h2>页面从二级标题开始</h2><h3>小节</h3><h1>一级</h1>"##),
            RuleExample(##"<h1>办事指南</h1><div role="heading" aria-level="2">办理条件</div><h3 aria-level="3">材料</h3>"##),
            RuleExample(##"<h1>办事指南</h1><h4 hidden>隐藏的标题</h4><h2>办理条件</h2>"##),
            RuleExample(##"<h1>办事指南</h1><h4 role="presentation">不是标题</h4><h2>办理条件</h2>"##),
            RuleExample(##"<h1>办事指南</h1><h4 aria-level="2">按 aria-level 读作二级</h4>"##),
        ],
        failing: [
            RuleExample(##"<h1>政务公开</h1>↓<h3>通知公告</h3>"##),
            RuleExample(##"<h2>办事指南</h2><h3>条件</h3>↓<h5>材料</h5><h2>流程</h2>↓<h4>步骤</h4>"##),
            RuleExample(##"<h1>办事指南</h1>↓<div role="heading" aria-level="3">办理条件</div>"##),
            RuleExample(##"<h1>办事指南</h1><div role="heading">未写 aria-level 时为二级</div><h2>条件</h2>↓<h2 aria-level="4">材料</h2>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var verdicts: [ElementVerdict] = []
        var previous: Int?
        var skipUntil = -1
        for element in page.document.elements {
            if element.documentOrder <= skipUntil { continue }
            if element.name == "template" { skipUntil = element.lastDescendantOrder; continue }
            guard let level = Self.level(of: element), !Visibility.isHiddenFromAssistiveTechnology(element, in: page) else { continue }
            if let previous, level > previous + 1 {
                verdicts.append(ElementVerdict(element, .failed(.skipped(level: level, after: previous))))
            } else {
                verdicts.append(ElementVerdict(element, .passed()))
            }
            previous = level
        }
        return verdicts
    }

    /// The heading level a reader announces: `aria-level` when it is a positive integer, else the `h1`–`h6`
    /// number, else 2 (WAI-ARIA's default for role heading); nil for elements that are not headings.
    static func level(of element: Element) -> Int? {
        guard AccessibleName.role(of: element) == "heading" else { return nil }
        if let value = element.attribute("aria-level")?.trimmedText, let level = Int(value), level > 0 { return level }
        if element.name.count == 2, element.name.hasPrefix("h"), let level = Int(element.name.dropFirst()), (1...6).contains(level) {
            return level
        }
        return 2
    }
}

extension Localized {
    fileprivate static func skipped(level: Int, after previous: Int) -> Localized {
        Localized(zh: "\(level) 级标题紧跟在 \(previous) 级标题之后，跳过了中间的级别。",
                  en: "A level-\(level) heading follows a level-\(previous) heading, skipping a level.")
    }
}
