import AuditCore
import HTMLDOM

// Shared by html-lang-matches-content (ACT ucwvc8) and element-lang-matches-content (ACT off6ek): the text
// that takes its language from an element, and whether its writing system fits the declared language.

/// The text inheriting its programmatic language from an element (ACT definition), by writing system.
struct InheritedText: Sendable {
    var tally = ScriptTally()
    /// Some of the text is more than white space.
    var hasText = false
}

enum LanguageText {
    /// Elements whose content never reaches people as text, or is computer code rather than a human
    /// language (`code`, `kbd`, `samp`: a Chinese manual quoting commands is not English).
    private static let skipped: Set<String> = ["script", "style", "template", "noscript", "head", "code", "kbd", "samp"]

    /// For the `html` element and every element with a non-empty `lang` attribute, by document order: the
    /// text inheriting its programmatic language from it. That is the text nodes that are rendered (visible
    /// or in the accessibility tree) under it but not under a descendant with its own non-empty `lang`; the
    /// accessible names and descriptions of such elements that do not come from their content (alt,
    /// aria-label, aria-labelledby — hidden referenced text included —, title, aria-describedby); and, for
    /// `html`, the document title. Code and web addresses are left out. One walk of the page, no recursion; computed once per page.
    static func inherited(in page: PageContext) -> [Int: InheritedText] {
        page.cached("language-inherited-text") { collect(page) }
    }

    private static func collect(_ page: PageContext) -> [Int: InheritedText] {
        guard let html = page.document.documentElement else { return [:] }
        var texts: [Int: InheritedText] = [:]
        func add(_ text: String, to owner: Int, chinese: Bool) {
            guard !text.isBlankText else { return }
            texts[owner, default: InheritedText()].tally.add(text, pinyin: chinese)
            texts[owner, default: InheritedText()].hasText = true
        }
        func isChinese(_ element: Element) -> Bool {
            element.attribute("lang").flatMap(LanguageTagValidator.knownPrimaryLanguage)
                .map(LanguageScripts.chinese.contains) ?? false
        }

        struct Open { var end: Int; var owner: Int; var chinese: Bool; var rendered: Bool }
        let htmlIsChinese = isChinese(html)
        var stack = [Open(end: html.lastDescendantOrder, owner: html.documentOrder, chinese: htmlIsChinese, rendered: true)]
        if let title = page.document.head?.children.first(where: { $0.name == "title" }),
           (title.attribute("lang") ?? "").isEmpty {
            add(title.textContent, to: html.documentOrder, chinese: htmlIsChinese)
        }
        addAccessibleTexts(of: html, in: page) { add($0, to: html.documentOrder, chinese: htmlIsChinese) }

        let nodes = html.descendantNodes
        let base = html.documentOrder + 1
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            let order = node.documentOrder
            while stack.count > 1, order > stack[stack.count - 1].end { stack.removeLast() }
            let parent = stack[stack.count - 1]
            if let element = node.element {
                if skipped.contains(element.name) {
                    index = element.lastDescendantOrder - base + 1
                    continue
                }
                let hasOwnLang = !(element.attribute("lang") ?? "").isEmpty
                let open = Open(
                    end: element.lastDescendantOrder, owner: hasOwnLang ? order : parent.owner,
                    chinese: hasOwnLang ? isChinese(element) : parent.chinese, rendered: page.styles.isRendered(element))
                stack.append(open)
                if open.rendered, page.styles.isInAccessibilityTree(element) {
                    addAccessibleTexts(of: element, in: page) { add($0, to: open.owner, chinese: open.chinese) }
                }
            } else if node.kind == .text, parent.rendered {
                add(node.text, to: parent.owner, chinese: parent.chinese)
            }
            index += 1
        }
        return texts
    }

    /// Names and descriptions that do not repeat the element's own text content.
    private static func addAccessibleTexts(of element: Element, in page: PageContext, _ add: (String) -> Void) {
        var name: String?
        let isButtonInput = element.name == "input"
            && ["button", "submit", "reset"].contains((element.attribute("type") ?? "").lowercased())
        if element.attribute("aria-labelledby") != nil || element.attribute("aria-label") != nil
            || (element.attribute("alt") != nil && ["img", "area", "input"].contains(element.name))
            || (isButtonInput && element.attribute("value") != nil) {
            name = AccessibleName.of(element, in: page)
            add(name ?? "")
        }
        if let title = element.attribute("title"), !title.isBlankText, title.collapsedWhitespace != name {
            add(title)
        }
        if let ids = element.attribute("aria-describedby") {
            add(AccessibleName.labelledByText(ids, in: page))
        }
    }
}

/// Whether the writing system of a text fits the language a `lang` attribute declares.
///
/// wza cannot identify languages, but it can see scripts. It fails an element only when the text is long
/// enough (≥ 20 letters, a 汉字 counting as three) and ≥ 80 % of it is in scripts the declared language is
/// not written in (`lang="en"` on Chinese text, `lang="zh-CN"` on English text that is not pinyin). It
/// passes when ≥ 60 % of the text is in a script only the declared language uses (汉字 without kana for
/// zh, Hangul for ko, kana with 汉字 for ja, Greek for el…). Everything else is cantTell, with the reason:
/// English and French share the Latin script, and only a reader can tell them apart.
enum LanguageMatch {
    static let minimumLetters = 20
    static let mismatchPercent = 80
    static let matchPercent = 60

    /// One writing system found in the text, with its weighted letter count.
    struct System {
        var code: String
        var name: Localized
        var weight: Int
    }

    /// The text's writing systems, largest first. Han with kana (≥ 10 % of the two) is Japanese (Jpan).
    static func systems(of tally: ScriptTally) -> [System] {
        var systems: [System] = []
        let kana = tally[.hira] + tally[.kana]
        let isJapanese = kana > 0 && kana * 10 >= kana + tally[.hani]
        if isJapanese {
            systems.append(System(code: "Jpan", name: Localized(zh: "日文（汉字与假名）", en: "Japanese (kanji with kana)"),
                                  weight: kana + tally[.hani]))
        }
        for script in WritingScript.allCases where tally[script] > 0 {
            if isJapanese, [.hani, .hira, .kana].contains(script) { continue }
            systems.append(System(code: script.code, name: script.name, weight: tally[script]))
        }
        return systems.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.code < $1.code }
    }

    static func verdict(lang: String, text: InheritedText) -> Verdict {
        let tag = lang.trimmedText
        let tally = text.tally
        let total = tally.total
        let all = systems(of: tally)
        guard total > 0, let dominant = all.first else { return .cantTell(.noLetters(tag)) }
        guard let primary = LanguageTagValidator.knownPrimaryLanguage(tag),
              let allowed = LanguageScripts.scripts(forTag: tag) else { return .cantTell(.unknownScripts(tag)) }
        let foreign = all.filter { $0.code != "Zzzz" && !allowed.contains($0.code) }
        let foreignWeight = foreign.reduce(0) { $0 + $1.weight }
        let compatibleWeight = all.filter { allowed.contains($0.code) }.reduce(0) { $0 + $1.weight }
        let percent = { (weight: Int) in weight * 100 / total }

        if foreignWeight * 100 >= mismatchPercent * total {
            if total < minimumLetters { return .cantTell(.tooLittleText(tag, dominant.name)) }
            if LanguageScripts.chinese.contains(primary), dominant.code == "Latn", tally.latinWords > 0,
               tally.pinyinWords * 10 >= tally.latinWords * 7 {
                return .cantTell(.maybePinyin(tag))
            }
            return .failed(.notWrittenIn(tag, dominant.name, percent(foreignWeight)))
        }
        if compatibleWeight * 100 >= matchPercent * total, allowed.contains(dominant.code) {
            if LanguageScripts.singleLanguageScripts[dominant.code] == primary {
                return .passed(.writtenIn(tag, dominant.name, percent(dominant.weight)))
            }
            return .cantTell(.sharedScript(tag, dominant.name))
        }
        if foreign.isEmpty { return .cantTell(.unclassifiedScripts(tag)) }
        return .cantTell(.mixedScripts(tag, foreign.map(\.name), percent(foreignWeight)))
    }
}

extension Localized {
    fileprivate static func noLetters(_ tag: String) -> Localized {
        Localized(zh: "lang=“\(tag)”下的文本没有字母或文字（只有数字、符号），无法判断语言。",
                  en: "The text under lang=“\(tag)” has no letters (only digits or symbols); its language cannot be judged.")
    }
    fileprivate static func unknownScripts(_ tag: String) -> Localized {
        Localized(zh: "wza 没有“\(tag)”所用文字的资料，需人工确认文本是否为该语言。",
                  en: "wza has no record of the scripts “\(tag)” is written in; a reader must check the text is in that language.")
    }
    fileprivate static func tooLittleText(_ tag: String, _ script: Localized) -> Localized {
        Localized(zh: "文本主要是\(script.zh)，不是“\(tag)”通常使用的文字，但文本太短，需人工确认。",
                  en: "The text is mostly \(script.en), which “\(tag)” is not written in, but it is too short to be sure; a reader must check.")
    }
    fileprivate static func maybePinyin(_ tag: String) -> Localized {
        Localized(zh: "文本是拉丁字母，但大多能拆成汉语拼音音节，可能是拼音形式的中文，需人工确认。",
                  en: "The text is in Latin letters, but most words split into pinyin syllables: it may be Chinese in pinyin; a reader must check.")
    }
    fileprivate static func notWrittenIn(_ tag: String, _ script: Localized, _ percent: Int) -> Localized {
        Localized(zh: "lang=“\(tag)”，但 \(percent)% 的文本是\(script.zh)等该语言不使用的文字：声明的语言与内容不符，读屏软件会用错误的语音朗读。",
                  en: "lang=“\(tag)”, but \(percent)% of the text is in \(script.en) or other scripts that language is not written in: the declared language does not match the content, and screen readers will use the wrong voice.")
    }
    fileprivate static func writtenIn(_ tag: String, _ script: Localized, _ percent: Int) -> Localized {
        Localized(zh: "\(percent)% 的文本是\(script.zh)，与 lang=“\(tag)”一致。",
                  en: "\(percent)% of the text is in \(script.en), which matches lang=“\(tag)”.")
    }
    fileprivate static func sharedScript(_ tag: String, _ script: Localized) -> Localized {
        Localized(zh: "文本是\(script.zh)，“\(tag)”使用这种文字，但其他语言也使用；文本是否确为该语言需人工确认。",
                  en: "The text is in \(script.en), which “\(tag)” is written in, as are other languages; a reader must check the text is in that language.")
    }
    fileprivate static func unclassifiedScripts(_ tag: String) -> Localized {
        Localized(zh: "文本有不少 wza 不区分的文字，是否为“\(tag)”需人工确认。",
                  en: "Much of the text is in scripts wza does not tell apart; a reader must check it is in “\(tag)”.")
    }
    fileprivate static func mixedScripts(_ tag: String, _ scripts: [Localized], _ percent: Int) -> Localized {
        let zh = scripts.prefix(3).map(\.zh).joined(separator: "、")
        let en = scripts.prefix(3).map(\.en).joined(separator: ", ")
        return Localized(zh: "\(percent)% 的文本是“\(tag)”不使用的文字（\(zh)），最常用的语言是否为“\(tag)”需人工确认。",
                         en: "\(percent)% of the text is in scripts “\(tag)” is not written in (\(en)); a reader must check whether “\(tag)” is its most common language.")
    }
}
