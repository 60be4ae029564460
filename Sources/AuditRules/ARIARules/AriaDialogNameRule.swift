import AuditCore
import HTMLDOM

/// Dialogs (`role="dialog"`, `role="alertdialog"`, an open `<dialog>`) have a name (axe: best practice).
struct AriaDialogNameRule: Rule {
    let description = RuleDescription(
        id: "aria-dialog-name",
        title: Localized(zh: "对话框有名称", en: "Dialogs have names"),
        rationale: Localized(
            zh: "对话框打开时，读屏软件先读出它的名称（如“登录”“确认提交”）；没有名称时用户只听到“对话框”，不知道弹出的是什么。属最佳实践（axe 的 best-practice 规则），不对应具体 WCAG 成功标准。",
            en: "When a dialog opens, screen readers announce its name (“Sign in”, “Confirm submission”); without one users hear only “dialog”. A best practice (axe best-practice), not tied to a WCAG success criterion."),
        fix: Localized(zh: "用 aria-labelledby 指向对话框的标题，或添加 aria-label；对话框内的文字不会自动成为它的名称。",
                       en: "Point aria-labelledby at the dialog's heading, or add aria-label; text inside does not name a dialog."),
        impact: .serious, references: ["WZA-02"], bestPractice: true,
        passing: [
            RuleExample(##"<div role="dialog" aria-labelledby="dt"><h2 id="dt">登录</h2><p>请输入手机号。</p></div>"##),
            RuleExample(##"<div role="alertdialog" aria-label="确认删除"><p>删除后无法恢复。</p></div>"##),
            RuleExample(##"<div role="dialog" title="温馨提示"><p>系统将于今晚维护。</p></div>"##),
            RuleExample(##"<dialog><p>尚未打开的对话框</p></dialog>"##),
            RuleExample(##"<dialog open aria-label="办理须知"><p>请携带身份证原件。</p></dialog>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="dialog"><h2>登录</h2><p>请输入手机号。</p></div>"##),
            RuleExample(##"↓<dialog open><p>请携带身份证原件。</p></dialog>"##),
            RuleExample(##"↓<div role="alertdialog" aria-labelledby="nothing"><p>确认提交？</p></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        RoleNames.verdict(for: element, roles: ["alertdialog", "dialog"], includeImplicit: true, in: page)
    }
}
