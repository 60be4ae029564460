import AuditCore
import HTMLDOM

/// `<dl>` directly contains only `<dt>`/`<dd>` groups in order, `<div>`s wrapping one group each, and
/// script-supporting elements.
struct DefinitionListRule: Rule {
    let description = RuleDescription(
        id: "definition-list",
        title: Localized(zh: "定义列表结构正确", en: "Definition lists are structured correctly"),
        rationale: Localized(
            zh: "办事指南常用 <dl> 列出“办理时限：5 个工作日”这类名称与值；顺序颠倒或夹杂其他元素时，读屏软件读出的名称和值对不上。",
            en: "Service guides use <dl> for name–value pairs such as “Time limit: 5 working days”; out-of-order or foreign content makes screen readers pair the wrong names and values."),
        fix: Localized(zh: "让 <dl> 只包含按“<dt> 在前、<dd> 在后”排列的组（可用 <div> 包住每组），其他内容移出 <dl>。",
                       en: "Let the <dl> contain only groups of <dt> followed by <dd> (optionally each wrapped in a <div>); move other content out."),
        impact: .serious, wcag: ["1.3.1"],
        passing: [
            RuleExample(##"<dl><dt>办理时限</dt><dd>5 个工作日</dd><dt>收费标准</dt><dd>不收费</dd></dl>"##),
            RuleExample(##"<dl><dt>咨询电话</dt><dt>投诉电话</dt><dd>12345</dd></dl>"##),
            RuleExample(##"""
                <dl>
                  <div><dt>办理地点</dt><dd>区政务服务中心</dd></div>
                  <!-- 第二组 -->
                  <div role="presentation"><dt>办理时间</dt><dd>工作日</dd><script></script></div>
                </dl>
                """##),
            RuleExample(##"<dl><dt>办理时限</dt><dd>5 个工作日</dd><p hidden>说明</p></dl>"##),
            RuleExample(##"<dl role="list"><div role="listitem">角色取代了定义列表</div></dl>"##),
            RuleExample(##"<dl></dl>"##),
        ],
        failing: [
            RuleExample(##"↓<dl><dt>办理时限</dt><dd>5 个工作日</dd><p>备注</p></dl>"##),
            RuleExample(##"↓<dl><dd>5 个工作日</dd><dt>办理时限</dt></dl>"##),
            RuleExample(##"↓<dl><dt>办理时限</dt></dl>"##),
            RuleExample(##"↓<dl>办理时限<dd>5 个工作日</dd></dl>"##),
            RuleExample(##"↓<dl><div><dd>5 个工作日</dd><dt>办理时限</dt></div></dl>"##),
            RuleExample(##"↓<dl><div><dt>办理时限</dt><dd>5 个工作日</dd><span>备注</span></div></dl>"##),
            RuleExample(##"↓<dl><dt role="button">办理时限</dt><dd>5 个工作日</dd></dl>"##),
        ])
    let selector = ElementSelector.tags(["dl"])

    func check(_ list: Element, in page: PageContext) -> Verdict {
        if list.hasOverridingRole { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(list, in: page) { return .inapplicable }
        var problems: [Localized] = []
        let direct = groupItems(of: list, allowDivs: true, in: page, problems: &problems)
        if direct.first == "dd" { problems.append(.ddFirst) }
        if direct.last == "dt" { problems.append(.dtLast) }
        if problems.isEmpty { return .passed() }
        return .failed(.badStructure(zh: problems.map(\.zh).firstDistinct(5), en: problems.map(\.en).firstDistinct(5)))
    }

    /// The `dt`/`dd` children in order; every other child that a reader would meet is a problem.
    private func groupItems(of parent: Element, allowDivs: Bool, in page: PageContext, problems: inout [Localized]) -> [String] {
        var items: [String] = []
        for node in parent.childNodes {
            switch node.kind {
            case .comment: continue
            case .text:
                if !node.text.isBlankText { problems.append(.verbatim("“\(String(node.text.collapsedWhitespace.prefix(20)))”")) }
            case .element:
                guard let child = node.element, !["script", "template"].contains(child.name) else { continue }
                if Visibility.isHiddenFromAssistiveTechnology(child, in: page) { continue }
                switch child.name {
                case "dt", "dd":
                    if child.hasOverridingRole {
                        problems.append(.verbatim("<\(child.name) role=\"\(ARIA.explicitRole(of: child) ?? "")\">"))
                    } else {
                        items.append(child.name)
                    }
                case "div" where allowDivs && (!child.hasOverridingRole || child.isPresentationalOverride):
                    var inner: [Localized] = []
                    let group = groupItems(of: child, allowDivs: false, in: page, problems: &inner)
                    problems += inner
                    // A div wraps exactly one group: one or more dt, then one or more dd.
                    if !group.isEmpty, !isSingleGroup(group) { problems.append(.divGroup) }
                default:
                    problems.append(.verbatim(child.name == "div" && allowDivs ? "<div role=\"\(ARIA.explicitRole(of: child) ?? "")\">" : "<\(child.name)>"))
                }
            }
        }
        return items
    }

    private func isSingleGroup(_ items: [String]) -> Bool {
        guard let firstDD = items.firstIndex(of: "dd"), firstDD > 0 else { return false }
        return items[firstDD...].allSatisfy { $0 == "dd" }
    }

}

extension Localized {
    fileprivate static func badStructure(zh: String, en: String) -> Localized {
        Localized(zh: "定义列表的直接内容不是按顺序排列的 <dt>/<dd> 组：\(zh)。",
                  en: "The definition list's direct content is not ordered <dt>/<dd> groups: \(en).")
    }

    fileprivate static let ddFirst = Localized(zh: "<dd> 出现在任何 <dt> 之前", en: "a <dd> before any <dt>")
    fileprivate static let dtLast = Localized(zh: "最后的 <dt> 后面没有 <dd>", en: "a last <dt> without a following <dd>")
    fileprivate static let divGroup = Localized(zh: "<div> 中不是“<dt> 在前、<dd> 在后”的一组", en: "a <div> not holding one group of <dt> then <dd>")
}
