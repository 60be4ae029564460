import AuditCore
import HTMLDOM

/// Roles the specifications deprecate (`directory` in ARIA 1.2; `doc-biblioentry`, `doc-endnote` in DPUB-ARIA 1.1)
/// are not used. Which roles are deprecated comes from the ARIA data, not from a list here.
struct AriaDeprecatedRoleRule: Rule {
    let description = RuleDescription(
        id: "aria-deprecated-role",
        title: Localized(zh: "不使用已废弃的 ARIA 角色", en: "Deprecated ARIA roles are not used"),
        rationale: Localized(
            zh: "已废弃的角色（如 directory）不再被浏览器和读屏软件可靠支持，元素可能被读成别的角色或没有角色。",
            en: "Deprecated roles such as directory are no longer reliably supported by browsers and screen readers; the element may be announced as something else or as nothing."),
        fix: Localized(zh: "改用现行角色：directory 改为 list，doc-biblioentry、doc-endnote 改为 listitem（放在 list 中）。",
                       en: "Use a current role: list instead of directory, listitem (in a list) instead of doc-biblioentry or doc-endnote."),
        impact: .minor, wcag: ["4.1.2"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<ul role="list"><li>政务公开</li></ul>"##),
            RuleExample(##"<div role="directory" hidden></div>"##),
            RuleExample(##"<div role="list directory"><div role="listitem">目录</div></div>"##),
        ],
        failing: [
            RuleExample(##"↓<ul role="directory"><li>政务公开</li></ul>"##),
            RuleExample(##"<ol role="list">↓<li role="doc-endnote">注释一</li></ol>"##),
            RuleExample(##"↓<div role="foo directory">机构目录</div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        // The role browsers use is the first valid token (ARIA role fallback): `role="list directory"` is a list.
        guard let role = ARIA.explicitRole(of: element), let definition = ARIA.role(role) else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }
        return definition.isDeprecated ? .failed(.deprecated(role)) : .passed()
    }
}

extension Localized {
    fileprivate static func deprecated(_ role: String) -> Localized {
        Localized(zh: "角色 \(role) 已废弃。", en: "The role \(role) is deprecated.")
    }
}
