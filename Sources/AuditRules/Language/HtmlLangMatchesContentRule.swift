import AuditCore
import HTMLDOM

/// The page language names a language the page's text can be in: its writing system fits.
struct HtmlLangMatchesContentRule: Rule {
    let description = RuleDescription(
        id: "html-lang-matches-content",
        title: Localized(zh: "页面语言与内容文字相符", en: "The page language matches the writing of its content"),
        rationale: Localized(
            zh: "读屏软件按 <html lang> 选择语音。从英文模板复制来的 lang=\"en\" 留在中文页面上，中文会被英文语音逐字误读；lang=\"zh-CN\" 的英文页面也同样难以听懂。wza 比较文本所用的文字（汉字、假名、谚文、拉丁字母、西里尔字母等）与声明语言的书写文字：文字明显不符时判为不通过；同用拉丁字母的英语与法语等需人工确认。",
            en: "Screen readers pick their voice from <html lang>. A lang=\"en\" left from an English template on a Chinese page makes the Chinese unintelligible, read with an English voice; an English page declared lang=\"zh-CN\" fares no better. wza compares the scripts of the text (Han, kana, Hangul, Latin, Cyrillic…) with the scripts the declared language is written in: a clear mismatch fails; languages sharing a script (English and French, both Latin) need a reader."),
        fix: Localized(zh: "把 <html lang> 改为页面主要内容的语言，如中文页面用 lang=\"zh-CN\"，英文版页面用 lang=\"en\"；其他语言的段落另用 lang 标明。",
                       en: "Set <html lang> to the language of the page's main content (lang=\"zh-CN\" for Chinese pages, lang=\"en\" for the English version) and mark passages in other languages with their own lang."),
        impact: .serious, wcag: ["3.1.1"], act: ["ucwvc8"], references: ["WZA-05"],
        passing: [
            RuleExample(##"<html lang="zh-CN"><head><title>社保卡申领</title></head><body><p>本页面介绍社会保障卡的申领条件、所需材料和办理流程。</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p>请携带身份证原件到政务服务中心（Government Service Center）办理。</p></body></html>"##),
            RuleExample(##"<html lang="zh-Hant"><body><p>本頁面介紹社會保障卡的申領條件與辦理流程。</p></body></html>"##),
            RuleExample(##"<html lang="ja"><body><p>東京都の行政サービスについてご案内します。</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p lang="en">This page explains how to apply for a social security card.</p><p>社会保障卡</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><img src="map.png" alt="示例区政务服务中心位置图"></body></html>"##),
        ],
        failing: [
            RuleExample(##"↓<html lang="en"><head><title>社保卡申领</title></head><body><p>本页面介绍社会保障卡的申领条件、所需材料和办理流程。</p></body></html>"##),
            RuleExample(##"↓<html lang="zh-CN"><body><p>This page explains how to apply for a social security card and what to bring.</p></body></html>"##),
            RuleExample(##"↓<html lang="en"><body><p lang="en">Home</p><p>示例区人民政府办公室关于做好防汛工作的通知</p></body></html>"##),
            RuleExample(##"↓<html lang="zh"><body><img src="a.jpg" aria-labelledby="c"><p id="c" lang="zh" hidden>Fireworks over the river at night</p></body></html>"##),
        ],
        cantTell: [
            RuleExample(##"<html lang="fr"><body><p>The Accessibility Conformance Testing Rules Format defines a format for test rules.</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p>Beijing Shi Dongcheng Qu Renmin Zhengfu</p></body></html>"##),
            RuleExample(##"<html lang="en"><body><p>办事指南</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p>政务公开 Government information disclosure and open data</p></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        // ACT ucwvc8: the html element, when its lang has a known primary language and some text inherits it.
        guard let html = page.document.documentElement, html.name == "html", let lang = html.attribute("lang"),
              LanguageTagValidator.knownPrimaryLanguage(lang) != nil,
              let text = LanguageText.inherited(in: page)[html.documentOrder], text.hasText else { return [] }
        return [ElementVerdict(html, LanguageMatch.verdict(lang: lang, text: text))]
    }
}
