import AuditCore
import HTMLDOM

/// `<ul>` and `<ol>` directly contain only list items (and script-supporting elements).
struct ListRule: Rule {
    let description = RuleDescription(
        id: "list",
        title: Localized(zh: "列表只直接包含列表项", en: "Lists contain only list items"),
        rationale: Localized(
            zh: "读屏软件会读出“列表，共 5 项”并逐项朗读；列表里直接放 div、文字或其他标签时，项数报错、内容不属于任何一项，用户难以理解结构。",
            en: "Screen readers announce “list, 5 items” and read item by item; other elements or text directly inside the list break the count and belong to no item."),
        fix: Localized(zh: "把 <ul>/<ol> 中的其他内容放进 <li>，或移到列表之外；不要给 <li> 另设角色。",
                       en: "Move other content of the <ul>/<ol> into an <li> or out of the list, and give <li> no other role."),
        impact: .serious, wcag: ["1.3.1"],
        passing: [
            RuleExample(##"<ul><li>办事指南</li><li>政务公开</li></ul>"##),
            RuleExample(##"""
                <ol>
                  <!-- 按时间排序 -->
                  <li>申请</li>
                  <script>var n = 1;</script>
                  <template><div>模板</div></template>
                  <li>受理</li>
                </ol>
                """##),
            RuleExample(##"<ul><li>办事指南</li><div hidden>隐藏的提示</div><span aria-hidden="true">·</span></ul>"##),
            RuleExample(##"<ul><div role="listitem">政务公开</div><li>办事指南</li></ul>"##),
            RuleExample(##"<ul role="menubar"><div role="menuitem">首页</div></ul>"##),
            RuleExample(##"<ul role="none"><div>布局</div></ul>"##),
            RuleExample(##"<ul><li role="none" tabindex="0">可聚焦的列表项保留原有语义</li></ul>"##),
            RuleExample(##"<ul><li>一级<ul><li>二级</li></ul></li></ul>"##),
            RuleExample(##"<ul></ul>"##),
        ],
        failing: [
            RuleExample(##"↓<ul><li>办事指南</li><div>政务公开</div></ul>"##),
            RuleExample(##"↓<ol>第一步<li>申请</li></ol>"##),
            RuleExample(##"↓<ul><li role="presentation">办事指南</li><li>政务公开</li></ul>"##),
            RuleExample(##"↓<ul><li role="button">办事指南</li></ul>"##),
            RuleExample(##"↓<ul><ul><li>嵌套列表应放在 li 中</li></ul></ul>"##),
            RuleExample(##"↓<ul role="list"><span>分隔</span><li>办事指南</li></ul>"##),
            RuleExample(##"↓<ul role="none" aria-label="导航"><p>角色被忽略，仍是列表</p></ul>"##),
        ])
    let selector = ElementSelector.tags(["ul", "ol"])

    func check(_ list: Element, in page: PageContext) -> Verdict {
        // A list whose role replaces `list` (menubar, tablist, none…) is checked by the ARIA rules, not here.
        if list.hasOverridingRole, ARIA.explicitRole(of: list) != "list" { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(list, in: page) { return .inapplicable }
        var problems: [String] = []
        for node in list.childNodes {
            switch node.kind {
            case .comment: continue
            case .text:
                if !node.text.isBlankText { problems.append("“\(String(node.text.collapsedWhitespace.prefix(20)))”") }
            case .element:
                guard let child = node.element, !["script", "template"].contains(child.name) else { continue }
                // Content that is not in the accessibility tree does not change what a reader hears.
                if Visibility.isHiddenFromAssistiveTechnology(child, in: page) { continue }
                let role = AccessibleName.role(of: child)
                if role == "listitem" { continue }
                problems.append(child.name == "li" ? "<li role=\"\(role ?? "none")\">" : "<\(child.name)>")
            }
        }
        if problems.isEmpty { return .passed() }
        return .failed(.notListItems(problems.firstDistinct(5)))
    }
}

extension Localized {
    fileprivate static func notListItems(_ what: String) -> Localized {
        Localized(zh: "列表直接包含了列表项以外的内容：\(what)。", en: "The list directly contains content other than list items: \(what).")
    }
}
