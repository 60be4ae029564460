import AuditCore
import HTMLDOM

/// No timed refresh or redirect at all (WCAG AAA): unlike `meta-refresh`, long delays are not excused.
struct MetaRefreshNoExceptionsRule: Rule {
    let description = RuleDescription(
        id: "meta-refresh-no-exceptions",
        title: Localized(zh: "页面不定时刷新或跳转（无例外）", en: "No timed refresh or redirect, without exception"),
        rationale: Localized(
            zh: "任何延时刷新都会在用户阅读或填表时改变页面；AAA 级要求连 20 小时以上的延时也不使用。",
            en: "Any delayed refresh changes the page while people read or fill in forms; the AAA criterion allows no delay, however long."),
        fix: Localized(zh: "删除带延时的 meta refresh；需要跳转时使用服务器重定向或 0 秒跳转。",
                       en: "Remove delayed meta refresh; redirect on the server or with a 0-second delay."),
        impact: .minor, wcag: ["2.2.4", "3.2.5"], act: ["bisz58"], references: ["WZA-15"],
        passing: [
            RuleExample(##"<meta http-equiv="refresh" content="0; url=new.html">"##),
            RuleExample(##"<meta http-equiv="refresh" content="refresh">"##),
        ],
        failing: [
            RuleExample(##"↓<meta http-equiv="refresh" content="72001">"##),
            RuleExample(##"↓<meta http-equiv="refresh" content="30; url=list.html">"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        for meta in page.elements(named: "meta") where meta.attribute("http-equiv")?.trimmedText.lowercased() == "refresh" {
            guard let delay = MetaRefreshRule.delay(meta.attribute("content") ?? "") else { continue }
            return [ElementVerdict(meta, delay == 0 ? .passed() : .failed(.timed(delay)))]
        }
        return []
    }
}

extension Localized {
    fileprivate static func timed(_ seconds: Int) -> Localized {
        Localized(zh: "页面将在 \(seconds) 秒后自动刷新或跳转。", en: "The page refreshes or redirects after \(seconds) seconds.")
    }
}
