import AuditCore
import HTMLDOM

/// `lang` attributes on parts of the page (a passage in English) name real languages.
struct ValidLangRule: Rule {
    let description = RuleDescription(
        id: "valid-lang",
        title: Localized(zh: "段落语言代码有效", en: "lang attributes on elements are valid"),
        rationale: Localized(
            zh: "页面中的外语段落用 lang 标明后，读屏软件会切换发音；无效代码使切换失败。",
            en: "A lang attribute on a passage lets screen readers switch voice; an invalid tag makes the switch fail."),
        fix: Localized(zh: "使用有效的语言代码，如 lang=\"en\"，或删除无效的 lang。",
                       en: "Use a valid tag such as lang=\"en\", or remove the invalid attribute."),
        impact: .serious, wcag: ["3.1.2"], act: ["de46e4"], references: ["WZA-05"],
        passing: [
            RuleExample(##"<html lang="zh-CN"><body><p lang="en">Service guide</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p lang="">文字</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><span lang="english"></span></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><div lang="english"><p lang="en">All text is English.</p></div></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p lang="english"><span style="display:none">Hidden text</span></p></body></html>"##),
        ],
        failing: [
            RuleExample(##"<html lang="zh-CN"><body>↓<p lang="english">Service guide</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body>↓<p lang="  ">Service guide</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body>↓<div lang="invalid"><img src="a.jpg" alt="Fireworks"></div></body></html>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard element.name != "html", let lang = element.attribute("lang"), !lang.isEmpty else { return .inapplicable }
        guard hasOwnText(element, in: page), !Visibility.isHidden(element, in: page) else { return .inapplicable }
        return LanguageRuleSupport.verdict(for: lang)
    }

    /// True when some non-blank text in the element takes its language from this element
    /// (not from a descendant with its own non-empty lang).
    private func hasOwnText(_ element: Element, in page: PageContext) -> Bool {
        var overriddenUntil = -1
        for node in element.descendantNodes {
            if let child = node.element {
                guard child.documentOrder > overriddenUntil else { continue }
                // Text under a descendant with its own lang, or hidden from everyone, is not this element's.
                if let lang = child.attribute("lang"), !lang.isEmpty { overriddenUntil = child.lastDescendantOrder }
                else if Visibility.isHidden(child, in: page) || ["script", "style", "template"].contains(child.name) {
                    overriddenUntil = child.lastDescendantOrder
                }
                // A text alternative is text in this language too.
                else if ["img", "area"].contains(child.name), let alt = child.attribute("alt"), !alt.isBlankText { return true }
                continue
            }
            if node.kind == .text, node.documentOrder > overriddenUntil, !node.text.isBlankText { return true }
        }
        return false
    }
}
