import AuditCore
import HTMLDOM

/// All content a reader meets is inside a landmark.
struct RegionRule: Rule {
    let description = RuleDescription(
        id: "region",
        title: Localized(zh: "所有内容都在地标之内", en: "All content is inside landmarks"),
        rationale: Localized(
            zh: "读屏用户常按地标（页眉、导航、主要内容、页脚）浏览页面；不在任何地标中的内容在这种浏览方式下会被整段跳过。",
            en: "Screen-reader users often move through a page by landmarks (banner, navigation, main, footer); content outside every landmark is skipped that way."),
        fix: Localized(zh: "把页面内容放进 <header>、<nav>、<main>、<aside>、<footer> 等地标中；“跳到主要内容”链接可以留在外面。",
                       en: "Put the page's content in <header>, <nav>, <main>, <aside>, <footer> and other landmarks; a skip link may stay outside."),
        impact: .moderate, bestPractice: true,
        passing: [
            RuleExample(##"""
                <html><body>
                  <a href="#main">跳到主要内容</a>
                  <header>示例区人民政府</header>
                  <nav><a href="/">首页</a></nav>
                  <main id="main"><h1>社保卡申领</h1></main>
                  <footer>网站标识码</footer>
                </body></html>
                """##),
            RuleExample(##"""
                <html><body>
                  <div class="page"><main><h1>社保卡申领</h1></main></div>
                  <div hidden>弹窗模板</div>
                  <div aria-hidden="true">装饰文字</div>
                  <div role="status">已保存</div>
                  <div role="dialog" aria-label="提示">对话框</div>
                  <script>var a = 1;</script>
                  <img src="line.png" alt="">
                </body></html>
                """##),
            RuleExample(##"<html><body><section aria-label="通知公告"><p>正文</p></section></body></html>"##),
        ],
        failing: [
            RuleExample(##"""
                <html><body>
                  <main><h1>社保卡申领</h1></main>
                  ↓<div class="footer">网站标识码：1234567890</div>
                </body></html>
                """##),
            RuleExample(##"<html>↓<body><div>没有任何地标的页面</div></body></html>"##),
            RuleExample(##"""
                <html><body>
                  <div class="wrap">
                    <header>示例区人民政府</header>
                    ↓<p>今日天气：晴</p>
                    <main><h1>首页</h1></main>
                  </div>
                  ↓<img src="qr.png" alt="微信公众号二维码">
                </body></html>
                """##),
            RuleExample(##"""
                <html><body>
                  <main><h1>政务公开</h1><input role="combobox" aria-owns="list" aria-label="搜索"><ul id="list"></ul></main>
                  ↓<section><h2>未命名的 section 不是地标</h2></section>
                </body></html>
                """##),
        ],
        cantTell: [
            RuleExample(##"<html><body><main aria-owns="note"><h1>通知</h1></main><div><p id="note">补充说明</p></div></body></html>"##),
            RuleExample(##"<html><body><main><h1>通知</h1></main><gov-footer>网站标识码</gov-footer></body></html>"##),
        ])
    let selector = ElementSelector.page

    /// Elements never read as content of the page.
    private static let skipped: Set<String> = ["script", "style", "template", "noscript", "head", "title", "meta", "link", "base"]
    /// Roles whose content may live outside landmarks: live regions and dialogs.
    private static let exemptRoles: Set<String> = ["alert", "alertdialog", "dialog", "log", "marquee", "status", "timer"]

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        guard let html = page.document.documentElement, html.name == "html", let body = page.document.body else { return [] }
        if !page.elements(named: "frameset").isEmpty { return [] }
        let landmarkOrders = Set(Landmarks.all(in: page).map(\.element.documentOrder))

        // Bottom-up, in reverse document order: does each subtree hold content outside landmarks, and a landmark?
        var content: [Int: Bool] = [:]
        var holdsLandmark: [Int: Bool] = [:]
        for element in ([body] + body.descendants).reversed() {
            let order = element.documentOrder
            if landmarkOrders.contains(order) {
                holdsLandmark[order] = true
                continue
            }
            if isExcluded(element, in: page) { continue }
            var hasContent = isContent(element) || hasDirectText(element)
            var hasLandmark = false
            for child in element.children {
                hasContent = hasContent || content[child.documentOrder] == true
                hasLandmark = hasLandmark || holdsLandmark[child.documentOrder] == true
            }
            content[order] = hasContent
            holdsLandmark[order] = hasLandmark
        }
        guard content[body.documentOrder] == true else { return [] }

        // Top-down: report the largest subtrees with content and no landmark inside.
        var outside: [Element] = []
        if holdsLandmark[body.documentOrder] != true {
            outside = [body]
        } else {
            var stack = [body]
            while let element = stack.popLast() {
                if hasDirectText(element) || isContent(element) { outside.append(element) }
                for child in element.children.reversed() where content[child.documentOrder] == true {
                    if holdsLandmark[child.documentOrder] == true { stack.append(child) } else { outside.append(child) }
                }
            }
        }
        if outside.isEmpty { return [ElementVerdict(body, .passed())] }
        // Ids that a landmark (or an element inside one) takes into its subtree with aria-owns.
        let ownedIDs = Set(page.elements(withAttribute: "aria-owns")
            .filter { landmarkOrders.contains($0.documentOrder) || Landmarks.enclosing($0, in: page) != nil }
            .flatMap { ($0.attribute("aria-owns") ?? "").split(whereSeparator: { $0.isHTMLWhitespace }).map(String.init) })
        return outside.sorted { $0.documentOrder < $1.documentOrder }.map { element in
            if !ownedIDs.isEmpty, ([element] + element.descendants).contains(where: { ownedIDs.contains($0.attribute("id") ?? "") }) {
                return ElementVerdict(element, .cantTell(.ariaOwns))
            }
            if element.name.contains("-") || element.descendants.contains(where: { $0.name.contains("-") }) {
                return ElementVerdict(element, .cantTell(.customElement))
            }
            return ElementVerdict(element, .failed(element == body && holdsLandmark[body.documentOrder] != true ? .noLandmarks : .outside))
        }
    }

    /// Not read as page content here: non-rendered elements, hidden content, live regions, dialogs and skip links.
    private func isExcluded(_ element: Element, in page: PageContext) -> Bool {
        if Self.skipped.contains(element.name) || page.isInert(element) { return true }
        if Visibility.isHiddenFromAssistiveTechnology(element, in: page) { return true }
        if element.name == "dialog" { return true }
        if let role = AccessibleName.role(of: element), Self.exemptRoles.contains(role) { return true }
        if let live = element.attribute("aria-live")?.trimmedText.lowercased(), live == "polite" || live == "assertive" { return true }
        return isSkipLink(element, in: page)
    }

    /// A link to a spot on the same page (a skip link, "back to top").
    private func isSkipLink(_ element: Element, in page: PageContext) -> Bool {
        guard element.name == "a", let href = element.attribute("href")?.trimmedText, href.hasPrefix("#"), href.count > 1 else { return false }
        let target = String(href.dropFirst())
        return !page.elements(withID: target).isEmpty || page.elements(named: "a").contains { $0.attribute("name") == target }
    }

    /// Elements that are content by themselves: images with a text alternative, form controls, media.
    private func isContent(_ element: Element) -> Bool {
        switch element.name {
        case "img":
            let role = AccessibleName.role(of: element)
            return role != "presentation" && role != "none"
        case "input": return ImplicitRole.inputType(of: element) != "hidden"
        case "select", "textarea", "button", "video", "audio", "object", "embed": return true
        case "svg":
            return ARIA.explicitRole(of: element) == "img" || element.hasAttribute("aria-label") || element.hasAttribute("aria-labelledby")
                || element.children.contains { $0.name == "title" }
        default: return false
        }
    }

    private func hasDirectText(_ element: Element) -> Bool {
        element.childNodes.contains { $0.kind == .text && !$0.text.isBlankText }
    }
}

extension Localized {
    fileprivate static let outside = Localized(zh: "这部分内容不在任何地标（页眉、导航、主要内容、页脚等）之内。",
                                               en: "This content is not inside any landmark (banner, navigation, main, contentinfo…).")
    fileprivate static let noLandmarks = Localized(zh: "页面没有任何地标，所有内容都在地标之外。",
                                                   en: "The page has no landmarks, so all its content is outside them.")
    fileprivate static let ariaOwns = Localized(zh: "地标用 aria-owns 引用了这部分内容，它在无障碍树中可能属于该地标，需人工确认。",
                                                en: "A landmark takes this content in with aria-owns, so in the accessibility tree it may belong to that landmark; check it.")
    fileprivate static let customElement = Localized(zh: "内容包含自定义元素，其影子 DOM 中可能有地标，需人工确认。",
                                                     en: "The content includes a custom element whose shadow DOM may hold a landmark; check it.")
}
