import AuditCore
import HTMLDOM

/// A `lang` on part of the page names a language its text can be in: its writing system fits.
struct ElementLangMatchesContentRule: Rule {
    let description = RuleDescription(
        id: "element-lang-matches-content",
        title: Localized(zh: "段落语言与内容文字相符", en: "lang on an element matches the writing of its content"),
        rationale: Localized(
            zh: "读屏软件遇到元素上的 lang 会切换语音。模板里的 lang=\"en\" 套在中文栏目上，或 lang=\"zh-CN\" 套在英文段落上，都会让读屏软件用错误的语音朗读。wza 比较元素文本（不含另有 lang 的子元素）所用的文字与声明语言的书写文字：文字明显不符时判为不通过；同用一种文字的语言需人工确认。",
            en: "Screen readers switch voice at an element's lang. A template's lang=\"en\" around a Chinese section, or lang=\"zh-CN\" around an English passage, makes them read it with the wrong voice. wza compares the scripts of the element's text (leaving out descendants with their own lang) with the scripts the declared language is written in: a clear mismatch fails; languages sharing a script need a reader."),
        fix: Localized(zh: "把 lang 改为该段内容的语言，或删除多余的 lang，让它继承页面语言。",
                       en: "Set lang to the language of the passage, or remove a stray lang so it inherits the page language."),
        impact: .serious, wcag: ["3.1.2"], act: ["off6ek"], references: ["WZA-05"],
        passing: [
            RuleExample(##"<html lang="en"><body><p>The Chinese name is <span lang="zh-CN">示例区政务服务中心</span>.</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><div lang="zh-CN"><p>办事指南</p><p lang="ja">サービスのご案内</p></div></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p lang="ko">서울특별시 민원 안내</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p lang="en" hidden>Service guide</p><span lang="fr"></span></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p lang="english">Service guide</p></body></html>"##),
            RuleExample(##"<html lang="en"><body><p lang="zh-CN">运行 <code>wza audit site --fail-on never --output report</code> 即可。</p></body></html>"##),
        ],
        failing: [
            RuleExample(##"<html lang="zh-CN"><body>↓<div class="nav" lang="en"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a></div></body></html>"##),
            RuleExample(##"<html lang="en"><body>↓<p lang="zh-CN">Please bring your identity card and the completed application form.</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body>↓<section lang="ru"><h2>Contact us</h2><p>Call the service hotline on weekdays.</p></section></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body>↓<div lang="en"><img src="a.jpg" alt="示例区政务服务中心大厅全景照片"></div></body></html>"##),
        ],
        cantTell: [
            RuleExample(##"<html lang="en"><body><p>The Dutch phrase <span lang="fr">Hij ging met de kippen op stok</span> means he went to bed early.</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p lang="ja">東京都庁</p></body></html>"##),
            RuleExample(##"<html lang="zh-CN"><body><p lang="en">2024</p></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        // ACT off6ek: elements in body (body included) whose lang has a known primary language and that
        // some text inherits its language from.
        guard let body = page.document.body else { return [] }
        let texts = LanguageText.inherited(in: page)
        return page.document.elements(withAttribute: "lang").compactMap { element in
            guard element == body || body.contains(element), let text = texts[element.documentOrder], text.hasText,
                  let lang = element.attribute("lang"), LanguageTagValidator.knownPrimaryLanguage(lang) != nil else { return nil }
            return ElementVerdict(element, LanguageMatch.verdict(lang: lang, text: text))
        }
    }
}
