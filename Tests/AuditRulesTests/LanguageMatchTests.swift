import AuditCore
import Testing

@testable import AuditRules

/// Writing systems of text and the scripts of languages, behind the language-match rules.
@Suite struct LanguageMatchTests {
    private func tally(_ text: String, pinyin: Bool = false) -> InheritedText {
        var inherited = InheritedText()
        inherited.tally.add(text, pinyin: pinyin)
        inherited.hasText = true
        return inherited
    }

    @Test func lettersAreClassifiedByScript() {
        #expect(WritingScript.of("a") == .latn)
        #expect(WritingScript.of("é") == .latn)
        #expect(WritingScript.of("Ａ") == .latn)  // full-width Latin in Chinese text
        #expect(WritingScript.of("中") == .hani)
        #expect(WritingScript.of("𠀀") == .hani)
        #expect(WritingScript.of("の") == .hira)
        #expect(WritingScript.of("ー") == .kana)
        #expect(WritingScript.of("한") == .hang)
        #expect(WritingScript.of("я") == .cyrl)
        #expect(WritingScript.of("ئ") == .arab)
        #expect(WritingScript.of("ཀ") == .tibt)
        #expect(WritingScript.of("ꆈ") == .yiii)
        for notALetter in ["1", "，", "。", " ", "©", "-", "１"] {
            #expect(WritingScript.of(Unicode.Scalar(notALetter)!) == nil, "\(notALetter)")
        }
        let counted = tally("政务 ABC 123").tally
        #expect(counted[.hani] == 6 && counted[.latn] == 3 && counted.total == 9)
    }

    @Test func pinyinSyllables() {
        #expect(Pinyin.isPinyin("Beijing"))
        #expect(Pinyin.isPinyin("Zhōnghuá"))
        #expect(Pinyin.isPinyin("lüxing"))
        #expect(!Pinyin.isPinyin("the"))
        #expect(!Pinyin.isPinyin("government"))
        #expect(!Pinyin.isPinyin("service"))
    }

    @Test func scriptsOfLanguages() {
        #expect(LanguageSubtagRegistry.suppressScript("en") == "Latn")
        #expect(LanguageSubtagRegistry.suppressScript("JA") == "Jpan")
        #expect(LanguageSubtagRegistry.suppressScript("zh") == nil)
        #expect(LanguageScripts.scripts(forTag: "zh-CN") == ["Hani", "Bopo"])
        #expect(LanguageScripts.scripts(forTag: "zh-Latn-pinyin")?.contains("Latn") == true)
        #expect(LanguageScripts.scripts(forTag: "ja")?.isSuperset(of: ["Hani", "Hira", "Kana"]) == true)
        #expect(LanguageScripts.scripts(forTag: "kk")?.contains("Arab") == true)  // Kazakh in Xinjiang
        #expect(LanguageScripts.scripts(forTag: "ast-ES") == ["Latn"])
        #expect(LanguageScripts.scripts(forTag: "tlh") == nil)
        #expect(LanguageScripts.chinese.contains("yue") && !LanguageScripts.chinese.contains("za"))
    }

    @Test func verdicts() {
        let chinese = tally("本页面介绍社会保障卡的申领条件、所需材料和办理流程。")
        #expect(LanguageMatch.verdict(lang: "zh-CN", text: chinese).outcome == .passed)
        #expect(LanguageMatch.verdict(lang: "en", text: chinese).outcome == .failed)
        #expect(LanguageMatch.verdict(lang: "ja", text: chinese).outcome == .cantTell)  // Han without kana
        #expect(LanguageMatch.verdict(lang: "ko", text: chinese).outcome == .cantTell)  // could be hanja
        #expect(LanguageMatch.verdict(lang: "tlh", text: chinese).outcome == .cantTell)  // scripts unknown

        // A Chinese page with English acronyms and a URL is still Chinese.
        let withAcronyms = tally("请登录 https://www.gov.cn 下载 PDF 或 Word 版申请表，咨询电话 12345。")
        #expect(LanguageMatch.verdict(lang: "zh-CN", text: withAcronyms).outcome == .passed)

        let english = tally("Please bring your identity card and the completed application form.", pinyin: true)
        #expect(LanguageMatch.verdict(lang: "zh-CN", text: english).outcome == .failed)
        #expect(LanguageMatch.verdict(lang: "en", text: english).outcome == .cantTell)  // Latin: en, fr, nl…
        let pinyin = tally("Beijing Shi Dongcheng Qu Renmin Zhengfu", pinyin: true)
        #expect(LanguageMatch.verdict(lang: "zh", text: pinyin).outcome == .cantTell)
        // Addresses are not language.
        let addresses = tally("https://www.example.gov.cn/xxgk/index.html service@example.gov.cn www.gov.cn", pinyin: true)
        #expect(addresses.tally.total == 0)
        #expect(LanguageMatch.verdict(lang: "zh-CN", text: addresses).outcome == .cantTell)

        #expect(LanguageMatch.verdict(lang: "zh", text: tally("東京都の行政サービスについてご案内します。")).outcome == .failed)
        #expect(LanguageMatch.verdict(lang: "ja", text: tally("東京都の行政サービスについてご案内します。")).outcome == .passed)
        #expect(LanguageMatch.verdict(lang: "en", text: tally("办事指南")).outcome == .cantTell)  // too short
        #expect(LanguageMatch.verdict(lang: "en", text: tally("2024")).outcome == .cantTell)  // no letters
        #expect(LanguageMatch.verdict(lang: "kk", text: tally("قازاق تىلى — قازاقستان رەسپۋبليكاسىنىڭ مەملەكەتتىك تىلى")).outcome != .failed)
        #expect(LanguageMatch.verdict(lang: "ru", text: tally("Please bring your identity card and the completed form.")).outcome == .failed)
    }
}
