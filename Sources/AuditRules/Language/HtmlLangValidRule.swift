import AuditCore
import HTMLDOM

/// The page language is a real BCP 47 language tag.
struct HtmlLangValidRule: Rule {
    let description = RuleDescription(
        id: "html-lang-valid",
        title: Localized(zh: "页面语言代码有效", en: "The page language tag is valid"),
        rationale: Localized(
            zh: "无效的语言代码（如 lang=\"chinese\"、lang=\"zh_CN\"）与未声明一样，读屏软件无法据此选择发音。",
            en: "An invalid tag (lang=\"chinese\", lang=\"zh_CN\") is as bad as none: screen readers cannot pick a voice from it."),
        fix: Localized(zh: "使用 IANA 语言子标签注册表中的代码，如 zh、zh-CN、zh-Hans。",
                       en: "Use a tag from the IANA Language Subtag Registry, e.g. zh, zh-CN, zh-Hans."),
        impact: .serious, wcag: ["3.1.1"], act: ["bf051a"], references: ["WZA-05"],
        passing: [
            RuleExample(##"<html lang="zh-CN"><body></body></html>"##),
            RuleExample(##"<html lang="zh-Hans-CN"><body></body></html>"##),
            RuleExample(##"<html lang="cmn-Hans"><body></body></html>"##),
            RuleExample(##"<html><body></body></html>"##),
        ],
        failing: [
            RuleExample(##"↓<html lang="chinese"><body></body></html>"##),
            RuleExample(##"↓<html lang="zh_CN"><body></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        guard let html = page.document.documentElement, html.name == "html",
              let lang = html.attribute("lang"), !lang.isBlankText else { return [] }
        return [ElementVerdict(html, LanguageRuleSupport.verdict(for: lang))]
    }
}

enum LanguageRuleSupport {
    /// ACT's "known primary language tag": well-formed and the primary subtag is in the registry.
    static func verdict(for lang: String) -> Verdict {
        switch LanguageTagValidator.validate(lang) {
        case .valid: return .passed()
        case .empty: return .failed(.emptyTag)
        case .malformed: return .failed(.malformed(lang))
        case .unknownPrimaryLanguage(let subtag): return .failed(.unknownLanguage(lang, subtag))
        case .unknownSubtag(let subtag): return .passed(.unknownSubtag(lang, subtag))
        case .deprecated(let subtag): return .passed(.deprecated(lang, subtag))
        }
    }
}

extension Localized {
    fileprivate static let emptyTag = Localized(zh: "lang 属性为空。", en: "The lang attribute is empty.")
    fileprivate static func malformed(_ lang: String) -> Localized {
        Localized(zh: "“\(lang)”不是合法的 BCP 47 语言标签。", en: "“\(lang)” is not a well-formed BCP 47 language tag.")
    }
    fileprivate static func unknownLanguage(_ lang: String, _ subtag: String) -> Localized {
        Localized(zh: "“\(lang)”的主语言子标签“\(subtag)”不在 IANA 注册表中。",
                  en: "The primary language subtag “\(subtag)” of “\(lang)” is not in the IANA registry.")
    }
    fileprivate static func unknownSubtag(_ lang: String, _ subtag: String) -> Localized {
        Localized(zh: "“\(lang)”的主语言有效，但子标签“\(subtag)”未注册（不影响读屏选择语言）。",
                  en: "“\(lang)” has a valid primary language, but subtag “\(subtag)” is not registered (voices still work).")
    }
    fileprivate static func deprecated(_ lang: String, _ subtag: String) -> Localized {
        Localized(zh: "“\(lang)”中的“\(subtag)”已被注册表废弃，建议改用现行代码。",
                  en: "“\(subtag)” in “\(lang)” is deprecated in the registry; prefer the current code.")
    }
}
