// Which scripts a language is written in, for the language-match rules.
//
// Two sources, merged:
// 1. The IANA registry's Suppress-Script (generated: LanguageSubtags+Generated.swift), the script a
//    language is usually written in: en → Latn, ru → Cyrl, ja → Jpan, ko → Kore. 134 languages.
// 2. `LanguageScripts.table` below, written by hand after the primary and secondary scripts of Unicode
//    CLDR's supplemental language data (common/supplemental/supplementalData.xml, <languageData>): the
//    languages without a Suppress-Script that wza's users meet (zh and the Chinese varieties, the
//    languages of China's minorities), and languages whose Suppress-Script leaves out a script in real
//    use (Kazakh and Kyrgyz in Arabic script in Xinjiang, Serbian in Latin, Malay in Jawi…).
// A script subtag in the tag itself (`kk-Arab`, `zh-Latn-pinyin`) is always allowed too.
//
// A language missing from both is not judged (cantTell): wza only says "not written in this script"
// where it knows the scripts.

enum LanguageScripts {
    /// Hand-written additions (see the file comment), ISO 15924 codes; composites (Jpan, Kore, Hans, Hant)
    /// are expanded by `scripts(forTag:)`.
    static let table: [String: [String]] = [
        // Chinese: no Suppress-Script (Hans and Hant are both in use). Bopomofo annotates Mandarin.
        "zh": ["Hani", "Bopo"], "cmn": ["Hani", "Bopo"], "yue": ["Hani"], "wuu": ["Hani"], "hak": ["Hani"],
        "nan": ["Hani"], "gan": ["Hani"], "hsn": ["Hani"], "cdo": ["Hani"], "cjy": ["Hani"], "cpx": ["Hani"],
        "czh": ["Hani"], "czo": ["Hani"], "mnp": ["Hani"], "lzh": ["Hani"],
        // Languages of China (少数民族语言) and their neighbours.
        "bo": ["Tibt"], "ii": ["Yiii"], "ug": ["Arab", "Cyrl", "Latn"], "mn": ["Cyrl", "Mong"], "mnc": ["Mong"],
        "za": ["Latn", "Hani"], "kk": ["Cyrl", "Arab", "Latn"], "ky": ["Cyrl", "Arab", "Latn"],
        // Suppress-Script is one script; these are commonly written in more.
        "uz": ["Latn", "Cyrl", "Arab"], "tk": ["Latn", "Cyrl"], "az": ["Latn", "Cyrl", "Arab"],
        "tt": ["Cyrl", "Latn"], "tg": ["Cyrl", "Arab", "Latn"], "sr": ["Cyrl", "Latn"], "sh": ["Latn", "Cyrl"],
        "bs": ["Latn", "Cyrl"], "ms": ["Latn", "Arab"], "pa": ["Guru", "Arab"], "ks": ["Arab", "Deva"],
        "sd": ["Arab", "Deva"], "ku": ["Latn", "Arab", "Cyrl"], "ha": ["Latn", "Arab"], "ro": ["Latn", "Cyrl"],
        "mo": ["Latn", "Cyrl"],
        // Common languages without a Suppress-Script, written in one script.
        "fil": ["Latn"], "gd": ["Latn"], "br": ["Latn"], "co": ["Latn"], "oc": ["Latn"], "ast": ["Latn"],
        "ceb": ["Latn"], "haw": ["Latn"], "mi": ["Latn"], "ig": ["Latn"], "yo": ["Latn"], "su": ["Latn"],
        "jv": ["Latn", "Java"],
    ]

    /// Scripts written by practically one language, so that text in them tells the language: text that is
    /// nearly all Hangul is Korean. Han is Chinese only without kana (Japanese) — see `LanguageMatch`.
    static let singleLanguageScripts: [String: String] = [
        "Hani": "zh", "Bopo": "zh", "Jpan": "ja", "Hira": "ja", "Kana": "ja", "Hang": "ko", "Grek": "el",
        "Thai": "th", "Geor": "ka", "Armn": "hy", "Khmr": "km", "Laoo": "lo", "Sinh": "si", "Knda": "kn",
        "Mlym": "ml", "Taml": "ta", "Telu": "te", "Gujr": "gu", "Guru": "pa", "Orya": "or", "Thaa": "dv",
        "Yiii": "ii",
    ]

    /// Primary language subtags of Chinese (the macrolanguage and its members): Latin text there may be pinyin.
    static let chinese: Set<String> = Set(table.filter { $0.value.first == "Hani" }.keys)

    /// The scripts `tag` (a `lang` value with a known primary language) may be written in, as ISO 15924
    /// codes with composites expanded; nil when wza does not know the language's scripts.
    static func scripts(forTag tag: String) -> Set<String>? {
        guard let primary = LanguageTagValidator.knownPrimaryLanguage(tag) else { return nil }
        var codes = table[primary] ?? []
        if let suppress = LanguageSubtagRegistry.suppressScript(primary) { codes.append(suppress) }
        guard !codes.isEmpty else { return nil }
        if let script = LanguageTag.parse(tag)?.script { codes.append(script) }
        return Set(codes.flatMap(expanded))
    }

    /// A composite script with the scripts it combines (Jpan = Han + Hiragana + Katakana).
    static func expanded(_ code: String) -> [String] {
        switch code {
        case "Jpan": ["Jpan", "Hani", "Hira", "Kana"]
        case "Kore": ["Kore", "Hang", "Hani"]
        case "Hans", "Hant", "Hanb": [code, "Hani", "Bopo"]
        default: [code]
        }
    }
}
