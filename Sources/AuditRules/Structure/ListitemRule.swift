import AuditCore
import HTMLDOM

/// `<li>` sits directly in a list: `<ul>`, `<ol>`, `<menu>` or an element with role `list`.
struct ListitemRule: Rule {
    let description = RuleDescription(
        id: "listitem",
        title: Localized(zh: "列表项位于列表之中", en: "List items are inside a list"),
        rationale: Localized(
            zh: "<li> 只有直接放在 <ul>、<ol> 中才会被读作“列表项 第 2 项，共 5 项”；放在其他元素里时，读屏用户听不到它属于一个列表。",
            en: "An <li> is read as “list item, 2 of 5” only directly inside a <ul> or <ol>; elsewhere users do not learn it belongs to a list."),
        fix: Localized(zh: "把 <li> 放进 <ul> 或 <ol>（中间不要隔 div），或去掉外层元素上改变列表语义的 role。",
                       en: "Put the <li> directly in a <ul> or <ol> (no div between), or remove the role that takes list semantics from its parent."),
        impact: .serious, wcag: ["1.3.1"],
        passing: [
            RuleExample(##"<ul><li>办事指南</li></ul>"##),
            RuleExample(##"<ol><li>申请</li><li>受理</li></ol>"##),
            RuleExample(##"<menu><li><button>打印</button></li></menu>"##),
            RuleExample(##"<div role="list"><li>政务公开</li></div>"##),
            RuleExample(##"<ul role="presentation"><li>布局用的列表</li></ul>"##),
            RuleExample(##"<div><li role="menuitem">角色取代了列表项</li></div>"##),
            RuleExample(##"<div><li hidden>隐藏的项</li></div>"##),
        ],
        failing: [
            RuleExample(##"<div>↓<li>办事指南</li></div>"##),
            RuleExample(##"<ul><div>↓<li>包在 div 里</li></div></ul>"##),
            RuleExample(##"<ul role="tablist">↓<li>办事指南</li></ul>"##),
            RuleExample(##"<p>正文</p>↓<li>孤立的列表项</li>"##),
        ])
    let selector = ElementSelector.tags(["li"])

    func check(_ item: Element, in page: PageContext) -> Verdict {
        if item.hasOverridingRole { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(item, in: page) { return .inapplicable }
        guard let parent = item.parent else { return .inapplicable }
        let parentRole = ARIA.explicitRole(of: parent)
        if parentRole == "list" { return .passed() }
        // A list made presentational passes its presentation on to its items: nothing wrong is announced.
        if parent.isPresentationalOverride { return .passed() }
        if ["ul", "ol", "menu"].contains(parent.name) {
            return parent.hasOverridingRole ? .failed(.parentRole(parentRole ?? "")) : .passed()
        }
        return .failed(.noList(parent.name))
    }
}

extension Localized {
    fileprivate static func parentRole(_ role: String) -> Localized {
        Localized(zh: "父元素的 role=\"\(role)\" 取代了列表语义，<li> 不再是列表项。",
                  en: "The parent's role=\"\(role)\" replaces its list semantics, so the <li> is no list item.")
    }

    fileprivate static func noList(_ parent: String) -> Localized {
        Localized(zh: "<li> 的父元素是 <\(parent)>，不是 <ul>、<ol> 或 role=\"list\"。",
                  en: "The <li>'s parent is <\(parent)>, not a <ul>, <ol> or role=\"list\" element.")
    }
}
