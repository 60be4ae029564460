import AuditCore
import HTMLDOM

/// The page says which language it is in, so screen readers pick the right voice.
struct HtmlHasLangRule: Rule {
    let description = RuleDescription(
        id: "html-has-lang",
        title: Localized(zh: "页面声明了语言", en: "The page declares its language"),
        rationale: Localized(
            zh: "读屏软件按页面语言选择发音；未声明时中文可能被当作英文逐字母朗读。",
            en: "Screen readers choose their voice from the page language; without it Chinese may be spelled out with an English voice."),
        fix: Localized(zh: "在 <html> 上添加 lang 属性，如 <html lang=\"zh-CN\">。", en: "Add a lang attribute to <html>, e.g. <html lang=\"zh-CN\">."),
        impact: .serious, wcag: ["3.1.1"], act: ["b5c3f8"], references: ["WZA-05"],
        passing: [
            RuleExample(##"<html lang="zh-CN"><head><title>首页</title></head><body><p>你好</p></body></html>"##),
        ],
        failing: [
            RuleExample(##"↓<html><head><title>首页</title></head><body><p>你好</p></body></html>"##),
            RuleExample(##"↓<html lang=" "><head><title>首页</title></head><body></body></html>"##),
            RuleExample(##"↓<html xml:lang="zh-CN"><body></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        guard let html = page.document.documentElement, html.name == "html" else { return [] }
        guard let lang = html.attribute("lang") else { return [ElementVerdict(html, .failed(.missing))] }
        return [ElementVerdict(html, lang.isBlankText ? .failed(.blank) : .passed())]
    }
}

extension Localized {
    fileprivate static let missing = Localized(zh: "<html> 没有 lang 属性。", en: "<html> has no lang attribute.")
    fileprivate static let blank = Localized(zh: "<html> 的 lang 属性为空。", en: "The lang attribute of <html> is empty.")
}
