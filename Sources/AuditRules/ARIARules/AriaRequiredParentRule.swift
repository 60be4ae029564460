import AuditCore
import HTMLDOM

/// Elements whose role needs a context (`listitem` in a `list`, `tab` in a `tablist`, `menuitem` in a `menu`…)
/// are owned by an element with one of those roles.
struct AriaRequiredParentRule: Rule {
    let description = RuleDescription(
        id: "aria-required-parent",
        title: Localized(zh: "ARIA 角色位于所需的父角色中", en: "ARIA roles are inside their required parent role"),
        rationale: Localized(
            zh: "选项卡、菜单项、列表项等角色只在所属容器中才有意义：读屏软件据此读出“第 2 项，共 5 项”并支持方向键切换。脱离容器时，这些信息全部丢失，控件也可能无法操作。",
            en: "Roles such as tab, menuitem and listitem only make sense inside their container: screen readers use it to say “2 of 5” and to move with arrow keys. Outside it, that information is lost and the widget may not work."),
        fix: Localized(zh: "把元素放进具有所需角色的容器（如 role=\"tab\" 放进 role=\"tablist\"），中间的包装元素用 role=\"none\"；无法调整结构时用 aria-owns 指明归属。",
                       en: "Put the element inside a container with the required role (role=\"tab\" in role=\"tablist\"); give wrappers in between role=\"none\", or use aria-owns when the structure cannot change."),
        impact: .critical, wcag: ["1.3.1"], act: ["ff89c9"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<div role="list"><div role="listitem">办事指南</div><div role="listitem">办件查询</div></div>"##),
            RuleExample(##"<ul><div role="listitem">政策解读</div></ul>"##),
            RuleExample(##"<div role="tablist"><div role="presentation"><span role="tab">通知</span></div></div>"##),
            RuleExample(##"<div role="tablist"><div class="wrap"><span role="tab">通知</span></div></div>"##),
            RuleExample(##"<div role="list" aria-owns="i1"></div><div id="i1" role="listitem">公示公告</div>"##),
            RuleExample(##"<ul><li role="listitem">办事指南</li></ul>"##),
            RuleExample(##"<div role="listitem" hidden>办事指南</div>"##),
            RuleExample(##"<div role="menu"><div role="group"><div role="menuitem">新建</div></div></div>"##),
            RuleExample(##"<div role="grid"><div role="row"><span role="gridcell">1</span></div></div>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="listitem">办事指南</div>"##),
            RuleExample(##"<div role="list"><div role="tabpanel">↓<div role="listitem">办事指南</div></div></div>"##),
            RuleExample(##"<div role="list"><div aria-live="polite">↓<div role="listitem">办事指南</div></div></div>"##),
            RuleExample(##"<ul class="nav"><li>↓<a href="/" role="menuitem">首页</a></li></ul>"##),
            RuleExample(##"<div role="list" aria-owns="t2"></div><div role="tablist">↓<span id="t2" role="tab">办件</span></div>"##),
        ],
        cantTell: [
            RuleExample(##"<ul role="menubar"><li><a href="/" role="menuitem">首页</a></li></ul>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard let role = ARIA.explicitRole(of: element), let definition = ARIA.role(role), !definition.requiredContext.isEmpty
        else { return .inapplicable }
        // ACT ff89c9: an explicit role that repeats the implicit one (<li role="listitem"> in a <ul>) is HTML's business.
        if ImplicitRole.of(element) == role { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        let required = definition.requiredContext
        var current = element
        var throughListItem = false
        var seen: Set<Int> = [element.documentOrder]
        while let parent = AccessibilityTree.parent(of: current, in: page), seen.insert(parent.documentOrder).inserted,
              parent.name != "body", parent.name != "html" {
            switch AccessibilityTree.node(parent) {
            case .presentational, .generic, .none:
                break
            case .uncertain:
                throughListItem = true
            case .role(let parentRole):
                if required.contains(parentRole) {
                    return throughListItem ? .cantTell(.throughListItem(role, parentRole)) : .passed()
                }
                return .failed(.wrongParent(role, parentRole, required))
            }
            current = parent
        }
        return .failed(.noParent(role, required))
    }
}

extension Localized {
    fileprivate static func wrongParent(_ role: String, _ parent: String, _ required: [String]) -> Localized {
        let list = required.joined(separator: "、")
        return Localized(zh: "role=\"\(role)\" 的上级角色是 \(parent)，应为 \(list) 之一。",
                         en: "role=\"\(role)\" is owned by a \(parent); it needs one of: \(required.joined(separator: ", ")).")
    }
    fileprivate static func noParent(_ role: String, _ required: [String]) -> Localized {
        Localized(zh: "role=\"\(role)\" 不在 \(required.joined(separator: "、")) 角色的容器中。",
                  en: "role=\"\(role)\" is not inside an element with role \(required.joined(separator: ", ")).")
    }
    fileprivate static func throughListItem(_ role: String, _ parent: String) -> Localized {
        Localized(zh: "role=\"\(role)\" 位于 \(parent) 中，但中间隔着一个 <li>：浏览器是否把它当作列表项各不相同。请给 <li> 加 role=\"none\"。",
                  en: "role=\"\(role)\" is inside a \(parent), but an <li> stands between them, which browsers may expose as a list item. Give the <li> role=\"none\".")
    }
}
