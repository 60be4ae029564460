import AuditCore
import HTMLDOM
import StyleEngine

/// Paragraphs styled to look like headings (bold or larger, short, followed by ordinary text) are flagged
/// for review: if they are headings, screen-reader users cannot jump to them.
struct PAsHeadingRule: Rule {
    let description = RuleDescription(
        id: "p-as-heading",
        title: Localized(zh: "不用加粗段落冒充标题", en: "Styled paragraphs are not used as headings"),
        rationale: Localized(
            zh: "办事指南里常把“办理条件”“所需材料”写成加粗的 <p>；看起来是标题，读屏用户却无法按标题跳转。",
            en: "Service guides often write “Conditions” or “Documents required” as bold <p> text: it looks like a heading, but screen-reader users cannot jump to it."),
        fix: Localized(zh: "若它是小标题，改用 <h2>–<h6> 并用 CSS 设置样式。", en: "If it is a heading, use <h2>–<h6> and style it with CSS."),
        impact: .moderate, wcag: ["1.3.1"], references: ["WZA-18"],
        passing: [
            RuleExample(##"<h3>办理条件</h3><p>年满 60 周岁的本区户籍老年人，可申请综合津贴。</p>"##),
            RuleExample(##"<p><b>注意：</b>请携带身份证原件。</p><p>其他说明文字较长，不是标题。</p>"##),
        ],
        failing: [],
        cantTell: [
            RuleExample(##"<p style="font-weight:bold;font-size:20px">办理条件</p><p>年满 60 周岁的本区户籍老年人，可申请综合津贴。</p>"##),
        ])
    let selector = ElementSelector.tags(["p"])

    func check(_ paragraph: Element, in page: PageContext) -> Verdict {
        let text = paragraph.visibleText
        guard !text.isEmpty, text.count <= 30, !text.hasSuffix("。"), !text.hasSuffix("."),
              let next = paragraph.nextElementSiblingOfSameParent, next.name == "p", next.visibleText.count > text.count,
              page.styles.visibility(of: paragraph) == .visible else { return .inapplicable }
        let mine = page.styles.computed(for: paragraph), theirs = page.styles.computed(for: next)
        let bolder = mine.isBold && !theirs.isBold
        let larger = mine.fontSize >= theirs.fontSize * 1.15
        return bolder || larger ? .cantTell(.looksLikeHeading(text)) : .passed()
    }
}

extension Element {
    /// The next element child of the same parent, if any. Walks forward from here (skipping text and
    /// comments) instead of listing the parent's children, so a wide parent costs O(1) per paragraph.
    fileprivate var nextElementSiblingOfSameParent: Element? {
        guard parent != nil else { return nil }
        return followingSiblingNodes.lazy.compactMap(\.element).first
    }
}

extension Localized {
    fileprivate static func looksLikeHeading(_ text: String) -> Localized {
        Localized(zh: "段落“\(text)”的样式像标题（加粗或更大）；若它是小标题，请改用标题元素。",
                  en: "The paragraph “\(text)” is styled like a heading (bold or larger); if it is one, use a heading element.")
    }
}
