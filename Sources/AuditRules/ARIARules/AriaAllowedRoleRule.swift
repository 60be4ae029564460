import AuditCore
import HTMLDOM

/// An explicit role is one that ARIA in HTML allows on the element (`<a href role="heading">` is not):
/// the table is data (`allowedRoles` in `aria-1.2.json`, from ARIA in HTML §4 "Document conformance
/// requirements for use of ARIA attributes in HTML"). The element's own implicit role is always allowed.
struct AriaAllowedRoleRule: Rule {
    let description = RuleDescription(
        id: "aria-allowed-role",
        title: Localized(zh: "元素上的 role 是 HTML 允许的", en: "Explicit roles are allowed on their elements"),
        rationale: Localized(
            zh: "给链接、按钮、标题等元素改成不相容的角色（如把链接标成标题），读屏软件报告的是一种东西，键盘和浏览器的行为却是另一种，用户会按错键、找不到控件。",
            en: "Giving a link, button or heading a role it cannot take (a link marked as a heading) makes screen readers announce one thing while the keyboard and browser behave as another, so users press the wrong keys or miss the control."),
        fix: Localized(
            zh: "删除 role 属性，或改用本身就具有该语义的元素（如用 <h2> 而不是 <a role=\"heading\">，用 <button> 而不是 <h3 role=\"button\">）。",
            en: "Remove the role, or use an element that has that meaning natively (<h2> rather than <a role=\"heading\">, <button> rather than <h3 role=\"button\">)."),
        impact: .minor, references: ["WZA-19"], bestPractice: true,
        passing: [
            RuleExample(##"<a href="#" role="button">展开</a><div role="navigation">导航</div><button role="link">更多</button>"##),
            RuleExample(##"<ul role="tablist"><li role="tab">办事指南</li></ul><h2 role="tab">常见问题</h2>"##),
            RuleExample(##"<nav role="navigation">冗余但允许</nav><header role="banner">网站头部</header>"##),
            RuleExample(##"<img src="d.png" alt="" role="presentation"><input type="text" role="combobox" aria-expanded="false" aria-label="搜索">"##),
            RuleExample(##"<input type="checkbox" role="switch" aria-label="夜间模式"><a href="#" role="heading" hidden>隐藏</a>"##),
        ],
        failing: [
            RuleExample(##"↓<a href="/news" role="heading" aria-level="2">新闻动态</a>"##),
            RuleExample(##"↓<button role="heading">办事指南</button>"##),
            RuleExample(##"↓<input type="submit" role="link" value="查询">"##),
            RuleExample(##"↓<ul role="navigation"><li><a href="/">首页</a></li></ul>"##),
            RuleExample(##"↓<label role="heading" aria-level="3">姓名</label>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard element.hasAttribute("role"), let role = ARIA.explicitRole(of: element) else { return .inapplicable }
        guard let allowed = ImplicitRole.allowedRoles(of: element) else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        if role == ImplicitRole.of(element) { return .passed() }
        switch allowed {
        case .any:
            return .passed()
        case .only(let roles):
            if roles.contains(role) { return .passed() }
            return .failed(roles.isEmpty ? .noRoleAllowed(role, element.name) : .notAllowed(role, element.name, roles.sorted()))
        }
    }
}

extension Localized {
    fileprivate static func noRoleAllowed(_ role: String, _ tag: String) -> Localized {
        Localized(zh: "<\(tag)> 不允许设置 role（此处为 \(role)）。", en: "<\(tag)> must not take a role; it has role=\"\(role)\".")
    }

    fileprivate static func notAllowed(_ role: String, _ tag: String, _ roles: [String]) -> Localized {
        let list = roles.prefix(8).joined(separator: ", ") + (roles.count > 8 ? "…" : "")
        return Localized(zh: "<\(tag)> 不允许 role=\"\(role)\"；允许的有：\(list)。",
                         en: "role=\"\(role)\" is not allowed on <\(tag)>; allowed: \(list).")
    }
}
