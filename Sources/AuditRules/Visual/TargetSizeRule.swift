import AuditCore
import HTMLDOM
import StyleEngine

/// Click and touch targets whose size the CSS states are at least 24×24px (WCAG 2.5.8); smaller ones need a
/// person, since spacing around them (which layout decides) can satisfy the criterion.
struct TargetSizeRule: Rule {
    static let minimum = RuleOption.number(
        rule: "target-size", key: "minimumPixels", default: 24, range: 1...200, unit: "px",
        summary: Localized(zh: "目标的最小宽高：WCAG 2.2 为 24，工信部 APP 适老化规范为 44。",
                           en: "Smallest target width and height: 24 in WCAG 2.2, 44 in the MIIT APP spec."))
    static let elderMinimum = RuleOption.number(
        rule: "target-size", key: "elderMinimumPixels", default: 24, range: 1...200, unit: "px",
        summary: Localized(zh: "关怀版页面中目标的最小宽高：工信部 APP 适老化规范对适老界面主要组件要求 60。",
                           en: "Smallest target width and height in elder-mode pages: 60 for main components in the MIIT APP spec."))

    let description = RuleDescription(
        id: "target-size",
        title: Localized(zh: "点击目标足够大", en: "Targets are large enough"),
        rationale: Localized(
            zh: "手部颤抖或视力下降的老年人难以点中小按钮；WCAG 2.2 要求目标至少 24×24px，工信部 APP 适老化规范要求 44×44（适老界面 60×60）。",
            en: "Older users with tremor or weak sight miss small buttons; WCAG 2.2 asks 24×24px, the MIIT APP spec 44×44 (60×60 in elder interfaces)."),
        fix: Localized(zh: "把按钮、图标链接的宽高（或内边距）加大到至少 24px，适老版建议 44px 以上。",
                       en: "Make buttons and icon links at least 24px wide and high (44px or more in elder versions), with padding if needed."),
        impact: .moderate, wcag: ["2.5.8"], references: ["SLH-21", "APP 2.1"],
        passing: [
            RuleExample(##"<button style="width:48px;height:48px">搜索</button>"##),
            RuleExample(##"<p>正文中的<a href="a.html">链接</a>不适用</p>"##),
        ],
        failing: [],
        cantTell: [
            RuleExample(##"<a href="close.html" style="display:inline-block;width:16px;height:16px" aria-label="关闭"></a>"##),
            RuleExample(##"<button style="width:48px;height:48px">搜索</button>"##, page: PageTraits(isElderPage: true),
                        options: ["elderMinimumPixels": .number(60)]),
        ],
        options: [Self.minimum, Self.elderMinimum])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard SequentialFocus.isInTabOrder(element) || element.explicitRole == "button" || element.explicitRole == "link" else { return .inapplicable }
        guard page.styles.visibility(of: element) == .visible else { return .inapplicable }
        let style = page.styles.computed(for: element)
        // Inline links in text are exempt; only boxes with a stated size can be judged.
        guard style.display != "inline", let width = Self.pixels(style.width, style.minWidth), let height = Self.pixels(style.height, style.minHeight) else {
            return .inapplicable
        }
        let paddedWidth = width + (style.padding.left.pixels ?? 0) + (style.padding.right.pixels ?? 0)
        let paddedHeight = height + (style.padding.top.pixels ?? 0) + (style.padding.bottom.pixels ?? 0)
        let minimum = page.number(page.traits.isElderPage ? Self.elderMinimum : Self.minimum)
        if paddedWidth >= minimum && paddedHeight >= minimum { return .passed() }
        return .cantTell(.small(paddedWidth, paddedHeight, minimum))
    }

    /// The larger of a stated size and a stated minimum, when at least one is in px.
    static func pixels(_ size: Dimension, _ minimum: Dimension) -> Double? {
        switch (size.pixels, minimum.pixels) {
        case (nil, nil): nil
        case (let a?, nil): a
        case (nil, let b?): b
        case (let a?, let b?): max(a, b)
        }
    }
}

extension Localized {
    fileprivate static func small(_ width: Double, _ height: Double, _ minimum: Double) -> Localized {
        let w = width.roundedForMessage(), h = height.roundedForMessage(), m = minimum.roundedForMessage()
        return Localized(zh: "目标只有 \(w)×\(h)px，小于 \(m)×\(m)px；若周围留有足够间距或有更大的点击区域仍可满足要求，需人工确认。",
                         en: "The target is only \(w)×\(h)px, below \(m)×\(m)px; spacing around it or a larger hit area can still satisfy the requirement, so a person must check.")
    }
}
