import AuditCore
import HTMLDOM

/// `autocomplete` values follow the HTML autofill grammar, so browsers and assistive tools can fill
/// and label personal fields (WCAG 1.3.5).
struct AutocompleteValidRule: Rule {
    /// HTML Living Standard, "Autofill": field names that take no contact modifier…
    static let fieldNames: Set<String> = [
        "name", "honorific-prefix", "given-name", "additional-name", "family-name", "honorific-suffix", "nickname",
        "username", "new-password", "current-password", "one-time-code", "organization-title", "organization",
        "street-address", "address-line1", "address-line2", "address-line3", "address-level4", "address-level3",
        "address-level2", "address-level1", "country", "country-name", "postal-code", "cc-name", "cc-given-name",
        "cc-additional-name", "cc-family-name", "cc-number", "cc-exp", "cc-exp-month", "cc-exp-year", "cc-csc",
        "cc-type", "transaction-currency", "transaction-amount", "language", "bday", "bday-day", "bday-month",
        "bday-year", "sex", "url", "photo",
    ]
    /// …and those that may follow home/work/mobile/fax/pager.
    static let contactFieldNames: Set<String> = [
        "tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local", "tel-local-prefix",
        "tel-local-suffix", "tel-extension", "email", "impp",
    ]
    static let contactModifiers: Set<String> = ["home", "work", "mobile", "fax", "pager"]

    let description = RuleDescription(
        id: "autocomplete-valid",
        title: Localized(zh: "autocomplete 取值有效", en: "autocomplete values are valid"),
        rationale: Localized(
            zh: "正确的 autocomplete 让浏览器自动填写姓名、电话、地址，减少老年人和运动障碍用户的输入负担。",
            en: "Valid autocomplete values let browsers fill in name, phone and address, sparing older users and people with motor impairments much typing."),
        fix: Localized(zh: "使用 HTML 规范中的取值，如 name、tel、email、address-line1，顺序为 section-* → shipping/billing → home/work… → 字段名。",
                       en: "Use the HTML autofill tokens (name, tel, email, address-line1…), in the order section-* → shipping/billing → home/work… → field name."),
        impact: .serious, wcag: ["1.3.5"], act: ["73f2c2"], references: ["WZA-07"],
        passing: [
            RuleExample(##"<label>手机号<input autocomplete="tel"></label>"##),
            RuleExample(##"<label>单位邮箱<input autocomplete="section-a shipping work email"></label>"##),
            RuleExample(##"<label>姓名<input autocomplete="off"></label><input type="hidden" autocomplete="transaction-amount">"##),
            RuleExample(##"<label>密码<input type="password" autocomplete="current-password webauthn"></label>"##),
            RuleExample(##"<input autocomplete="badname" disabled><input autocomplete="badname" style="display:none">"##),
        ],
        failing: [
            RuleExample(##"<label>证件号↓<input autocomplete="id-number"></label>"##),
            RuleExample(##"<label>照片↓<input autocomplete="work photo"></label>"##),
            RuleExample(##"<label>邮箱↓<input autocomplete="work shipping email"></label>"##),
        ])
    let selector = ElementSelector.tags(["input", "select", "textarea"])

    func check(_ field: Element, in page: PageContext) -> Verdict {
        guard let raw = field.attribute("autocomplete"), !raw.isBlankText else { return .inapplicable }
        if field.name == "input", ["hidden", "button", "submit", "reset", "image"].contains(FormFields.inputType(field)) { return .inapplicable }
        if field.hasAttribute("disabled") || field.attribute("aria-disabled")?.trimmedText.lowercased() == "true" { return .inapplicable }
        if Visibility.isHidden(field, in: page) { return .inapplicable }
        let tokens = raw.lowercased().split(whereSeparator: { $0.isHTMLWhitespace }).map(String.init)
        if tokens == ["off"] || tokens == ["on"] { return .inapplicable }
        return Self.isValid(tokens) ? .passed() : .failed(.invalid(raw.trimmedText))
    }

    /// [section-*] [shipping|billing] [home|work|mobile|fax|pager (contact fields only)] field [webauthn]
    static func isValid(_ tokens: [String]) -> Bool {
        var rest = tokens[...]
        if rest.last == "webauthn" { rest = rest.dropLast() }
        guard let field = rest.popLast() else { return false }
        var modifier: String?
        if let last = rest.last, contactModifiers.contains(last) { modifier = last; rest = rest.dropLast() }
        if let last = rest.last, last == "shipping" || last == "billing" { rest = rest.dropLast() }
        if let last = rest.last, last.hasPrefix("section-") { rest = rest.dropLast() }
        guard rest.isEmpty else { return false }
        if contactFieldNames.contains(field) { return true }
        return modifier == nil && fieldNames.contains(field)
    }
}

extension Localized {
    fileprivate static func invalid(_ value: String) -> Localized {
        Localized(zh: "autocomplete=\"\(value)\" 不是有效的自动填写取值。", en: "autocomplete=\"\(value)\" is not a valid autofill value.")
    }
}
