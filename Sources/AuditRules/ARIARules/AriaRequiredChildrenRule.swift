import AuditCore
import HTMLDOM

/// Elements whose role needs particular children (`list` → `listitem`, `tablist` → `tab`, `menu` → `menuitem`…)
/// own only those.
struct AriaRequiredChildrenRule: Rule {
    let description = RuleDescription(
        id: "aria-required-children",
        title: Localized(zh: "ARIA 容器只包含所需的子角色", en: "ARIA containers own only their required child roles"),
        rationale: Localized(
            zh: "列表、菜单、选项卡组、表格等容器的子元素必须是相应角色（列表项、菜单项、选项卡、行）；混入其他内容时，读屏软件报错项数、方向键跳不到，用户无法操作。",
            en: "Lists, menus, tab lists and grids must own items of the matching role (listitem, menuitem, tab, row); with anything else, screen readers miscount the items and arrow keys skip them."),
        fix: Localized(zh: "让容器的直接子元素（可隔着 role=\"none\" 的包装）具有所需角色，如 role=\"tablist\" 下用 role=\"tab\"；不属于容器的内容移到容器外。",
                       en: "Give the container's children (through role=\"none\" wrappers if need be) the required role, e.g. role=\"tab\" under role=\"tablist\"; move anything else out of the container."),
        impact: .critical, wcag: ["1.3.1"], act: ["bc4a75"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<div role="list"><span role="listitem">办事指南</span><span role="listitem">办件查询</span></div>"##),
            RuleExample(##"<ul role="tablist"><li role="none"><span role="tab">通知</span></li></ul>"##),
            RuleExample(##"<div role="menu"><div role="group"><span role="menuitem">新建</span><div role="group"><span role="menuitem">打开</span></div></div></div>"##),
            RuleExample(##"<div role="list" aria-owns="i1"></div><div id="i1" role="listitem">公示公告</div>"##),
            RuleExample(##"<table><caption>办理时限</caption><colgroup><col></colgroup><tr><th>事项</th><td>5 个工作日</td></tr></table>"##),
            RuleExample(##"<select multiple><optgroup label="浦东"><option>陆家嘴街道</option></optgroup></select>"##),
            RuleExample(##"<ul role="menu" aria-busy="true">加载中</ul>"##),
            RuleExample(##"<ul><li>办事指南</li><script>track()</script></ul>"##),
            RuleExample(##"<div role="list"><div class="row"><div role="listitem">政策文件</div></div></div>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="list"><span>办事指南</span></div>"##),
            RuleExample(##"↓<ol role="tablist"><li role="listitem">通知</li></ol>"##),
            RuleExample(##"<div role="grid">↓<div role="row"><span>1</span></div></div>"##),
            RuleExample(##"↓<div role="list" aria-owns="t"></div><div id="t" role="tab">办件</div>"##),
            RuleExample(##"↓<div role="menu"><div role="group"><span role="treeitem">新建</span></div></div>"##),
            RuleExample(##"↓<ul><a href="/">首页</a></ul>"##),
            RuleExample(##"↓<select role="menu" aria-label="操作"><option>打印</option></select>"##),
        ],
        cantTell: [
            RuleExample(##"<ul role="menubar"><li><a href="/" role="menuitem">首页</a></li></ul>"##),
            RuleExample(##"<div role="tablist"></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard let role = AccessibleName.role(of: element), let definition = ARIA.role(role), !definition.requiredOwned.isEmpty,
              AccessibilityTree.node(element) == .role(role) else { return .inapplicable }
        // ACT bc4a75: a container that says it is still loading may own anything.
        if ARIAText.trimmed(element.attribute("aria-busy") ?? "").lowercased() == "true" { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }

        // The first step of each path (`group > option` → group), and the steps a group or rowgroup leads to.
        var allowed = Set(definition.requiredOwned.compactMap(\.first))
        var next: [String: Set<String>] = [:]
        for path in definition.requiredOwned where path.count > 1 { next[path[0], default: []].insert(path[1]) }
        // Roles whose own required context is this role belong here too (a caption in a table).
        allowed.formUnion(Self.contextChildren(of: role))

        var wrong: [String] = []
        var uncertain = false
        var owned = 0
        var stack = AccessibilityTree.children(of: element, in: page).reversed().map { ($0, allowed) }
        while let (child, allowedHere) = stack.popLast() {
            if Visibility.isHiddenFromAssistiveTechnology(child, in: page) { continue }
            let children = { AccessibilityTree.children(of: child, in: page).reversed().map { ($0, allowedHere) } }
            switch AccessibilityTree.node(child) {
            case .presentational, .none:
                stack += children()
            case .generic:
                let inner = children()
                if inner.isEmpty { wrong.append("generic <\(child.name)>") } else { stack += inner }
            case .uncertain:
                uncertain = true
                owned += 1
                stack += children()
            case .role(let childRole):
                owned += 1
                guard allowedHere.contains(childRole) else { wrong.append(childRole); continue }
                // A group (or rowgroup) leads on to its own allowed roles; one that is itself a container with
                // required owned elements (rowgroup → row) is checked on its own.
                if let then = next[childRole], ARIA.role(childRole)?.requiredOwned.isEmpty ?? true {
                    stack += AccessibilityTree.children(of: child, in: page).reversed().map { ($0, then.union([childRole])) }
                }
            }
        }
        let required = definition.requiredOwned.map { $0.joined(separator: " > ") }
        if !wrong.isEmpty { return .failed(.wrongChildren(role, Array(Set(wrong)).sorted(), required)) }
        if uncertain { return .cantTell(.throughListItem(role)) }
        if owned == 0, ARIA.explicitRole(of: element) == role { return .cantTell(.empty(role, required)) }
        return .passed()
    }

    /// Roles that name `role` as their required context (caption → table, grid, treegrid).
    static func contextChildren(of role: String) -> [String] {
        ARIA.roles.values.filter { $0.requiredContext.contains(role) }.map(\.name)
    }
}

extension Localized {
    fileprivate static func wrongChildren(_ role: String, _ wrong: [String], _ required: [String]) -> Localized {
        Localized(zh: "role=\"\(role)\" 的容器包含不允许的子元素：\(wrong.joined(separator: "、"))；应为 \(required.joined(separator: "、"))。",
                  en: "The role=\"\(role)\" container owns elements it may not: \(wrong.joined(separator: ", ")); it needs \(required.joined(separator: ", ")).")
    }
    fileprivate static func throughListItem(_ role: String) -> Localized {
        Localized(zh: "role=\"\(role)\" 的容器下有不是普通列表直接子元素的 <li>，浏览器对它的角色处理不一：只作包装时请加 role=\"none\"，是列表项时请让它直接位于 <ul>/<ol> 中。",
                  en: "The role=\"\(role)\" container holds an <li> that is not the child of a plain list, which browsers expose differently: give a wrapper role=\"none\", or put a list item directly in its <ul>/<ol>.")
    }
    fileprivate static func empty(_ role: String, _ required: [String]) -> Localized {
        Localized(zh: "role=\"\(role)\" 的容器在静态页面中没有子元素（可能由脚本填充）；应包含 \(required.joined(separator: "、"))。",
                  en: "The role=\"\(role)\" container owns nothing in the static page (a script may fill it); it needs \(required.joined(separator: ", ")).")
    }
}
