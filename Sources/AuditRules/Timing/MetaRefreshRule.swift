import AuditCore
import HTMLDOM

/// No timed refresh or redirect: it takes the page away while people are still reading.
struct MetaRefreshRule: Rule {
    let description = RuleDescription(
        id: "meta-refresh",
        title: Localized(zh: "页面不定时刷新或跳转", en: "No timed refresh or redirect"),
        rationale: Localized(
            zh: "定时刷新会打断阅读和填表，读屏用户会被带回页首；老年人阅读较慢，更容易受影响。",
            en: "Timed refreshes interrupt reading and form filling and send screen-reader users back to the top."),
        fix: Localized(zh: "删除带延时的 meta refresh；需要跳转时使用服务器重定向或 0 秒跳转。",
                       en: "Remove delayed meta refresh; redirect on the server or with a 0-second delay."),
        impact: .critical, wcag: ["2.2.1"], act: ["bc659a"], references: ["WZA-15"],
        passing: [
            RuleExample(##"<meta http-equiv="refresh" content="0; url=new.html">"##),
            RuleExample(##"<meta http-equiv="refresh" content="72001">"##),
            RuleExample(##"<meta http-equiv="refresh" content="abc">"##),
        ],
        failing: [
            RuleExample(##"↓<meta http-equiv="refresh" content="300">"##),
            RuleExample(##"↓<meta http-equiv="refresh" content="5; url=https://example.gov.cn/">"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        // Browsers act on the first valid refresh only.
        for meta in page.elements(named: "meta") where meta.attribute("http-equiv")?.trimmedText.lowercased() == "refresh" {
            guard let delay = Self.delay(meta.attribute("content") ?? "") else { continue }
            let verdict: Verdict = delay == 0 || delay > 72000 ? .passed() : .failed(.timed(delay))
            return [ElementVerdict(meta, verdict)]
        }
        return []
    }

    /// The delay in seconds, per the HTML "shared declarative refresh steps": leading digits.
    static func delay(_ content: String) -> Int? {
        let trimmed = content.drop { $0.isHTMLWhitespace }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = trimmed.dropFirst(digits.count).drop { ($0.isASCII && $0.isNumber) || $0 == "." }
        guard rest.isEmpty || rest.first == ";" || rest.first == "," || rest.first!.isHTMLWhitespace else { return nil }
        return Int(digits.prefix(9))
    }
}

extension Localized {
    fileprivate static func timed(_ seconds: Int) -> Localized {
        Localized(zh: "页面将在 \(seconds) 秒后自动刷新或跳转。", en: "The page refreshes or redirects after \(seconds) seconds.")
    }
}
