import AuditCore
import HTMLDOM

/// Content hidden with `aria-hidden="true"` cannot receive keyboard focus.
struct AriaHiddenFocusRule: Rule {
    let description = RuleDescription(
        id: "aria-hidden-focus",
        title: Localized(zh: "aria-hidden 区域内没有可聚焦元素", en: "aria-hidden content is not focusable"),
        rationale: Localized(
            zh: "键盘焦点可以进入被 aria-hidden 隐藏的链接或按钮，读屏软件却不朗读它们，用户会停在“空白”处不知所措。",
            en: "Keyboard focus can land on links or buttons hidden with aria-hidden, which screen readers then do not announce: users are stuck on silence."),
        fix: Localized(zh: "去掉 aria-hidden，或让其中的元素不可聚焦（tabindex=\"-1\"、disabled 或真正隐藏）。",
                       en: "Remove aria-hidden, or make what is inside unfocusable (tabindex=\"-1\", disabled, or really hidden)."),
        impact: .serious, wcag: ["4.1.2"], act: ["6cfa84"], references: ["WZA-19", "SLH-08"],
        passing: [
            RuleExample(##"<p aria-hidden="true">装饰文字</p>"##),
            RuleExample(##"<div aria-hidden="true"><button tabindex="-1">按钮</button><a href="/" style="display:none">链接</a></div>"##),
            RuleExample(##"<input disabled aria-hidden="true">"##),
        ],
        failing: [
            RuleExample(##"↓<div aria-hidden="true"><a href="/">首页</a></div>"##),
            RuleExample(##"↓<p tabindex="0" aria-hidden="true">说明</p>"##),
            RuleExample(##"↓<details aria-hidden="true"><summary>更多</summary><p>内容</p></details>"##),
        ],
        cantTell: [
            RuleExample(##"<div aria-hidden="true"><a href="/">首页</a></div><script>document.querySelector('a').tabIndex = -1;</script>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard element.attribute("aria-hidden")?.trimmedText.lowercased() == "true" else { return .inapplicable }
        // Only the outermost aria-hidden element is judged, for its whole subtree.
        if element.ancestors.contains(where: { $0.attribute("aria-hidden")?.trimmedText.lowercased() == "true" }) { return .inapplicable }
        if Visibility.isHidden(element, in: page) { return .inapplicable }
        let focusable = ([element] + element.descendants).filter { candidate in
            SequentialFocus.isInTabOrder(candidate) && !Visibility.isHidden(candidate, in: page)
        }
        guard !focusable.isEmpty else { return .passed() }
        // Scripts commonly take hidden content out of the tab order at run time.
        if !page.elements(named: "script").isEmpty { return .cantTell(.scripted(focusable.count)) }
        return .failed(.focusable(focusable.count))
    }
}

extension Localized {
    fileprivate static func focusable(_ count: Int) -> Localized {
        Localized(zh: "aria-hidden 区域内有 \(count) 个可通过 Tab 键聚焦的元素。", en: "\(count) elements inside the aria-hidden content can receive Tab focus.")
    }
    fileprivate static func scripted(_ count: Int) -> Localized {
        Localized(zh: "aria-hidden 区域内有 \(count) 个可聚焦元素，但页面脚本可能在运行时移除其焦点；请人工确认。",
                  en: "\(count) focusable elements inside aria-hidden content, but page scripts may remove their focus at run time; check by hand.")
    }
}
