import AuditCore
import HTMLDOM

/// ARIA states and properties have values of their type (true/false, tokens, integers…).
struct AriaValidAttrValueRule: Rule {
    let description = RuleDescription(
        id: "aria-valid-attr-value",
        title: Localized(zh: "ARIA 状态和属性取值有效", en: "ARIA states and properties have valid values"),
        rationale: Localized(
            zh: "无效的取值（如 aria-expanded=\"collapsed\"）会被忽略或误读，读屏用户听到错误的状态。",
            en: "An invalid value (aria-expanded=\"collapsed\") is ignored or misread, so screen-reader users hear the wrong state."),
        fix: Localized(zh: "按属性类型取值：true/false、规定的关键字、整数或数字、存在的 id。",
                       en: "Use a value of the attribute's type: true/false, one of its tokens, an integer or number, an id."),
        impact: .critical, wcag: ["4.1.2"], act: ["6a7281"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<div role="button" aria-expanded="undefined">更多</div>"##),
            RuleExample(##"<div role="button" aria-pressed="mixed">部分选中</div>"##),
            RuleExample(##"<div role="alert" aria-relevant="text removals"></div><div role="alert" aria-live>提示</div>"##),
        ],
        failing: [
            RuleExample(##"↓<div role="button" aria-expanded="collapsed">更多</div>"##),
            RuleExample(##"↓<div role="gridcell" aria-rowindex="2.5">张三</div>"##),
            RuleExample(##"↓<div role="alert" aria-relevant="text always"></div>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        var checked = false
        var invalid: [String] = []
        for (name, value) in element.attributes where name.hasPrefix("aria-") {
            // An empty value is treated as absent by browsers, so there is nothing to judge.
            guard let attribute = ARIA.attribute(name), !value.isBlankText else { continue }
            checked = true
            if !attribute.isValid(value) { invalid.append("\(name)=\"\(value)\"") }
        }
        guard checked else { return .inapplicable }
        return invalid.isEmpty ? .passed() : .failed(.invalid(invalid.joined(separator: ", ")))
    }
}

extension Localized {
    fileprivate static func invalid(_ values: String) -> Localized {
        Localized(zh: "取值无效：\(values)。", en: "Invalid value: \(values).")
    }
}
