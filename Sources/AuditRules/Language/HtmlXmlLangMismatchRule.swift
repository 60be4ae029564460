import AuditCore
import HTMLDOM

/// `lang` and `xml:lang` on `<html>` name the same primary language.
struct HtmlXmlLangMismatchRule: Rule {
    let description = RuleDescription(
        id: "html-xml-lang-mismatch",
        title: Localized(zh: "html 的 lang 与 xml:lang 语言一致", en: "lang and xml:lang on html agree"),
        rationale: Localized(
            zh: "读屏软件按页面语言选择发音；lang 与 xml:lang 写成不同语言时，不同软件读取的属性不同，中文页面可能被用英文语音朗读。",
            en: "Screen readers pick a voice from the page language; when lang and xml:lang name different languages, tools that read different attributes may read a Chinese page with an English voice."),
        fix: Localized(zh: "让两个属性的主语言相同（如都以 zh 开头），或删除 xml:lang（HTML 页面只需 lang）。",
                       en: "Give both the same primary language (both starting with zh, say), or drop xml:lang (HTML pages need only lang)."),
        impact: .moderate, wcag: ["3.1.1"], act: ["5b7ae0"], references: ["WZA-05"],
        passing: [
            RuleExample(##"<html lang="zh-CN" xml:lang="zh-CN"><body></body></html>"##),
            RuleExample(##"<html lang="zh-CN" xml:lang="zh-Hans"><body></body></html>"##),
            RuleExample(##"<html lang="en-GB" xml:lang="EN-US"><body></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body></body></html>"##),
            RuleExample(##"<html lang="chinese" xml:lang="en"><body></body></html>"##),
        ],
        failing: [
            RuleExample(##"↓<html lang="zh-CN" xml:lang="en"><body></body></html>"##),
            RuleExample(##"↓<html lang="en" xml:lang="zh"><body></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        // Applies when both name a known primary language (ACT 5b7ae0); invalid tags are html-lang-valid's.
        guard let html = page.document.documentElement, html.name == "html",
              let lang = html.attribute("lang").flatMap(LanguageTagValidator.knownPrimaryLanguage),
              let xmlLang = html.attribute("xml:lang").flatMap(LanguageTagValidator.knownPrimaryLanguage) else { return [] }
        let verdict: Verdict = lang.lowercased() == xmlLang.lowercased()
            ? .passed() : .failed(.mismatch(html.attribute("lang") ?? "", html.attribute("xml:lang") ?? ""))
        return [ElementVerdict(html, verdict)]
    }
}

extension Localized {
    fileprivate static func mismatch(_ lang: String, _ xmlLang: String) -> Localized {
        Localized(zh: "lang=“\(lang.trimmedText)”与 xml:lang=“\(xmlLang.trimmedText)”的主语言不同。",
                  en: "lang=“\(lang.trimmedText)” and xml:lang=“\(xmlLang.trimmedText)” name different primary languages.")
    }
}
