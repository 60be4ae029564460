import AuditCore
import HTMLDOM

/// Ids that labels and ARIA attributes point to are unique, so the reference reaches the right element.
struct DuplicateIdAriaRule: Rule {
    static let referencingAttributes = [
        "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-activedescendant",
        "aria-flowto", "aria-details", "aria-errormessage", "for",
    ]

    let description = RuleDescription(
        id: "duplicate-id-aria",
        title: Localized(zh: "被引用的 id 唯一", en: "Ids used by labels and ARIA are unique"),
        rationale: Localized(
            zh: "label for 和 aria-labelledby 等通过 id 关联元素；id 重复时读屏软件可能读出错误的标签。",
            en: "label for and aria-labelledby point at ids; with duplicates, assistive technology may announce the wrong label."),
        fix: Localized(zh: "让每个被引用的 id 在页面中唯一（CMS 模板复制区块时常产生重复）。",
                       en: "Make each referenced id unique (CMS templates often duplicate blocks)."),
        impact: .critical, wcag: ["4.1.2"], act: ["3ea0c8"], references: ["WZA-19"],
        passing: [
            RuleExample(##"<label for="name">姓名</label><input id="name">"##),
            RuleExample(##"<div id="x"></div><div id="x"></div>"##),
        ],
        failing: [
            RuleExample("""
                <h2 id="sec">申请人信息</h2>
                <section aria-labelledby="sec"></section>
                ↓<h2 id="sec">联系方式</h2>
                """),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var referenced: Set<String> = []
        for attribute in Self.referencingAttributes {
            for element in page.elements(withAttribute: attribute) {
                let value = element.attribute(attribute) ?? ""
                if attribute == "for" || attribute == "aria-activedescendant" {
                    referenced.insert(value)
                } else {
                    for id in value.split(whereSeparator: { $0.isHTMLWhitespace }) { referenced.insert(String(id)) }
                }
            }
        }
        var verdicts: [ElementVerdict] = []
        for id in referenced.sorted() {
            let owners = page.elements(withID: id)
            guard let first = owners.first else { continue }
            verdicts.append(ElementVerdict(first, .passed()))
            for duplicate in owners.dropFirst() { verdicts.append(ElementVerdict(duplicate, .failed(.duplicate(id, owners.count)))) }
        }
        return verdicts
    }
}

extension Localized {
    fileprivate static func duplicate(_ id: String, _ count: Int) -> Localized {
        Localized(zh: "被引用的 id“\(id)”在页面中出现 \(count) 次。", en: "Referenced id “\(id)” is used \(count) times on the page.")
    }
}
