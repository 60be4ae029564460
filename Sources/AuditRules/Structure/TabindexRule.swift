import AuditCore
import HTMLDOM

/// No positive `tabindex`: it tears the keyboard order away from the reading order.
struct TabindexRule: Rule {
    let description = RuleDescription(
        id: "tabindex",
        title: Localized(zh: "不使用正数 tabindex", en: "No positive tabindex"),
        rationale: Localized(
            zh: "正数 tabindex 让键盘焦点先跳到这些元素，顺序与阅读顺序不一致，键盘用户和读屏用户容易迷失。",
            en: "A positive tabindex moves the element ahead in the keyboard order, away from the reading order."),
        fix: Localized(zh: "删除正数 tabindex，按源码顺序排列元素；需要可聚焦时用 tabindex=\"0\"。",
                       en: "Remove positive values and order the source instead; use tabindex=\"0\" to make something focusable."),
        impact: .serious, wcag: ["2.4.3"], references: ["WZA-08", "GB/T 37668 3.3.3.6"],
        passing: [
            RuleExample(##"<div tabindex="0">可聚焦</div><a href="#" tabindex="-1">跳过</a>"##),
        ],
        failing: [
            RuleExample(##"↓<input name="id" tabindex="3">"##),
            RuleExample(##"↓<a href="a.html" tabindex=" +1">链接</a>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard let raw = element.attribute("tabindex"), let value = Self.parseInteger(raw) else { return .inapplicable }
        return value > 0 ? .failed(.positive(value)) : .passed()
    }

    /// HTML's rules for parsing integers: leading white space, an optional sign, digits.
    static func parseInteger(_ raw: String) -> Int? {
        var text = Substring(raw).drop { $0.isHTMLWhitespace }
        var sign = 1
        if text.first == "-" { sign = -1; text = text.dropFirst() } else if text.first == "+" { text = text.dropFirst() }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let value = Int(digits.prefix(9)) else { return nil }
        return sign * value
    }
}

extension Localized {
    fileprivate static func positive(_ value: Int) -> Localized {
        Localized(zh: "tabindex=\"\(value)\" 打乱了键盘焦点顺序。", en: "tabindex=\"\(value)\" breaks the keyboard order.")
    }
}
