import Testing

@testable import AuditRules

/// BCP 47 validation against the generated IANA registry, with ACT's "known primary language tag".
@Suite struct LanguageTagTests {
    @Test(arguments: ["zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-cmn-Hans", "cmn-Hans", "en", "en-US", "yue-HK",
                      "ZH-hans-cn", " en ", "zh-ZZ", "qab", "und", "en-US-x-foo", "de-CH-1901", "sl-rozaj-biske",
                      "en-u-ca-gregory", "es-419", "zh-yue", "art", "Qaa-Qaaa-QM", "en-QQ"])
    func validTags(_ tag: String) {
        #expect(LanguageTagValidator.validate(tag) == .valid)
    }

    @Test func invalidAndAdvisoryTags() {
        #expect(LanguageTagValidator.validate("x-private") == .unknownPrimaryLanguage("x"))
        #expect(LanguageTagValidator.validate("i-klingon") == .unknownPrimaryLanguage("i"))
        #expect(LanguageTagValidator.validate("chinese") == .unknownPrimaryLanguage("chinese"))
        #expect(LanguageTagValidator.validate("xyz") == .unknownPrimaryLanguage("xyz"))
        #expect(LanguageTagValidator.validate("zh_CN") == .malformed)
        #expect(LanguageTagValidator.validate("en US") == .malformed)
        #expect(LanguageTagValidator.validate("-en") == .malformed)
        #expect(LanguageTagValidator.validate("") == .empty)
        #expect(LanguageTagValidator.validate("  ") == .empty)
        #expect(LanguageTagValidator.validate("iw") == .deprecated("iw"))
        #expect(LanguageTagValidator.validate("de-DD") == .deprecated("DD"))
        #expect(LanguageTagValidator.validate("en-US-GB") == .unknownSubtag("GB"))
        #expect(LanguageTagValidator.validate("de-hello") == .unknownSubtag("hello"))
        #expect(LanguageTagValidator.validate("en-cmn") == .unknownSubtag("cmn"))
    }

    /// The lang values of the ACT cases for bf051a, de46e4, off6ek and ucwvc8.
    @Test func actPrimaryLanguageDecisions() {
        for tag in ["FR", "en-US-GB", "es", "en", "fr-CH", "fr", "EN", "nl", "da", "lb"] {
            #expect(LanguageTagValidator.validate(tag).hasKnownPrimaryLanguage, "\(tag)")
        }
        for tag in ["em-US", "#1", "eng", "i-lux", "dutch", "#!", "  ", "english", "English", "invalid", ""] {
            #expect(!LanguageTagValidator.validate(tag).hasKnownPrimaryLanguage, "\(tag)")
        }
        #expect(LanguageTagValidator.knownPrimaryLanguage("EN-us") == "en")
    }

    @Test func registryLookupsAndParsing() throws {
        #expect(LanguageSubtagRegistry.preferredValue("iw", .language) == "he")
        #expect(LanguageSubtagRegistry.extlangPrefix("cmn") == "zh")
        #expect(LanguageTag.parse("en-US-GB") == nil)
        #expect(LanguageTag.parse("x-private")?.kind == .privateUse)
        #expect(LanguageTag.parse("i-klingon")?.kind == .grandfathered)
        let tag = try #require(LanguageTag.parse("zh-cmn-hans-cn-x-Foo"))
        #expect(tag.extlang == "cmn" && tag.script == "Hans" && tag.region == "CN" && tag.privateUse == ["foo"])
        #expect(LanguageSubtagRegistry.count(.language) > 8000)
    }
}
