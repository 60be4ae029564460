import AuditCore
import HTMLDOM

/// ARIA attributes that a role supports only under a condition are used only where the condition holds:
///
/// - `aria-checked` on a native checkbox or radio button: ARIA in HTML §4 says authors MUST NOT use it there
///   (the element's own checkedness is what browsers expose, and the attribute goes stale at the first click);
/// - `aria-expanded`, `aria-level`, `aria-posinset`, `aria-setsize` on a row: WAI-ARIA 1.2 (role `row`) says
///   authors MUST NOT apply them to a row that descends from a table or grid — they belong to treegrids.
///
/// No ACT id: ACT 5c01ea asks only whether the role supports the attribute (it does, for both cases), so a
/// page can pass 5c01ea and still fail these conditions.
struct AriaConditionalAttrRule: Rule {
    let description = RuleDescription(
        id: "aria-conditional-attr",
        title: Localized(zh: "有条件的 ARIA 属性只在条件成立时使用", en: "ARIA attributes are used only where their role's conditions allow them"),
        rationale: Localized(
            zh: "原生复选框的勾选状态由浏览器报告，再写 aria-checked 会在用户点击后与实际状态不一致，读屏用户听到“未勾选”却已勾选；普通表格的行上写 aria-level、aria-expanded 等树形表格属性，会让读屏软件报告并不存在的层级或展开状态。",
            en: "A native checkbox reports its own state; an aria-checked on it goes stale at the first click, so users hear “not checked” for a checked box. Tree-grid attributes (aria-level, aria-expanded…) on the rows of an ordinary table announce levels and expansion that do not exist."),
        fix: Localized(
            zh: "删除原生复选框、单选按钮上的 aria-checked（用 checked 属性表示初始状态）；删除普通表格或网格行上的 aria-expanded、aria-level、aria-posinset、aria-setsize，或把容器改为 role=\"treegrid\" 并实现树形表格的交互。",
            en: "Remove aria-checked from native checkboxes and radio buttons (use the checked attribute); remove aria-expanded, aria-level, aria-posinset and aria-setsize from rows of ordinary tables and grids, or make the container a real treegrid."),
        impact: .serious, wcag: ["4.1.2"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<label><input type="checkbox" checked> 同意用户协议</label>"##),
            RuleExample(##"<div role="checkbox" aria-checked="true" tabindex="0">同意用户协议</div>"##),
            RuleExample(##"<table role="treegrid"><tr aria-level="1" aria-expanded="true" aria-posinset="1" aria-setsize="2"><td>市场监管局</td></tr></table>"##),
            RuleExample(##"<table><tr aria-rowindex="2"><td>张三</td></tr></table><div role="row" aria-level="1" hidden></div>"##),
            RuleExample(##"<input type="checkbox" aria-checked="" id="c"><label for="c">记住我</label>"##),
        ],
        failing: [
            RuleExample(##"<label>↓<input type="checkbox" checked aria-checked="false"> 同意用户协议</label>"##),
            RuleExample(##"<label>↓<input type="checkbox" aria-checked="false"> 订阅通知</label>"##),
            RuleExample(##"<label>↓<input type="radio" name="x" aria-checked="true"> 个人办事</label>"##),
            RuleExample(##"<table><tbody>↓<tr aria-expanded="false"><td>2024 年</td></tr></tbody></table>"##),
            RuleExample(##"<div role="grid">↓<div role="row" aria-level="2" aria-posinset="1"><span role="gridcell">A</span></div></div>"##),
        ])
    let selector = ElementSelector.anyElement

    /// WAI-ARIA 1.2, role `row`: "authors MUST NOT apply" these to a row of a table or grid.
    static let treegridRowAttributes = ["aria-expanded", "aria-level", "aria-posinset", "aria-setsize"]

    func check(_ element: Element, in page: PageContext) -> Verdict {
        if element.name == "input" { return checkInput(element, in: page) }
        let used = Self.treegridRowAttributes.filter { element.hasAttribute($0) }
        guard !used.isEmpty else { return .inapplicable }
        guard AccessibleName.role(of: element) == "row", let owner = Self.rowOwner(element) else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        let ownerRole = ARIA.explicitRole(of: owner) ?? "table"
        if ownerRole == "treegrid" { return .passed() }
        return .failed(.rowAttributes(used.joined(separator: ", "), ownerRole))
    }

    private func checkInput(_ input: Element, in page: PageContext) -> Verdict {
        let type = ImplicitRole.inputType(of: input)
        guard type == "checkbox" || type == "radio", let raw = input.attribute("aria-checked") else { return .inapplicable }
        let value = ARIAText.trimmed(raw).lowercased()
        guard !value.isEmpty else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(input, in: page) { return .inapplicable }
        let checked = input.hasAttribute("checked")
        let said = value == "true" || value == "mixed" ? value : "false"
        if said == "mixed" { return .failed(.mixed(type)) }
        if (said == "true") != checked { return .failed(.contradicts(said, checked)) }
        return .failed(.redundantChecked(type))
    }

    /// The nearest table-like ancestor a row belongs to: a `<table>` without a role, or an element whose role
    /// is table, grid or treegrid (as axe-core finds it). Nil outside such a container.
    static func rowOwner(_ row: Element) -> Element? {
        var current = row.parent
        while let ancestor = current {
            if let role = ARIA.explicitRole(of: ancestor) {
                if ["table", "grid", "treegrid"].contains(role) { return ancestor }
            } else if ancestor.name == "table" {
                return ancestor
            }
            current = ancestor.parent
        }
        return nil
    }
}

extension Localized {
    fileprivate static func rowAttributes(_ names: String, _ owner: String) -> Localized {
        Localized(zh: "\(names) 只适用于树形表格（treegrid）的行，此行属于 \(owner)。",
                  en: "\(names) applies only to rows of a treegrid; this row belongs to a \(owner).")
    }

    fileprivate static func mixed(_ type: String) -> Localized {
        Localized(zh: "原生 \(type) 上写了 aria-checked=\"mixed\"；半选状态只能用脚本设置 indeterminate，且 ARIA in HTML 禁止在此使用 aria-checked。",
                  en: "aria-checked=\"mixed\" on a native \(type); the mixed state comes from the indeterminate property, and ARIA in HTML forbids aria-checked here.")
    }

    fileprivate static func contradicts(_ said: String, _ checked: Bool) -> Localized {
        checked
            ? Localized(zh: "aria-checked=\"\(said)\" 与元素的勾选状态（已勾选）相反。", en: "aria-checked=\"\(said)\" contradicts the element's state (checked).")
            : Localized(zh: "aria-checked=\"\(said)\" 与元素的勾选状态（未勾选）相反。", en: "aria-checked=\"\(said)\" contradicts the element's state (not checked).")
    }

    fileprivate static func redundantChecked(_ type: String) -> Localized {
        Localized(zh: "原生 \(type) 上使用了 aria-checked：ARIA in HTML 禁止这样做，用户一点击它就与实际状态不符。",
                  en: "aria-checked on a native \(type): ARIA in HTML forbids it, and it stops matching the real state at the first click.")
    }
}
