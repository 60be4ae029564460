import AuditCore
import HTMLDOM

/// Elements with `role="treeitem"` have a name (axe: best practice).
struct AriaTreeitemNameRule: Rule {
    let description = RuleDescription(
        id: "aria-treeitem-name",
        title: Localized(zh: "树形菜单项有名称", en: "Tree items have names"),
        rationale: Localized(
            zh: "栏目树、机构树的节点没有名称时，读屏用户只听到“树项，已折叠”，无法找到要去的栏目。属最佳实践（axe 的 best-practice 规则），不对应具体 WCAG 成功标准。",
            en: "A node of a section or department tree without a name is announced as “tree item, collapsed”; users cannot find their way. A best practice (axe best-practice), not tied to a WCAG success criterion."),
        fix: Localized(zh: "在树项内写出节点文字，或用 aria-label / aria-labelledby 命名。",
                       en: "Put the node's text inside the tree item, or name it with aria-label / aria-labelledby."),
        impact: .serious, references: ["WZA-02"], bestPractice: true,
        passing: [
            RuleExample(##"<ul role="tree" aria-label="栏目"><li role="treeitem" aria-expanded="false">政务公开</li></ul>"##),
            RuleExample(##"<ul role="tree" aria-label="机构"><li role="treeitem" aria-label="区教育局"><i class="icon-folder"></i></li></ul>"##),
            RuleExample(##"<ul role="tree" aria-label="栏目"><li role="treeitem" hidden></li></ul>"##),
        ],
        failing: [
            RuleExample(##"<ul role="tree" aria-label="栏目">↓<li role="treeitem"><span class="icon-folder"></span></li></ul>"##),
            RuleExample(##"<div role="tree" aria-label="栏目">↓<div role="treeitem" aria-labelledby="none"></div></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        RoleNames.verdict(for: element, roles: ["treeitem"], in: page)
    }
}
