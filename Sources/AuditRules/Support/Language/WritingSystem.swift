import HTMLDOM
import AuditCore

// Writing systems of text: which Unicode scripts its letters belong to.
//
// The language-match rules (html-lang-matches-content, element-lang-matches-content) cannot identify a
// language from files, but they can see its writing system: text that is nearly all 汉字 is not English,
// text that is nearly all Latin letters is not Chinese. Letters are classified by Unicode block ranges
// (Unicode 15 Scripts.txt, folded to the blocks that hold each script's letters); digits, punctuation and
// symbols (Script=Common) and combining marks that are not letters do not count.

/// An ISO 15924 script, for the scripts wza tells apart. `other` holds letters of any other script: they
/// count towards the amount of text but never as evidence against a language.
enum WritingScript: Int, CaseIterable, Sendable {
    case latn, grek, cyrl, armn, hebr, arab, syrc, thaa, deva, beng, guru, gujr, orya, taml, telu, knda, mlym, sinh
    case thai, laoo, tibt, mymr, geor, hang, ethi, cher, cans, khmr, mong, hira, kana, bopo, hani, yiii, other

    /// The ISO 15924 code, e.g. `Latn`.
    var code: String {
        switch self {
        case .latn: "Latn"; case .grek: "Grek"; case .cyrl: "Cyrl"; case .armn: "Armn"; case .hebr: "Hebr"
        case .arab: "Arab"; case .syrc: "Syrc"; case .thaa: "Thaa"; case .deva: "Deva"; case .beng: "Beng"
        case .guru: "Guru"; case .gujr: "Gujr"; case .orya: "Orya"; case .taml: "Taml"; case .telu: "Telu"
        case .knda: "Knda"; case .mlym: "Mlym"; case .sinh: "Sinh"; case .thai: "Thai"; case .laoo: "Laoo"
        case .tibt: "Tibt"; case .mymr: "Mymr"; case .geor: "Geor"; case .hang: "Hang"; case .ethi: "Ethi"
        case .cher: "Cher"; case .cans: "Cans"; case .khmr: "Khmr"; case .mong: "Mong"; case .hira: "Hira"
        case .kana: "Kana"; case .bopo: "Bopo"; case .hani: "Hani"; case .yiii: "Yiii"; case .other: "Zzzz"
        }
    }

    /// How much text one letter stands for, in Latin letters: a 汉字 carries about a word (≈ 3 letters), a
    /// kana, Hangul or Yi syllable about two letters. Keeps a Chinese page with a few English words from
    /// looking half English.
    var weight: Int {
        switch self {
        case .hani: 3
        case .hira, .kana, .hang, .yiii: 2
        default: 1
        }
    }

    /// Names for messages.
    var name: Localized {
        switch self {
        case .latn: Localized(zh: "拉丁字母", en: "Latin script")
        case .grek: Localized(zh: "希腊字母", en: "Greek script")
        case .cyrl: Localized(zh: "西里尔字母", en: "Cyrillic script")
        case .armn: Localized(zh: "亚美尼亚字母", en: "Armenian script")
        case .hebr: Localized(zh: "希伯来字母", en: "Hebrew script")
        case .arab: Localized(zh: "阿拉伯字母", en: "Arabic script")
        case .hani: Localized(zh: "汉字", en: "Han characters (汉字)")
        case .hira: Localized(zh: "平假名", en: "Hiragana")
        case .kana: Localized(zh: "片假名", en: "Katakana")
        case .hang: Localized(zh: "韩文（谚文）", en: "Hangul")
        case .bopo: Localized(zh: "注音符号", en: "Bopomofo (zhuyin)")
        case .tibt: Localized(zh: "藏文", en: "Tibetan script")
        case .mong: Localized(zh: "蒙古文", en: "Mongolian script")
        case .yiii: Localized(zh: "彝文", en: "Yi script")
        case .thai: Localized(zh: "泰文", en: "Thai script")
        case .deva: Localized(zh: "天城文", en: "Devanagari script")
        case .other: Localized(zh: "其他文字", en: "other scripts")
        default: Localized(zh: "\(code) 文字", en: "\(code) script")
        }
    }

    /// The script of a letter; nil for anything that is not a letter (digits, punctuation, symbols, spaces).
    static func of(_ scalar: Unicode.Scalar) -> WritingScript? {
        let value = scalar.value
        if value < 0x80 {
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A ? .latn : nil
        }
        guard scalar.properties.isAlphabetic else { return nil }
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if value < range.lower { high = mid - 1 } else if value > range.upper { low = mid + 1 } else { return range.script }
        }
        return .other
    }

    /// Sorted, non-overlapping code point ranges.
    private static let ranges: [(lower: UInt32, upper: UInt32, script: WritingScript)] = [
        (0x00AA, 0x00AA, .latn), (0x00BA, 0x00BA, .latn), (0x00C0, 0x024F, .latn), (0x0250, 0x02AF, .latn),
        (0x0370, 0x03FF, .grek), (0x0400, 0x052F, .cyrl), (0x0531, 0x058F, .armn), (0x0591, 0x05FF, .hebr),
        (0x0600, 0x06FF, .arab), (0x0700, 0x074F, .syrc), (0x0750, 0x077F, .arab), (0x0780, 0x07BF, .thaa),
        (0x0870, 0x08FF, .arab), (0x0900, 0x097F, .deva), (0x0980, 0x09FF, .beng), (0x0A00, 0x0A7F, .guru),
        (0x0A80, 0x0AFF, .gujr), (0x0B00, 0x0B7F, .orya), (0x0B80, 0x0BFF, .taml), (0x0C00, 0x0C7F, .telu),
        (0x0C80, 0x0CFF, .knda), (0x0D00, 0x0D7F, .mlym), (0x0D80, 0x0DFF, .sinh), (0x0E00, 0x0E7F, .thai),
        (0x0E80, 0x0EFF, .laoo), (0x0F00, 0x0FFF, .tibt), (0x1000, 0x109F, .mymr), (0x10A0, 0x10FF, .geor),
        (0x1100, 0x11FF, .hang), (0x1200, 0x139F, .ethi), (0x13A0, 0x13FF, .cher), (0x1400, 0x167F, .cans),
        (0x1780, 0x17FF, .khmr), (0x1800, 0x18AF, .mong), (0x1C80, 0x1C8F, .cyrl), (0x1C90, 0x1CBF, .geor),
        (0x1D00, 0x1D7F, .latn), (0x1E00, 0x1EFF, .latn), (0x1F00, 0x1FFF, .grek), (0x2C60, 0x2C7F, .latn),
        (0x2D00, 0x2D2F, .geor), (0x2DE0, 0x2DFF, .cyrl), (0x2E80, 0x2FDF, .hani), (0x3005, 0x3007, .hani),
        (0x3021, 0x3029, .hani), (0x3038, 0x303B, .hani), (0x3041, 0x309F, .hira), (0x30A0, 0x30FF, .kana),
        (0x3100, 0x312F, .bopo), (0x3130, 0x318F, .hang), (0x31A0, 0x31BF, .bopo), (0x31F0, 0x31FF, .kana),
        (0x3400, 0x4DBF, .hani), (0x4E00, 0x9FFF, .hani), (0xA000, 0xA4CF, .yiii), (0xA640, 0xA69F, .cyrl),
        (0xA720, 0xA7FF, .latn), (0xA960, 0xA97F, .hang), (0xAB30, 0xAB6F, .latn), (0xAC00, 0xD7FF, .hang),
        (0xF900, 0xFAFF, .hani), (0xFB00, 0xFB06, .latn), (0xFB1D, 0xFB4F, .hebr), (0xFB50, 0xFDFF, .arab),
        (0xFE70, 0xFEFF, .arab), (0xFF21, 0xFF3A, .latn), (0xFF41, 0xFF5A, .latn), (0xFF66, 0xFF9F, .kana),
        (0xFFA0, 0xFFDC, .hang), (0x1B000, 0x1B16F, .hira), (0x20000, 0x3FFFF, .hani),
    ]
}

/// Letters of some text, counted by script (weighted: see `WritingScript.weight`).
struct ScriptTally: Sendable {
    private(set) var counts = [Int](repeating: 0, count: WritingScript.allCases.count)
    /// Latin words, and how many of them read as Hanyu Pinyin (counted only when asked for).
    private(set) var latinWords = 0
    private(set) var pinyinWords = 0

    var total: Int { counts.reduce(0, +) }
    subscript(script: WritingScript) -> Int { counts[script.rawValue] }

    /// Counts the letters of `text`; web and e-mail addresses are left out (`www.gov.cn` is no English).
    /// With `pinyin`, also counts Latin words and those that read as pinyin.
    private static let addressMarks = PatternList(["://", "www.", "@"])

    mutating func add(_ text: String, pinyin: Bool = false) {
        // Byte search: Foundation's `contains` on every text node of every page was a visible cost.
        if Self.addressMarks.matches(text) {
            for token in text.split(whereSeparator: { $0.isWhitespace }) where !Self.isAddress(token) {
                add(String(token), pinyin: pinyin)
            }
            return
        }
        var word = ""
        for scalar in text.unicodeScalars {
            guard let script = WritingScript.of(scalar) else {
                if pinyin { finishWord(&word) }
                continue
            }
            counts[script.rawValue] += script.weight
            if pinyin {
                if script == .latn { word.unicodeScalars.append(scalar) } else { finishWord(&word) }
            }
        }
        if pinyin { finishWord(&word) }
    }

    /// A URL or an e-mail address (a token with `://`, starting `www.`, or `name@host.domain`).
    static func isAddress(_ token: Substring) -> Bool {
        if token.contains("://") || token.lowercased().hasPrefix("www.") { return true }
        guard let at = token.firstIndex(of: "@") else { return false }
        return at != token.startIndex && token[token.index(after: at)...].contains(".")
    }

    private mutating func finishWord(_ word: inout String) {
        guard !word.isEmpty else { return }
        latinWords += 1
        if Pinyin.isPinyin(word) { pinyinWords += 1 }
        word = ""
    }
}

/// Hanyu Pinyin: Chinese written in Latin letters (北京 → Běijīng). A Latin text under `lang="zh"` may be
/// Chinese after all when its words split into pinyin syllables.
enum Pinyin {
    /// The syllables of standard Mandarin, without tones (`v` and `ü` both stand for ü).
    static let syllables: Set<String> = Set("""
        a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen
        ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci
        cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du
        duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong
        gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang
        hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken
        keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie
        lin ling liu lo long lou lu luan lun luo lv lve lü lüe ma mai man mang mao me mei men meng mi mian miao mie
        min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu
        nuan nuo nv nve nü nüe o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia
        qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui
        run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai
        shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie
        ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing
        xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze
        zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui
        zhun zhuo zi zong zou zu zuan zui zun zuo
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// True when the word (Latin letters only) splits into pinyin syllables, tone marks ignored.
    static func isPinyin(_ word: String) -> Bool {
        let letters = Array(toneless(word))
        guard !letters.isEmpty, letters.count <= 36 else { return false }
        // reachable[i]: letters[..<i] splits into syllables (a syllable has at most 6 letters).
        var reachable = [Bool](repeating: false, count: letters.count + 1)
        reachable[0] = true
        for end in 1...letters.count {
            for start in max(0, end - 6)..<end where reachable[start] {
                if syllables.contains(String(letters[start..<end])) { reachable[end] = true; break }
            }
        }
        return reachable[letters.count]
    }

    /// Lower case, tone marks removed (ǚ → ü, ā → a).
    private static func toneless(_ word: String) -> String {
        var result = ""
        for character in word.lowercased() {
            switch character {
            case "ā", "á", "ǎ", "à": result.append("a")
            case "ē", "é", "ě", "è": result.append("e")
            case "ī", "í", "ǐ", "ì": result.append("i")
            case "ō", "ó", "ǒ", "ò": result.append("o")
            case "ū", "ú", "ǔ", "ù": result.append("u")
            case "ǖ", "ǘ", "ǚ", "ǜ": result.append("ü")
            default: result.append(character)
            }
        }
        return result
    }
}
