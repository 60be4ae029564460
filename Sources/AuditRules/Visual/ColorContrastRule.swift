import AuditCore
import HTMLDOM

/// Text contrast at least 4.5:1 (3:1 for large text), WCAG 1.4.3 AA and the MIIT APP spec §1.3.
struct ColorContrastRule: Rule {
    let description = RuleDescription(
        id: "color-contrast",
        title: Localized(zh: "文字对比度足够", en: "Text has enough contrast"),
        rationale: Localized(
            zh: "老年人和低视力用户难以看清浅灰色等低对比度文字；WCAG 和工信部适老化规范要求正文对比度至少 4.5:1，大字至少 3:1。",
            en: "Older and low-vision readers cannot make out low-contrast text such as light grey; WCAG and the MIIT spec ask 4.5:1 for text and 3:1 for large text."),
        fix: Localized(zh: "加深文字颜色或调整背景，例如白底正文用 #595959 或更深的颜色。",
                       en: "Darken the text or change the background; on white, use #595959 or darker for body text."),
        impact: .serious, wcag: ["1.4.3"], act: ["afw4f7"], references: ["SLH-20", "APP 1.3"],
        passing: [
            RuleExample(##"<p style="color:#333;background:#fff">办事指南</p>"##),
            RuleExample(##"<p style="color:#000;font-size:18pt;background:#666">大字号文字</p>"##),
            RuleExample(##"<p>默认黑字白底</p>"##),
            RuleExample(##"<p style="color:#aaa;background:#fff;display:none">隐藏文字</p>"##),
            RuleExample(##"<button style="color:#777;background:#eee" disabled>已禁用</button>"##),
            // The MIIT APP spec counts text above 18px as large (3:1); #888 on white is 3.54:1.
            RuleExample(##"<p style="color:#888;background:#fff;font-size:20px">20px 文字</p>"##, options: ["largeText": .keyword("miit")]),
        ],
        failing: [
            RuleExample(##"↓<p style="color:#aaa;background:white">浅灰色正文</p>"##),
            RuleExample(##"<style>.tip{color:#999}</style>↓<p class="tip">请于工作日办理。</p>"##),
            RuleExample(##"<div style="background:#fff">↓<p style="color:#000;opacity:.3">半透明文字</p></div>"##),
            RuleExample(##"↓<div role="button" style="color:#777;background:#eee">提交</div>"##),
            RuleExample(##"↓<p style="color:#888;background:#fff;font-size:20px">20px 文字在 WCAG 下不算大字</p>"##),
            RuleExample(##"↓<p style="color:#888;background:#fff;font-size:18px">18px 不大于 18px</p>"##, options: ["largeText": .keyword("miit")]),
        ],
        cantTell: [
            RuleExample(##"<p style="color:#555;background:black url(bg.jpg)">背景图上的文字</p>"##),
            RuleExample(##"<p style="color:#666;background:#fff;text-shadow:#aaa 2px 2px 4px">阴影文字</p>"##),
        ],
        options: [Self.largeText])
    static let largeText = ContrastSupport.largeTextOption(rule: "color-contrast")
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        ContrastSupport.verdict(element, in: page, normal: 4.5, large: 3, largeText: Self.largeText)
    }
}
