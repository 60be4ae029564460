import AuditCore
import HTMLDOM
import StyleEngine

/// Links inside running text are told apart by more than colour (WCAG 1.4.1).
struct LinkInTextBlockRule: Rule {
    let description = RuleDescription(
        id: "link-in-text-block",
        title: Localized(zh: "正文中的链接不只靠颜色区分", en: "Links in text are not told apart by colour alone"),
        rationale: Localized(
            zh: "去掉下划线、只用颜色标出的链接，色弱用户和许多老年人看不出来；工信部适老化规范也要求颜色不是唯一的提示手段。",
            en: "Links shown only by colour, with the underline removed, are invisible to colour-blind and many older readers; the MIIT spec also asks that colour not be the only cue."),
        fix: Localized(zh: "为正文中的链接保留下划线（或加粗、边框等非颜色样式）。", en: "Keep the underline on links in text (or another non-colour cue such as bold or a border)."),
        impact: .serious, wcag: ["1.4.1"], references: ["SLH-23", "APP 1.4"],
        passing: [
            RuleExample(##"<p>详见<a href="guide.html">办事指南</a>。</p>"##),
            RuleExample(##"<style>a{text-decoration:none;font-weight:bold}</style><p>详见<a href="guide.html">办事指南</a>。</p>"##),
            RuleExample(##"<ul><li><a href="a.html" style="text-decoration:none">栏目</a></li></ul>"##),
        ],
        failing: [
            RuleExample(##"<style>a{text-decoration:none;color:#333}</style><p style="color:#000">详见↓<a href="guide.html">办事指南</a>。</p>"##),
        ],
        cantTell: [
            RuleExample(##"<style>a{text-decoration:none;color:#06c}</style><p style="color:#000">详见<a href="guide.html">办事指南</a>。</p>"##),
        ])
    let selector = ElementSelector.tags(["a"])

    func check(_ link: Element, in page: PageContext) -> Verdict {
        guard link.hasAttribute("href"), let block = link.parent, !link.visibleText.isEmpty else { return .inapplicable }
        // Only links inside running text: the surrounding block has text of its own besides the link.
        let surrounding = block.childNodes.filter { $0.kind == .text }.map(\.text).joined()
        guard surrounding.trimmedText.count >= 2, page.styles.visibility(of: link) == .visible else { return .inapplicable }
        let styles = page.styles
        let linkStyle = styles.computed(for: link), blockStyle = styles.computed(for: block)
        let decorated = !linkStyle.textDecorationsInEffect.subtracting(blockStyle.textDecorationsInEffect).isEmpty
        let cue = decorated || linkStyle.fontWeight != blockStyle.fontWeight || linkStyle.visibleBorders != blockStyle.visibleBorders
            || linkStyle.backgroundColor != blockStyle.backgroundColor || linkStyle.fontStyle != blockStyle.fontStyle
        if cue { return .passed() }
        guard let linkColor = linkStyle.color, let textColor = blockStyle.color else { return .cantTell(.unknownColor) }
        let ratio = linkColor.contrastRatio(with: textColor)
        // 3:1 against the text is WCAG's sufficient technique only together with a cue on focus and hover,
        // which static files cannot show: a person must check.
        if ratio >= 3 { return .cantTell(.colourOnly((ratio * 100).rounded(.down) / 100)) }
        return .failed(.indistinct((ratio * 100).rounded(.down) / 100))
    }
}

extension Localized {
    fileprivate static func indistinct(_ ratio: Double) -> Localized {
        Localized(zh: "链接没有下划线等非颜色样式，与周围文字的颜色对比度只有 \(ratio.messageText):1（低于 3:1），难以辨认。",
                  en: "The link has no underline or other non-colour cue, and its colour contrasts only \(ratio.messageText):1 with the text (below 3:1).")
    }
    fileprivate static func colourOnly(_ ratio: Double) -> Localized {
        Localized(zh: "链接只靠颜色区分（与文字对比度 \(ratio.messageText):1）；需人工确认获得焦点或悬停时有下划线等提示。",
                  en: "The link is told apart by colour only (\(ratio.messageText):1 against the text); a person must check that focus and hover add a cue.")
    }
}
