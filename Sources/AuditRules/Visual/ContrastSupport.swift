import AuditCore
import HTMLDOM
import StyleEngine

/// Text contrast as far as CSS decides it: the text colour composited over the nearest opaque background
/// along the element's ancestors (the canvas is white). Anything that layout or pixels decide — background
/// images and gradients, text shadows, positioned overlap, colours the engine cannot read — ends in cantTell
/// with the reason, never in a guessed failure.
enum ContrastSupport {
    enum Measurement {
        case ratio(Double, foreground: RGBA, background: RGBA, fontSize: Double, bold: Bool)
        case undetermined(Localized)
        case notApplicable
    }

    /// Which definition of large text applies: WCAG's "large scale" (at least 18pt = 24px, or 14pt =
    /// 18.66px bold) or the MIIT APP spec's (larger than 18 dp/pt, taken as px, whatever the weight).
    static func largeTextOption(rule: String) -> RuleOption {
        .choice(rule: rule, key: "largeText", default: "wcag", choices: ["wcag", "miit"], summary: Localized(
            zh: "大字的定义：wcag = 至少 24px，或至少 18.66px 且加粗；miit = 大于 18px（工信部 APP 适老化规范，不看字重）。",
            en: "What counts as large text: wcag = at least 24px, or 18.66px bold; miit = larger than 18px (MIIT APP spec, any weight)."))
    }

    static func isLargeText(fontSize: Double, bold: Bool, definition: String) -> Bool {
        definition == "miit" ? fontSize > 18 + 1e-9 : fontSize >= 24 || (fontSize >= 18.66 && bold)
    }


    /// Elements whose own text is judged: visible text, not in SVG, not part of a disabled control.
    static func applies(_ element: Element, in page: PageContext) -> Bool {
        guard !element.ownText.isEmpty, !["script", "style", "title", "option", "noscript", "textarea"].contains(element.name) else { return false }
        if element.name == "svg" || element.closest(["svg"]) != nil { return false }
        guard page.styles.visibility(of: element) == .visible else { return false }
        return !isDisabled(element, in: page)
    }

    /// Text of disabled widgets (and labels of disabled fields) is exempt from contrast requirements.
    static func isDisabled(_ element: Element, in page: PageContext) -> Bool {
        for candidate in [element] + element.ancestors {
            if ["button", "input", "select", "textarea", "fieldset", "optgroup", "option"].contains(candidate.name),
               candidate.hasAttribute("disabled") { return true }
            if candidate.attribute("aria-disabled")?.trimmedText.lowercased() == "true" { return true }
        }
        // A label whose control is disabled.
        if let label = element.name == "label" ? element : element.closest(["label"]) {
            if label.descendants.contains(where: { $0.hasAttribute("disabled") || $0.attribute("aria-disabled") == "true" }) { return true }
            if let id = label.attribute("id"), page.elements(withAttribute: "aria-labelledby").contains(where: { control in
                control.tokens("aria-labelledby").contains(id.lowercased()) && control.attribute("aria-disabled") == "true"
            }) { return true }
            if let target = label.attribute("for"), page.elements(withID: target).contains(where: { $0.hasAttribute("disabled") }) { return true }
        }
        return false
    }

    /// An empty element that an inline script fills (innerHTML, textContent, a shadow root) by its id.
    static func isFilledByScript(_ element: Element, in page: PageContext) -> Bool {
        guard let id = element.attribute("id"), !id.isEmpty, element.children.isEmpty else { return false }
        let fillers = PatternList(["attachShadow", "innerHTML", "textContent", "innerText", "insertAdjacentHTML"])
        return page.elements(named: "script").contains { script in
            let code = script.textContent
            return code.contains(id) && fillers.matches(code)
        }
    }

    static func measure(_ element: Element, in page: PageContext) -> Measurement {
        let style = page.styles.computed(for: element)
        guard var foreground = style.color else { return .undetermined(.unknownColor) }
        if style.hasTextShadow { return .undetermined(.textShadow) }
        // Widgets named by aria-label show text that may not be text to read (a "X" close button).
        if let widget = ([element] + element.ancestors).first(where: { $0.hasAttribute("aria-label") || $0.hasAttribute("aria-labelledby") }),
           AccessibleName.role(of: widget).flatMap(ARIA.role)?.isKind(of: "widget") == true {
            return .undetermined(.labelledWidget)
        }
        // Collect background layers from the element outwards until one is opaque.
        var layers: [RGBA] = []
        var reachedOpaque = false
        for candidate in [element] + element.ancestors {
            let candidateStyle = page.styles.computed(for: candidate)
            if candidateStyle.hasBackgroundImage { return .undetermined(.backgroundImage) }
            guard let background = candidateStyle.backgroundColor else { return .undetermined(.unknownColor) }
            if !background.isTransparent { layers.append(background) }
            if background.isOpaque { reachedOpaque = true; break }
            // A positioned box may sit over anything; what is behind it is a layout question.
            if candidateStyle.isOutOfFlow { return .undetermined(.positioned) }
        }
        var backdrop = reachedOpaque ? layers.removeLast() : RGBA.white
        for layer in layers.reversed() { backdrop = layer.composited(over: backdrop) }
        if style.effectiveOpacity < 1 { foreground = foreground.withAlpha(multipliedBy: style.effectiveOpacity) }
        let shown = foreground.composited(over: backdrop)
        return .ratio(shown.contrastRatio(with: backdrop), foreground: shown, background: backdrop, fontSize: style.fontSize, bold: style.isBold)
    }

    /// Measurements shared by the AA and AAA rules, so each element is measured once per page.
    final class Memo {
        var measurements: [Int: Measurement] = [:]
    }

    /// 4.5 / 3 for AA, 7 / 4.5 for AAA; `largeText` is the rule's `largeText` option.
    static func verdict(_ element: Element, in page: PageContext, normal: Double, large: Double, largeText: RuleOption) -> Verdict {
        if element.ownText.isEmpty {
            return isFilledByScript(element, in: page) ? .cantTell(.scriptedText) : .inapplicable
        }
        let memo = page.cached("contrast.memo") { Memo() }
        let measurement: Measurement
        if let known = memo.measurements[element.documentOrder] {
            measurement = known
        } else {
            measurement = applies(element, in: page) ? measure(element, in: page) : .notApplicable
            memo.measurements[element.documentOrder] = measurement
        }
        switch measurement {
        case .notApplicable: return .inapplicable
        case .undetermined(let reason): return .cantTell(reason)
        case .ratio(let ratio, let foreground, let background, let fontSize, let bold):
            let isLarge = isLargeText(fontSize: fontSize, bold: bold, definition: page.keyword(largeText))
            let required = isLarge ? large : normal
            let rounded = (ratio * 100).rounded(.down) / 100
            if ratio + 1e-9 >= required { return .passed() }
            return .failed(.lowContrast(rounded, required, foreground.hex, background.hex))
        }
    }
}

extension Localized {
    static let scriptedText = Localized(zh: "元素的文字由脚本在运行时填入，静态文件中看不到，需人工核验对比度。", en: "The element's text is filled in by a script at run time, so its contrast must be checked by hand.")
    static let unknownColor = Localized(zh: "无法确定文字或背景颜色（使用了 wza 不能换算的颜色）。", en: "The text or background colour cannot be determined (a colour wza cannot convert).")
    static let textShadow = Localized(zh: "文字有阴影（text-shadow），对比度取决于渲染效果，需人工核验。", en: "The text has a text-shadow; contrast depends on rendering and needs a person to check.")
    static let backgroundImage = Localized(zh: "背景是图片或渐变，对比度取决于像素，需人工核验。", en: "The background is an image or gradient; contrast depends on pixels and needs a person to check.")
    static let positioned = Localized(zh: "元素或其祖先是绝对/固定定位，背后是什么由布局决定，需人工核验。", en: "The element or an ancestor is absolutely or fixed positioned; what lies behind it is a layout question.")
    static let labelledWidget = Localized(zh: "控件用 aria-label 命名，可见文字可能只是图标符号，需人工核验。", en: "The control is named by aria-label; its visible text may be a symbol, so a person must check.")
    static func lowContrast(_ ratio: Double, _ required: Double, _ foreground: String, _ background: String) -> Localized {
        Localized(zh: "文字颜色 \(foreground) 与背景 \(background) 的对比度为 \(ratio.messageText):1，低于要求的 \(required.messageText):1。",
                  en: "Text colour \(foreground) on background \(background) has a contrast of \(ratio.messageText):1, below the required \(required.messageText):1.")
    }
}
