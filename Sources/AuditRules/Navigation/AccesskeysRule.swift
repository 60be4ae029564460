import AuditCore
import HTMLDOM

/// `accesskey` values are unique in the page (axe: best practice).
struct AccesskeysRule: Rule {
    let description = RuleDescription(
        id: "accesskeys",
        title: Localized(zh: "accesskey 快捷键不重复", en: "accesskey values are unique"),
        rationale: Localized(
            zh: "同一快捷键分给多个元素时，浏览器只会激活其中一个或在它们之间轮换，依赖快捷键的键盘用户会去到意料之外的地方。属最佳实践（axe 的 best-practice 规则），不对应具体 WCAG 成功标准。",
            en: "When one access key is given to several elements, browsers activate only one of them or cycle between them, and keyboard users land somewhere unexpected. A best practice (axe best-practice), not tied to a WCAG success criterion."),
        fix: Localized(zh: "为每个元素分配不同的 accesskey，或删除多余的 accesskey；并在页面上说明快捷键。",
                       en: "Give each element its own accesskey, or remove the extra ones; and document the keys on the page."),
        impact: .serious, references: [], bestPractice: true,
        passing: [
            RuleExample(##"<a href="/" accesskey="h">首页</a><a href="#main" accesskey="c">正文</a>"##),
            RuleExample(##"<a href="/" accesskey="s">首页</a><a href="#q" accesskey="s" hidden>搜索</a>"##),
        ],
        failing: [
            RuleExample(##"<a href="/" accesskey="s">首页</a>↓<a href="#q" accesskey="s">搜索</a>"##),
            RuleExample(##"<a href="/" accesskey="S">首页</a>↓<button accesskey=" s ">搜索</button>↓<input accesskey="s" aria-label="关键词">"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        // Keys are compared case-insensitively (Alt+S and Alt+s are the same key); elements that are not
        // rendered cannot be activated.
        var byKey: [String: [Element]] = [:]
        var order: [String] = []
        for element in page.elements(withAttribute: "accesskey") where !Visibility.isHidden(element, in: page) {
            guard let key = element.tokens("accesskey").first?.lowercased() else { continue }
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(element)
        }
        var verdicts: [ElementVerdict] = []
        for key in order {
            let elements = byKey[key]!
            verdicts.append(ElementVerdict(elements[0], .passed()))
            for duplicate in elements.dropFirst() { verdicts.append(ElementVerdict(duplicate, .failed(.duplicate(key, elements.count)))) }
        }
        return verdicts
    }
}

extension Localized {
    fileprivate static func duplicate(_ key: String, _ count: Int) -> Localized {
        Localized(zh: "accesskey“\(key)”在页面中被 \(count) 个元素使用。", en: "accesskey “\(key)” is used by \(count) elements on the page.")
    }
}
