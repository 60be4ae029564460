import AuditCore
import HTMLDOM

/// Skip links lead somewhere: an in-page link at the top of the page (before the first link to another page)
/// names an element that exists (axe-core's skip-link, a best practice).
struct SkipLinkRule: Rule {
    let description = RuleDescription(
        id: "skip-link",
        title: Localized(zh: "跳转链接的目标存在", en: "Skip links have a target"),
        rationale: Localized(
            zh: "“跳到主要内容”链接让键盘和读屏用户越过每页重复的页头和导航；目标 id 写错或已删除时，按下链接焦点原地不动，用户仍要逐个走过全部导航。",
            en: "A “skip to main content” link lets keyboard and screen-reader users pass the header and navigation every page repeats; when its target id is misspelt or gone, activating it leaves focus where it was and users must still go through all of the navigation."),
        fix: Localized(
            zh: "让 href=\"#id\" 与主要内容容器的 id 一致（如 <a href=\"#main\">跳到主要内容</a> 与 <main id=\"main\">），并确认目标没有被隐藏。",
            en: "Make href=\"#id\" match the id of the main content container (<a href=\"#main\">Skip to main content</a> with <main id=\"main\">) and check that the target is not hidden."),
        impact: .moderate, references: ["WZA-09"], bestPractice: true,
        passing: [
            RuleExample(##"<a href="#main" class="skip">跳到主要内容</a><nav><a href="/">首页</a></nav><main id="main"><h1>办事指南</h1></main>"##),
            RuleExample(##"<a href="#zw">跳过导航</a><a href="/">首页</a><a name="zw"></a><p>正文</p>"##),
            RuleExample(##"<a href="#%E6%AD%A3%E6%96%87">跳到正文</a><a href="/">首页</a><div id="正文">正文</div>"##),
            RuleExample(##"<a href="/">首页</a><a href="#comments">查看留言</a>"##),
            RuleExample(##"<a href="#top">返回顶部</a>"##),
            RuleExample(##"<a href="#" onclick="toggle()">展开</a>"##),
        ],
        failing: [
            RuleExample(##"↓<a href="#main" class="skip">跳到主要内容</a><a href="/">首页</a><div id="content">正文</div>"##),
            RuleExample(##"↓<a href="#maincontent">Skip to content</a><main id="main-content"></main>"##),
        ],
        cantTell: [
            RuleExample(##"<a href="#main">跳到主要内容</a><a href="/">首页</a><main id="main" hidden>正文</main>"##),
        ])
    let selector = ElementSelector.tags(["a"])

    func check(_ link: Element, in page: PageContext) -> Verdict {
        guard InPageLinks.isSkipLink(link, in: page), let fragment = InPageLinks.fragment(of: link) else { return .inapplicable }
        if Visibility.isHidden(link, in: page) { return .inapplicable }
        guard let target = InPageLinks.target(fragment, in: page) else { return .failed(.noTarget(fragment)) }
        if Visibility.isHiddenFromAssistiveTechnology(target, in: page) { return .cantTell(.hiddenTarget(fragment, target.line)) }
        return .passed(.leadsTo(fragment, target))
    }
}

extension Localized {
    fileprivate static func noTarget(_ fragment: String) -> Localized {
        Localized(zh: "跳转链接指向 #\(fragment)，但页面中没有 id（或 <a name>）为“\(fragment)”的元素，按下后焦点不会移动。",
                  en: "The skip link points to #\(fragment), but no element on the page has the id (or <a name>) “\(fragment)”; activating it moves focus nowhere.")
    }

    fileprivate static func hiddenTarget(_ fragment: String, _ line: Int) -> Localized {
        Localized(zh: "跳转目标 #\(fragment)（第 \(line) 行）当前被隐藏；请确认使用时它会显示，否则焦点无法到达。",
                  en: "The skip target #\(fragment) (line \(line)) is hidden; check that it is shown when used, or focus cannot reach it.")
    }

    fileprivate static func leadsTo(_ fragment: String, _ target: Element) -> Localized {
        Localized(zh: "跳转链接指向第 \(target.line) 行的 <\(target.name)>（#\(fragment)）。",
                  en: "The skip link leads to the <\(target.name)> on line \(target.line) (#\(fragment)).")
    }
}
