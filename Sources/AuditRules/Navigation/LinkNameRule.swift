import AuditCore
import HTMLDOM

/// Links have a name that says where they lead.
struct LinkNameRule: Rule {
    let description = RuleDescription(
        id: "link-name",
        title: Localized(zh: "链接有名称", en: "Links have names"),
        rationale: Localized(
            zh: "只有图片或图标的链接若无替代文本，读屏软件只能读出网址或“链接”，用户无法判断去向。",
            en: "A link made of an image or icon without text is announced by its URL or just “link”."),
        fix: Localized(zh: "为链接写文字；图片链接给图片写 alt；图标链接加 aria-label。",
                       en: "Give the link text; give image links an alt; give icon links an aria-label."),
        impact: .serious, wcag: ["2.4.4", "4.1.2"], act: ["c487ae"], references: ["WZA-02", "WZA-16"],
        passing: [
            RuleExample(##"<a href="guide.html">办事指南</a>"##),
            RuleExample(##"<a href="/"><img src="logo.png" alt="返回首页"></a>"##),
            RuleExample(##"<a href="wx.html" aria-label="官方微信"><i class="icon-wechat"></i></a>"##),
            RuleExample(##"<a name="top"></a>"##),
            RuleExample(##"<a href="/"><img src="logo.png" aria-labelledby="site"></a><span id="site">示例区人民政府</span>"##),
            RuleExample(##"<a href="x.html" hidden></a>"##),
        ],
        failing: [
            RuleExample(##"↓<a href="weibo.html"><img src="weibo.png"></a>"##),
            RuleExample(##"↓<a href="more.html"><i class="iconfont"></i></a>"##),
            RuleExample(##"↓<a href="x.html">  </a>"##),
            RuleExample(##"↓<a href="x.html" role="none"> </a>"##),
            RuleExample(##"↓<a href="ref.html" role="doc-biblioref"><img src="logo.png" alt=""></a>"##),
        ])
    let selector = ElementSelector.tags(["a"])

    func check(_ link: Element, in page: PageContext) -> Verdict {
        // The effective role decides: role="none" on a focusable link is ignored, doc-biblioref is a link.
        guard let role = AccessibleName.role(of: link), ARIA.role(role)?.isKind(of: "link") == true else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(link, in: page) { return .inapplicable }
        return .named(AccessibleName.of(link, in: page), orFailed: .noName)
    }
}

extension Localized {
    fileprivate static let noName = Localized(zh: "链接没有可访问名称。", en: "Link has no accessible name.")
}
