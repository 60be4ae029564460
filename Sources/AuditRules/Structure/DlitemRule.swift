import AuditCore
import HTMLDOM

/// `<dt>` and `<dd>` sit in a `<dl>`, directly or in a `<div>` that is a child of the `<dl>`.
struct DlitemRule: Rule {
    let description = RuleDescription(
        id: "dlitem",
        title: Localized(zh: "定义列表项位于定义列表之中", en: "Definition list items are inside a definition list"),
        rationale: Localized(
            zh: "<dt>/<dd> 只有在 <dl> 中才会被读作“术语”和“定义”；散落在其他元素里时，名称与值的对应关系就丢失了。",
            en: "<dt> and <dd> are read as term and definition only inside a <dl>; elsewhere the pairing of names and values is lost."),
        fix: Localized(zh: "把 <dt>/<dd> 放进 <dl>（可用直接位于 <dl> 中的 <div> 分组），或改用其他元素。",
                       en: "Put the <dt>/<dd> in a <dl> (optionally grouped by a <div> directly in the <dl>), or use other elements."),
        impact: .serious, wcag: ["1.3.1"],
        passing: [
            RuleExample(##"<dl><dt>办理时限</dt><dd>5 个工作日</dd></dl>"##),
            RuleExample(##"<dl><div><dt>办理地点</dt><dd>区政务服务中心</dd></div></dl>"##),
            RuleExample(##"<dl role="presentation"><dt>布局</dt><dd>用途</dd></dl>"##),
            RuleExample(##"<div><dt role="heading" aria-level="3">角色取代了术语</dt></div>"##),
            RuleExample(##"<div><dd hidden>隐藏的定义</dd></div>"##),
        ],
        failing: [
            RuleExample(##"<div>↓<dt>办理时限</dt>↓<dd>5 个工作日</dd></div>"##),
            RuleExample(##"<dl><div><span>↓<dd>包了两层</dd></span></div></dl>"##),
            RuleExample(##"<div><div>↓<dt>外层不是 dl</dt></div></div>"##),
            RuleExample(##"<dl role="tablist">↓<dt>办理时限</dt></dl>"##),
        ])
    let selector = ElementSelector.tags(["dt", "dd"])

    func check(_ item: Element, in page: PageContext) -> Verdict {
        if item.hasOverridingRole { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(item, in: page) { return .inapplicable }
        guard var parent = item.parent else { return .inapplicable }
        if parent.name == "div", !parent.hasOverridingRole || parent.isPresentationalOverride, let grand = parent.parent, grand.name == "dl" {
            parent = grand
        }
        guard parent.name == "dl" else { return .failed(.noList(item.name, parent.name)) }
        if parent.hasOverridingRole, !parent.isPresentationalOverride, ARIA.explicitRole(of: parent) != "list" {
            return .failed(.listRole(item.name, ARIA.explicitRole(of: parent) ?? ""))
        }
        return .passed()
    }
}

extension Localized {
    fileprivate static func noList(_ item: String, _ parent: String) -> Localized {
        Localized(zh: "<\(item)> 位于 <\(parent)> 中，而不是 <dl>（或 <dl> 的直接子元素 <div>）中。",
                  en: "The <\(item)> is inside a <\(parent)>, not a <dl> (or a <div> directly in a <dl>).")
    }

    fileprivate static func listRole(_ item: String, _ role: String) -> Localized {
        Localized(zh: "<dl> 的 role=\"\(role)\" 取代了定义列表语义，<\(item)> 不再是其中的术语或定义。",
                  en: "The <dl>'s role=\"\(role)\" replaces its definition-list semantics, so the <\(item)> is no term or definition of it.")
    }
}
