import AuditCore
import HTMLDOM

/// Elements with `role="progressbar"` have a name.
struct AriaProgressbarNameRule: Rule {
    let description = RuleDescription(
        id: "aria-progressbar-name",
        title: Localized(zh: "进度条有名称", en: "Progress bars have names"),
        rationale: Localized(
            zh: "上传材料、办理进度的进度条若没有名称，读屏用户只听到“40%”，不知道是什么在进行。",
            en: "A progress bar for an upload or an application without a name is announced as just “40%”; users cannot tell what is progressing."),
        fix: Localized(zh: "添加 aria-label（如“材料上传进度”），或用 aria-labelledby 指向说明文字；元素内的文字不会成为进度条的名称。",
                       en: "Add aria-label (e.g. “Upload progress”), or point aria-labelledby at the caption; text inside does not name a progress bar."),
        impact: .serious, wcag: ["1.1.1"], references: ["WZA-02"],
        passing: [
            RuleExample(##"<div role="progressbar" aria-valuenow="40" aria-label="材料上传进度"></div>"##),
            RuleExample(##"<h3 id="p">办理进度</h3><div role="progressbar" aria-labelledby="p" aria-valuenow="2" aria-valuemax="4"></div>"##),
            RuleExample(##"<div role="progressbar" aria-valuenow="40" hidden></div>"##),
            RuleExample(##"<label>上传进度 <progress value="40" max="100"></progress></label>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="progressbar" aria-valuenow="40"></div>"##),
            RuleExample(##"↓<div role="progressbar" aria-valuenow="40">40%</div>"##),
            RuleExample(##"↓<div role="progressbar" aria-valuenow="40" aria-label=""></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        // A native <progress> is named by its <label>; this rule is about the ARIA role.
        RoleNames.verdict(for: element, roles: ["progressbar"], in: page) { element, _ in element.name == "progress" }
    }
}
