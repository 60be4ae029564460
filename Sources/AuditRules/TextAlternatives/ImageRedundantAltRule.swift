import AuditCore
import HTMLDOM

/// An image's alt does not repeat the text of the link or button it sits in (axe: best practice).
struct ImageRedundantAltRule: Rule {
    let description = RuleDescription(
        id: "image-redundant-alt",
        title: Localized(zh: "图片替代文本不重复链接或按钮文字", en: "Image alt does not repeat the link or button text"),
        rationale: Localized(
            zh: "图标和文字在同一个链接里、alt 又写成同样的文字时，读屏用户会听到两遍，如“首页 首页”。属最佳实践（axe 的 best-practice 规则），不对应具体 WCAG 成功标准。",
            en: "When an icon and its text share a link and the alt repeats the text, screen-reader users hear it twice (“Home Home”). A best practice (axe best-practice), not tied to a WCAG success criterion."),
        fix: Localized(zh: "旁边已有文字时，图标用 alt=\"\"；或让 alt 补充文字没有说出的信息。",
                       en: "Give the icon alt=\"\" when the text is already there, or make the alt add what the text does not say."),
        impact: .minor, references: ["WZA-01"], bestPractice: true,
        passing: [
            RuleExample(##"<a href="/"><img src="home.png" alt="">首页</a>"##),
            RuleExample(##"<a href="/"><img src="home.png" alt="首页"></a>"##),
            RuleExample(##"<a href="/news"><img src="n.png" alt="新闻图片：区长调研">新闻</a>"##),
            RuleExample(##"<p><img src="logo.png" alt="示例区人民政府">示例区人民政府</p>"##),
            RuleExample(##"<button><img src="s.png" alt="搜索" hidden>搜索</button>"##),
        ],
        failing: [
            RuleExample(##"<a href="/">↓<img src="home.png" alt="首页">首页</a>"##),
            RuleExample(##"<button type="submit">↓<img src="s.png" alt="搜索"> 搜索</button>"##),
            RuleExample(##"<div role="link" tabindex="0">↓<img src="mail.png" alt="Mail box">mail  BOX.</div>"##),
        ])
    let selector = ElementSelector.tags(["img"])

    func check(_ image: Element, in page: PageContext) -> Verdict {
        guard let alt = image.attribute("alt"), !alt.isBlankText else { return .inapplicable }
        guard let control = Self.control(around: image) else { return .inapplicable }
        if Visibility.isHiddenFromAssistiveTechnology(image, in: page) { return .inapplicable }
        let text = AccessibleName.contentText(control, in: page, excluding: image)
        return Self.comparable(text) == Self.comparable(alt) ? .failed(.redundant(alt)) : .passed()
    }

    /// The nearest link or button the image is in.
    static func control(around image: Element) -> Element? {
        var current = image.parent
        while let element = current {
            if element.name == "button" || (element.name == "a" && element.hasAttribute("href")) { return element }
            if let role = ARIA.explicitRole(of: element), role == "button" || role == "link" { return element }
            current = element.parent
        }
        return nil
    }

    /// Lower case, letters and digits only: "Mail box" and "mail  BOX." are the same words.
    static func comparable(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}

extension Localized {
    fileprivate static func redundant(_ alt: String) -> Localized {
        Localized(zh: "替代文本“\(NameQuote.text(alt))”与所在链接或按钮的文字重复。", en: "The alt “\(NameQuote.text(alt))” repeats the text of its link or button.")
    }
}
