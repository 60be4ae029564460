import AuditCore
import Foundation
import HTMLDOM
import StyleEngine

/// Widgets named from their content keep their visible text in the name they get from `aria-label` or
/// `aria-labelledby` (ACT 2ee8b8, WCAG 2.5.3): the text, lower-cased, without what round brackets hold, cut
/// into words at anything that is not a letter or digit (each 汉字 or kana a word of its own), must appear as
/// a run of whole words in the name.
struct LabelContentNameMismatchRule: Rule {
    let description = RuleDescription(
        id: "label-content-name-mismatch",
        title: Localized(zh: "控件的可见文字包含在其可访问名称中", en: "Visible text of a control is part of its accessible name"),
        rationale: Localized(
            zh: "语音输入用户说出屏幕上看到的文字来点按钮和链接（如“点击 检索”）；若 aria-label 把名称改成了别的词（“搜索”），说出看到的文字就没有反应。读屏用户听到的名称也与明眼同事看到的不一致。",
            en: "Speech-input users activate buttons and links by saying the words they see (“click Search”); when aria-label renames the control to other words, saying what is shown does nothing. Screen-reader users also hear a name that differs from what sighted colleagues see."),
        fix: Localized(
            zh: "让 aria-label / aria-labelledby 的名称以可见文字开头并完整包含它（可见“办事指南”→ 名称“办事指南 栏目”）；若可见文字已经够用，删除 aria-label。",
            en: "Make the aria-label / aria-labelledby name start with the visible text and contain all of it (shown “Guides” → name “Guides section”); if the visible text says enough, remove the aria-label."),
        impact: .serious, wcag: ["2.5.3"], act: ["2ee8b8"], references: ["WZA-02"],
        passing: [
            RuleExample(##"<a href="guide.html" aria-label="办事指南 栏目">办事指南</a>"##),
            RuleExample(##"<button aria-label="进入无障碍模式">无障碍</button>"##),
            RuleExample(##"<a href="news.html" aria-label="Latest news, opens in a new window">Latest  NEWS</a>"##),
            RuleExample(##"<button aria-label="查询 按日期">查询<br>按日期（年-月-日）</button>"##),
            RuleExample(##"<a href="#" aria-label="ACT"><div style="display: inline">A</div><div style="display: inline">C</div><div style="display: inline">T</div></a>"##),
            RuleExample(##"<style>.sr-only{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}</style><a href="a.html" aria-label="下载 申请表">下载<span class="sr-only">办事</span>申请表</a>"##),
            RuleExample(##"<a href="a.html" aria-label="下载申请表">下载<span style="display:none">办事</span>申请表</a>"##),
            RuleExample(##"<button aria-label="关闭">×</button>"##),
            RuleExample(##"<button aria-labelledby="t">提交</button><span id="t">提交 申请</span>"##),
            RuleExample(##"<a href="wx.html" aria-label="官方微信"><i class="iconfont">&#xe600;</i></a>"##),
            RuleExample(##"<nav aria-label="主导航">栏目导航</nav>"##),
            RuleExample(##"<input type="email" aria-label="电子邮箱" value="联系我们">"##),
        ],
        failing: [
            RuleExample(##"↓<button aria-label="搜索">检索</button>"##),
            RuleExample(##"↓<a href="guide.html" aria-label="进入栏目">办事指南</a>"##),
            RuleExample(##"↓<a href="#" aria-label="Discover Italy">Discover It</a>"##),
            RuleExample(##"↓<button aria-label="Download the specification">Download specification</button>"##),
            RuleExample(##"↓<div role="button" tabindex="0" aria-label="政务 公开">公开政务</div>"##),
            RuleExample(##"<ul role="menu">↓<li role="menuitem" aria-labelledby="m">打印</li></ul><span id="m">导出</span>"##),
            RuleExample(##"↓<a href="#" aria-label="下载 申请表">下载<span aria-hidden="true">办事</span>申请表</a>"##),
        ],
        cantTell: [
            RuleExample(##"<style>button { font-family: 'Material Icons'; }</style><button aria-label="查找">search</button>"##),
            RuleExample(##"<a href="#" aria-label="non-standard">nonstandard</a>"##),
            RuleExample(##"<a href="#" aria-label="University Avenue">University Ave.</a>"##),
            RuleExample(##"<button aria-label="关闭">X</button>"##),
            RuleExample(##"<a href="/" aria-label="首页"><img src="banner.png" alt="示例区政务服务网"></a>"##),
            RuleExample(##"<style>.more::after{content:"更多"}</style><a class="more" href="list.html" aria-label="查看全部"></a>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard element.hasAttribute("aria-label") || element.hasAttribute("aria-labelledby") else { return .inapplicable }
        guard let role = AccessibleName.role(of: element), let definition = ARIA.role(role),
              definition.isKind(of: "widget"), definition.supportsNameFromContents else { return .inapplicable }
        guard let source = AccessibleName.source(of: element, in: page), source != "other" else { return .inapplicable }
        if Visibility.isHidden(element, in: page) || Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return .inapplicable }

        let name = AccessibleName.of(element, in: page)
        let nameWords = LabelInName.words(name)
        let label = VisibleLabel(element, in: page)
        let shown = LabelInName.withoutBrackets(label.text)
        let labelWords = LabelInName.words(shown)
        let quotedLabel = NameQuote.text(shown)

        if labelWords.isEmpty {
            if label.iconText { return .cantTell(.iconFontOnly(name)) }
            if label.generatedText { return .cantTell(.generatedOnly(name)) }
            // Images may be images of text; their alt says what they show.
            let alternatives = label.imageAlternatives.filter { !LabelInName.words($0).isEmpty }
            if let missing = alternatives.first(where: { !LabelInName.contains(nameWords, LabelInName.words($0)) }) {
                return .cantTell(.imageMayShowText(NameQuote.text(missing), NameQuote.text(name)))
            }
            if label.text.isBlankText { return alternatives.isEmpty ? .inapplicable : .passed(.imageAltInName(NameQuote.text(name))) }
            return .passed(.onlySymbols(quotedLabel))
        }
        if LabelInName.contains(nameWords, labelWords) { return .passed(.contained(quotedLabel, NameQuote.text(name))) }
        // A single Latin letter (“X” to close, “B” for bold, “A+” to enlarge) is usually a symbol: non-text content.
        if labelWords.count == 1, let only = labelWords.first, only.text.count == 1, only.text.unicodeScalars.allSatisfy({ WritingScript.of($0) == .latn }) {
            return .cantTell(.singleLetter(quotedLabel, NameQuote.text(name)))
        }
        if LabelInName.contains(LabelInName.words(name, joiningHyphens: true), LabelInName.words(shown, joiningHyphens: true)) {
            return .cantTell(.hyphenation(quotedLabel, NameQuote.text(name)))
        }
        if LabelInName.contains(nameWords, labelWords, allowingAbbreviations: true) {
            return .cantTell(.abbreviation(quotedLabel, NameQuote.text(name)))
        }
        if label.generatedText { return .cantTell(.generatedText(quotedLabel, NameQuote.text(name))) }
        if label.uncertainText { return .cantTell(.uncertainText(quotedLabel, NameQuote.text(name))) }
        return .failed(.notContained(quotedLabel, NameQuote.text(name), source))
    }
}

/// The visible inner text of an element as ACT defines it: text nodes that are rendered and not hidden by an
/// sr-only pattern (aria-hidden text still counts: it is seen), with spaces where block boxes and `<br>`
/// break the line. Text in icon fonts is left out and flagged; images are non-text content.
private struct VisibleLabel {
    private(set) var text = ""
    /// Text drawn in an icon font (`font-family` or class names like iconfont, material-icons, fa) was left out.
    private(set) var iconText = false
    /// CSS `content` put letters or digits into the label (an icon font may draw them as a glyph).
    private(set) var generatedText = false
    /// Some text may be invisible in ways wza does not resolve (zero font size, transparent colour, zero opacity).
    private(set) var uncertainText = false
    /// The alt text of visible images (images of text show words a static file cannot read).
    private(set) var imageAlternatives: [String] = []

    private static let skipped: Set<String> = ["script", "style", "template", "noscript", "head", "title", "datalist", "option"]
    private static let embedded: Set<String> = ["img", "svg", "canvas", "picture", "video", "audio", "object", "embed", "iframe", "input", "select", "textarea", "math"]
    private static let iconClasses: Set<String> = ["fa", "fas", "far", "fab", "fal", "glyphicon", "material-icons", "material-symbols-outlined", "material-symbols-rounded", "material-symbols-sharp"]

    init(_ widget: Element, in page: PageContext) {
        let styles = page.styles
        // A widget hidden by an sr-only pattern (a skip link shown on focus): its own text is its label.
        let checkSrOnly = !styles.isVisuallyHiddenPattern(widget)
        add(generated: widget, .before, page)
        var closers: [(end: Int, after: String)] = []
        var skipUntil = -1
        for node in widget.descendantNodes {
            let order = node.documentOrder
            if order <= skipUntil { continue }
            while let last = closers.last, last.end < order {
                closers.removeLast()
                text += last.after
            }
            guard let child = node.element else {
                guard node.kind == .text, let parent = node.parent else { continue }
                let value = node.text
                if value.isBlankText { text += value; continue }
                if Self.isIconFont(parent, within: widget, styles) {
                    if value.unicodeScalars.contains(where: LabelInName.isWordCharacter) { iconText = true }
                    text += " "
                    continue
                }
                let style = styles.computed(for: parent)
                if style.fontSize <= 0 || style.effectiveOpacity <= 0 || (style.color?.isTransparent ?? false) { uncertainText = true }
                text += value
                continue
            }
            let end = child.lastDescendantOrder
            if Self.skipped.contains(child.name) || Visibility.isHidden(child, in: page) || (checkSrOnly && styles.isVisuallyHiddenPattern(child)) {
                skipUntil = end
                continue
            }
            if Self.embedded.contains(child.name) || ARIA.explicitRole(of: child) == "img" {
                if ["img", "svg"].contains(child.name) || (child.name == "input" && child.attribute("type")?.lowercased() == "image")
                    || ARIA.explicitRole(of: child) == "img" {
                    let alternative = child.attribute("alt") ?? child.attribute("aria-label") ?? ""
                    if !alternative.isBlankText { imageAlternatives.append(alternative) }
                }
                text += " "
                skipUntil = end
                continue
            }
            if child.name == "br" { text += " "; continue }
            let display = styles.computed(for: child).display
            let breaks = !(display.hasPrefix("inline") || display == "contents")
            if breaks { text += " " }
            add(generated: child, .before, page)
            var after = ""
            if let generated = Self.generated(child, .after, page) {
                after = generated
                generatedText = true
            }
            if breaks { after += " " }
            closers.append((end, after))
        }
        while let last = closers.popLast() { text += last.after }
        add(generated: widget, .after, page)
    }

    private mutating func add(generated element: Element, _ pseudo: PseudoElement, _ page: PageContext) {
        guard let generated = Self.generated(element, pseudo, page) else { return }
        text += generated
        generatedText = true
    }

    /// Generated text with letters or digits (flagged); nil when there is none.
    private static func generated(_ element: Element, _ pseudo: PseudoElement, _ page: PageContext) -> String? {
        guard let content = page.styles.generatedContent(for: element, pseudo: pseudo),
              content.text.unicodeScalars.contains(where: LabelInName.isWordCharacter) else { return nil }
        return content.text
    }

    private static func isIconFont(_ element: Element, within widget: Element, _ styles: PageStyles) -> Bool {
        // The first family draws the text (later ones are fallbacks for missing glyphs).
        if let family = styles.computed(for: element).fontFamily?.split(separator: ",").first?
            .trimmingCharacters(in: CharacterSet(charactersIn: " \"'")).lowercased(),
           ["icon", "awesome", "glyph", "symbols"].contains(where: family.contains) { return true }
        var current: Element? = element
        while let candidate = current {
            if candidate.tokens("class").contains(where: { iconClasses.contains($0) || $0.hasPrefix("iconfont") || $0.hasPrefix("icon-") }) { return true }
            if candidate == widget { break }
            current = candidate.parent
        }
        return false
    }
}

/// ACT's label-in-name comparison on words.
enum LabelInName {
    struct Word: Equatable {
        let text: String
        /// Written with a full stop right after it (“Ave.”): may be an abbreviation.
        let abbreviated: Bool
    }

    /// Letters, digits and the marks that attach to them; private-use characters (icon fonts) are not text.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark: true
        default: false
        }
    }

    /// Scripts written without spaces between words: each character is a word.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        guard let script = WritingScript.of(scalar) else { return false }
        return script == .hani || script == .hira || script == .kana || script == .bopo
    }

    /// Text without what round brackets (ASCII or full-width) hold: a format hint is not said aloud.
    static func withoutBrackets(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "（": depth += 1
            case ")", "）": if depth > 0 { depth -= 1 } else { result.append(character) }
            default: if depth == 0 { result.append(character) }
            }
        }
        return result
    }

    /// Lower-cased words, compatibility-folded (full-width letters and digits become ASCII). With
    /// `joiningHyphens`, hyphens and apostrophes join the parts of a word instead of splitting it.
    static func words(_ text: String, joiningHyphens: Bool = false) -> [Word] {
        var result: [Word] = []
        var current = ""
        func finish(abbreviated: Bool = false) {
            if !current.isEmpty { result.append(Word(text: current, abbreviated: abbreviated)) }
            current = ""
        }
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        for scalar in folded.unicodeScalars {
            if scalar.value == 0xAD { continue }  // soft hyphen: never shown inside a word
            if standsAlone(scalar) {
                finish()
                current.unicodeScalars.append(scalar)
                finish()
            } else if isWordCharacter(scalar) {
                current.unicodeScalars.append(scalar)
            } else if joiningHyphens, ["-", "\u{2010}", "\u{2011}", "'", "\u{2019}"].contains(scalar) {
                continue
            } else {
                finish(abbreviated: scalar == ".")
            }
        }
        finish()
        return result
    }

    /// The label's words appear, in order and next to each other, among the name's. With
    /// `allowingAbbreviations`, a label word written with a full stop may stand for a longer name word.
    static func contains(_ name: [Word], _ label: [Word], allowingAbbreviations: Bool = false) -> Bool {
        guard !label.isEmpty else { return true }
        guard label.count <= name.count else { return false }
        for start in 0...(name.count - label.count) {
            let matches = label.indices.allSatisfy { index in
                let shown = label[index], spoken = name[start + index].text
                return shown.text == spoken || (allowingAbbreviations && shown.abbreviated && spoken.hasPrefix(shown.text))
            }
            if matches { return true }
        }
        return false
    }
}

extension Localized {
    fileprivate static func contained(_ label: String, _ name: String) -> Localized {
        Localized(zh: "可见文字“\(label)”包含在可访问名称“\(name)”中。", en: "The visible text “\(label)” is part of the accessible name “\(name)”.")
    }

    fileprivate static func onlySymbols(_ label: String) -> Localized {
        Localized(zh: "可见内容“\(label)”只有符号，不是需要包含在名称中的文字。", en: "The visible content “\(label)” is only symbols, not text the name must contain.")
    }

    fileprivate static func imageAltInName(_ name: String) -> Localized {
        Localized(zh: "控件只含图片，图片的替代文本包含在可访问名称“\(name)”中。", en: "The control shows only images, whose alt text is part of the accessible name “\(name)”.")
    }

    fileprivate static func notContained(_ label: String, _ name: String, _ source: String) -> Localized {
        Localized(zh: "可见文字“\(label)”没有完整、连续地出现在可访问名称“\(name)”（来自 \(source)）中；语音输入用户说出看到的文字无法操作它。",
                  en: "The visible text “\(label)” does not appear, whole and in order, in the accessible name “\(name)” (from \(source)); speech-input users who say what they see cannot operate it.")
    }

    fileprivate static func iconFontOnly(_ name: String) -> Localized {
        Localized(zh: "可见内容只有图标字体绘制的字符，wza 无法判断显示的是图标还是文字；请确认名称“\(NameQuote.text(name))”与所见一致。",
                  en: "The only visible content is drawn in an icon font; wza cannot tell whether it shows an icon or words. Check that the name “\(NameQuote.text(name))” matches what is shown.")
    }

    fileprivate static func generatedOnly(_ name: String) -> Localized {
        Localized(zh: "可见文字来自 CSS 生成内容（::before/::after），可能由图标字体画成图标；请确认名称“\(NameQuote.text(name))”包含所见文字。",
                  en: "The visible text comes from CSS generated content (::before/::after), which an icon font may draw as an icon; check that the name “\(NameQuote.text(name))” contains the words shown.")
    }

    fileprivate static func generatedText(_ label: String, _ name: String) -> Localized {
        Localized(zh: "可见文字“\(label)”含 CSS 生成内容，可能由图标字体画成图标；请确认名称“\(name)”包含所见文字。",
                  en: "The visible text “\(label)” includes CSS generated content, which an icon font may draw as an icon; check that the name “\(name)” contains the words shown.")
    }

    fileprivate static func imageMayShowText(_ alt: String, _ name: String) -> Localized {
        Localized(zh: "控件只含图片（替代文本“\(alt)”），图片上可能有文字；请确认名称“\(name)”包含图片上显示的文字。",
                  en: "The control shows only images (alt “\(alt)”), which may be images of text; check that the name “\(name)” contains the words they show.")
    }

    fileprivate static func singleLetter(_ label: String, _ name: String) -> Localized {
        Localized(zh: "可见内容“\(label)”只有一个字母，可能是符号（如用 X 表示关闭）；若它表示文字，名称“\(name)”应包含它。",
                  en: "The visible content “\(label)” is a single letter, perhaps a symbol (X for close); if it stands for a word, the name “\(name)” should contain it.")
    }

    fileprivate static func hyphenation(_ label: String, _ name: String) -> Localized {
        Localized(zh: "可见文字“\(label)”与名称“\(name)”只在连字符或撇号上不同；请确认语音输入说出所见文字能识别。",
                  en: "The visible text “\(label)” differs from the name “\(name)” only in hyphens or apostrophes; check that saying what is shown works with speech input.")
    }

    fileprivate static func abbreviation(_ label: String, _ name: String) -> Localized {
        Localized(zh: "可见文字“\(label)”含缩写，名称“\(name)”写出了全称；请确认用户能按所见文字操作。",
                  en: "The visible text “\(label)” has an abbreviation that the name “\(name)” spells out; check that users can operate it by what they see.")
    }

    fileprivate static func uncertainText(_ label: String, _ name: String) -> Localized {
        Localized(zh: "可见文字“\(label)”不在名称“\(name)”中，但其中部分文字字号为 0、透明或不可见，wza 无法确定实际显示的内容。",
                  en: "The visible text “\(label)” is not in the name “\(name)”, but some of it has zero size, transparency or zero opacity; wza cannot tell what is actually shown.")
    }
}
