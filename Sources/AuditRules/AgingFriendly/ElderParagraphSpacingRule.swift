import AuditCore
import HTMLDOM
import StyleEngine

/// Paragraphs in elder-mode pages are set apart: the APP spec (§1.2) asks paragraph spacing of at least
/// 1.3 times the line spacing. wza reads it as baseline-to-baseline distance across the paragraph break
/// (line height + the space between the boxes) ≥ 1.3 × line height, the most lenient reading, so that a
/// failure is one under every reading: paragraphs with no space between them. Lines in the page's header,
/// navigation and footer are not reading text and are left out.
struct ElderParagraphSpacingRule: Rule {
    static let minimum = RuleOption.number(
        rule: "elder-paragraph-spacing", key: "minimumRatio", default: 1.3, range: 1...4, unit: "",
        summary: Localized(zh: "段落换段处基线间距与行高之比的下限（工信部 APP 适老化规范：1.3）。",
                           en: "Smallest ratio of the baseline distance across a paragraph break to the line height (MIIT APP spec: 1.3)."))

    let description = RuleDescription(
        id: "elder-paragraph-spacing",
        title: Localized(zh: "适老版段落之间留有间距", en: "Elder-mode paragraphs are spaced apart"),
        rationale: Localized(
            zh: "工信部适老化规范要求段落间距至少为行距的 1.3 倍；段落紧贴在一起时，老年读者难以分辨一段在哪里结束。wza 取最宽松的理解（换段处两行基线的距离至少为行高的 1.3 倍），只在段落之间几乎没有空隙时报失败。",
            en: "The MIIT spec asks paragraph spacing of at least 1.3 times the line spacing; when paragraphs touch, older readers cannot tell where one ends. wza takes the most lenient reading (the baseline distance across a paragraph break is at least 1.3 line heights), so it fails only paragraphs with almost no space between them."),
        fix: Localized(zh: "在关怀版样式中为段落设置上下外边距，例如 p { margin: 0 0 1em; }；不要用 margin:0 加首行缩进代替段距。",
                       en: "Give paragraphs vertical margins in the elder-mode style sheet, e.g. p { margin: 0 0 1em; }; indentation alone does not separate paragraphs."),
        impact: .moderate, wcag: ["1.4.12"], references: ["SLH-19", "APP 1.2"],
        passing: [
            RuleExample(##"<p>第一段（默认外边距 1em）</p><p>第二段</p>"##, page: PageTraits(isElderPage: true)),
            RuleExample(##"<style>p{margin:0;padding-bottom:12px;line-height:1.5;font-size:20px}</style><p>第一段</p><p>第二段</p>"##,
                        page: PageTraits(isElderPage: true)),
            RuleExample(##"<style>p{margin:0}</style><p>普通页面不适用</p><p>第二段</p>"##),
            RuleExample(##"<style>p{margin:0}</style><p>只有一段</p><div>其他内容</div>"##, page: PageTraits(isElderPage: true)),
            // Footer lines are not paragraphs of reading text.
            RuleExample(##"<style>p{margin:0}</style><div class="footer_txt"><p>主办单位：示例区政府</p><p>网站标识码：3100000099</p></div>"##,
                        page: PageTraits(isElderPage: true)),
        ],
        failing: [
            RuleExample(##"<style>p{margin:0;text-indent:2em;font-size:20px;line-height:1.6}</style>↓<p>第一段</p><p>第二段</p>"##,
                        page: PageTraits(isElderPage: true)),
            RuleExample(##"<style>p{margin:4px 0;font-size:20px;line-height:30px}</style>↓<p>第一段</p>↓<p>第二段</p><p>第三段</p>"##,
                        page: PageTraits(isElderPage: true)),
            RuleExample(##"<style>p{font-size:20px;line-height:30px;margin:0 0 12px}</style>↓<p>第一段</p><p>第二段</p>"##,
                        page: PageTraits(isElderPage: true), options: ["minimumRatio": .number(1.5)]),
        ],
        cantTell: [
            RuleExample(##"<style>p{margin:0 0 2%}</style><p>第一段</p><p>第二段</p>"##, page: PageTraits(isElderPage: true)),
        ],
        options: [Self.minimum])
    let selector = ElementSelector.tags(["p"])

    func check(_ paragraph: Element, in page: PageContext) -> Verdict {
        guard page.traits.isElderPage, let next = Self.nextParagraph(after: paragraph),
              !GovSitePatterns.isInPageChrome(paragraph) else { return .inapplicable }
        let styles = page.styles
        guard styles.visibility(of: paragraph) == .visible, styles.visibility(of: next) == .visible,
              !paragraph.visibleText.isEmpty, !next.visibleText.isEmpty else { return .inapplicable }
        let first = styles.computed(for: paragraph), second = styles.computed(for: next)
        // Only block boxes in normal flow sit one above the other with collapsing margins.
        guard first.display == "block", second.display == "block", !first.isOutOfFlow, !second.isOutOfFlow else { return .inapplicable }
        guard let gap = Self.gap(after: first, before: second) else { return .cantTell(.spacingNeedsLayout) }
        let lineHeight = max(first.lineHeightPixels, second.lineHeightPixels)
        let ratio = (lineHeight + gap) / max(lineHeight, 1)
        let minimum = page.number(Self.minimum)
        return ratio + 0.005 >= minimum ? .passed() : .failed(.cramped(gap: gap, lineHeight: lineHeight, minimum: minimum))
    }

    /// The next element sibling when it is a paragraph and only white space or comments lie between.
    static func nextParagraph(after paragraph: Element) -> Element? {
        for node in paragraph.followingSiblingNodes {
            switch node.kind {
            case .element: return node.element.flatMap { $0.name == "p" ? $0 : nil }
            case .text: if !node.text.allSatisfy(\.isWhitespace) { return nil }
            default: continue
            }
        }
        return nil
    }

    /// Space between the two boxes: their adjacent margins collapse (largest positive plus most negative),
    /// padding and borders add. nil when a margin or padding needs layout (percentages, calc with %).
    static func gap(after first: ComputedStyle, before second: ComputedStyle) -> Double? {
        guard let bottomMargin = pixels(first.margin.bottom), let topMargin = pixels(second.margin.top),
              let bottomPadding = pixels(first.padding.bottom), let topPadding = pixels(second.padding.top) else { return nil }
        let margins = [bottomMargin, topMargin]
        let collapsed = max(0, margins.max()!) + min(0, margins.min()!)
        return collapsed + bottomPadding + topPadding + first.border.bottom.width + second.border.top.width
    }

    /// Vertical margins of `auto` are 0 for blocks in normal flow.
    private static func pixels(_ dimension: Dimension) -> Double? {
        switch dimension {
        case .px(let value): value
        case .auto: 0
        default: nil
        }
    }
}

extension Localized {
    fileprivate static let spacingNeedsLayout = Localized(
        zh: "段落的外边距或内边距使用百分比等需要布局才能算出的值，需人工核验段距。",
        en: "The paragraphs' margins or padding use percentages or other values that need layout; check the spacing by hand.")

    fileprivate static func cramped(gap: Double, lineHeight: Double, minimum: Double) -> Localized {
        let g = gap.roundedForMessage(), l = lineHeight.roundedForMessage(), m = minimum.roundedForMessage(decimals: 2)
        return Localized(
            zh: "与下一段之间只有 \(g)px 的间隔（行高 \(l)px），换段处的基线间距不到行高的 \(m) 倍。",
            en: "Only \(g)px separate this paragraph from the next (line height \(l)px): the baseline distance across the break is below \(m) line heights.")
    }
}
