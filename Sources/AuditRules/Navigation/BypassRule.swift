import AuditCore
import HTMLDOM

/// The page offers a way past the blocks every page repeats (WCAG 2.4.1, ACT cf77f2 as a composite): a main
/// landmark, a skip link that leads somewhere, or headings outside the navigation. Which content repeats is
/// known only by comparing pages, and wza audits each page alone, so it fails a page only when it has none of
/// these and opens with a block of links to other pages (a site navigation, which templates repeat) before any
/// text of its own; otherwise a page without them is left for review.
struct BypassRule: Rule {
    /// Landmarks that hold what templates repeat; a heading inside them does not lead to the page's own content.
    static let repeatedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search"]
    /// Links to other pages before the first text of the page's own that make a navigation block.
    static let navigationLinks = 3
    /// Characters of text outside links that count as the page's own content starting.
    static let contentCharacters = 20

    let description = RuleDescription(
        id: "bypass",
        title: Localized(zh: "页面提供跳过重复区块的方式", en: "The page has a way to bypass repeated blocks"),
        rationale: Localized(
            zh: "政府网站每页都重复页头、导航和栏目列表。键盘用户要按几十次 Tab、读屏用户要听完全部导航才到正文；“跳到主要内容”链接、<main> 地标或正文标题让他们一步到达。",
            en: "Government sites repeat the header, navigation and column lists on every page. Keyboard users press Tab dozens of times and screen-reader users hear the whole navigation before the content; a “skip to main content” link, a <main> landmark or a heading at the content lets them get there at once."),
        fix: Localized(
            zh: "用 <main> 包住正文，并在页面最前面加 <a href=\"#main\" class=\"skip\">跳到主要内容</a>（平时可视觉隐藏、获得焦点时显示），正文以 <h1> 标题开始。",
            en: "Wrap the content in <main>, put <a href=\"#main\" class=\"skip\">Skip to main content</a> first in the page (visually hidden until focused), and start the content with an <h1>."),
        impact: .serious, wcag: ["2.4.1"], act: ["cf77f2"], references: ["WZA-09"],
        passing: [
            RuleExample(##"<html><body><nav><a href="/">首页</a><a href="zwgk.html">政务公开</a></nav><main><p>正文</p></main></body></html>"##),
            RuleExample(##"<html><body><a href="#zw" class="skip">跳到主要内容</a><a href="/">首页</a><a href="zwgk.html">政务公开</a><a href="fw.html">政务服务</a><div id="zw">正文</div></body></html>"##),
            RuleExample(##"<html><body><div class="nav"><a href="/">首页</a><a href="zwgk.html">政务公开</a><a href="fw.html">政务服务</a></div><div class="content"><h1>关于冬季供暖的通知</h1><p>正文</p></div></body></html>"##),
            RuleExample(##"<html><body><p>本页只有正文，没有链接。</p></body></html>"##),
            RuleExample(##"<html><frameset><frame src="a.html"></frameset></html>"##),
        ],
        failing: [
            RuleExample(##"↓<html><body><div class="nav"><a href="/">首页</a><a href="zwgk.html">政务公开</a><a href="fw.html">政务服务</a></div><div class="content"><p class="title">关于做好2026年冬季供暖保障工作的通知</p><p>各街道、镇：现将有关事项通知如下。</p></div></body></html>"##),
            RuleExample(##"↓<html><body><a href="#main">跳到主要内容</a><a href="/">首页</a><a href="zwgk.html">政务公开</a><a href="fw.html">政务服务</a><div id="content"><p>关于做好2026年冬季供暖保障工作的通知，各街道、镇：现将有关事项通知如下。</p></div></body></html>"##),
        ],
        cantTell: [
            RuleExample(##"<html><body><div><p>关于做好2026年冬季供暖保障工作的通知，现将有关事项通知如下。</p></div><a href="/">首页</a><a href="zwgk.html">政务公开</a><a href="fw.html">政务服务</a></body></html>"##),
            RuleExample(##"<html><body><nav><h2>栏目导航</h2><a href="/">首页</a><a href="zwgk.html">政务公开</a><a href="fw.html">政务服务</a></nav><div><p>关于做好2026年冬季供暖保障工作的通知，现将有关事项通知如下。</p></div></body></html>"##),
            RuleExample(##"<html><body><a href="#nav">跳到导航</a><nav id="nav"><a href="/">首页</a><a href="zwgk.html">政务公开</a><a href="fw.html">政务服务</a></nav><p>关于做好2026年冬季供暖保障工作的通知，现将有关事项通知如下。</p></body></html>"##),
            RuleExample(##"<html><body><button aria-expanded="true" aria-controls="nav">收起导航</button><div id="nav"><a href="/">首页</a><a href="zwgk.html">政务公开</a><a href="fw.html">政务服务</a></div><p>关于做好2026年冬季供暖保障工作的通知，现将有关事项通知如下。</p></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        guard let html = page.document.documentElement, html.name == "html" else { return [] }
        if !page.elements(named: "frameset").isEmpty { return [] }
        let links = page.elements(named: "a").filter { $0.hasAttribute("href") }
        guard !links.isEmpty else { return [] }
        return [ElementVerdict(html, verdict(page, links: links))]
    }

    private func verdict(_ page: PageContext, links: [Element]) -> Verdict {
        let landmarks = Landmarks.all(in: page)
        if let main = landmarks.first(where: { $0.role == "main" }) { return .passed(.mainLandmark(main.element.line)) }
        if let skip = workingSkipLink(page, links: links) { return .passed(.skipLink(skip.fragment, skip.target.line)) }
        let headings = visibleHeadings(page)
        if let heading = headings.first(where: { !isInRepeatedLandmark($0, page) }) {
            return .passed(.heading(heading.name, heading.line))
        }
        // Something that may bypass, though wza cannot tell whether it reaches the page's own content.
        if let heading = headings.first { return .cantTell(.headingsOnlyInRepeated(heading.line)) }
        if let landmark = landmarks.first { return .cantTell(.otherLandmarks(Landmarks.spoken(landmark.role), landmark.element.line)) }
        if let toggle = toggles(page) { return .cantTell(.toggle(toggle.line)) }
        if let inPage = links.first(where: { link in
            InPageLinks.fragment(of: link).flatMap { InPageLinks.target($0, in: page) } != nil
        }) { return .cantTell(.laterInPageLink(inPage.line)) }
        let leading = leadingNavigationLinks(page)
        guard leading >= Self.navigationLinks else { return .cantTell(.noRepeatedBlockSeen) }
        return .failed(.noBypass(leading))
    }

    /// A skip link (in-page link before the first link to another page) whose target exists, is exposed, and is
    /// not itself in the navigation, header, footer or sidebar (a link to the navigation skips nothing).
    private func workingSkipLink(_ page: PageContext, links: [Element]) -> (fragment: String, target: Element)? {
        for link in links where InPageLinks.isSkipLink(link, in: page) {
            guard let fragment = InPageLinks.fragment(of: link), !Visibility.isHidden(link, in: page),
                  let target = InPageLinks.target(fragment, in: page), !Visibility.isHiddenFromAssistiveTechnology(target, in: page) else { continue }
            if let role = Landmarks.role(of: target, in: page), Self.repeatedRoles.contains(role) { continue }
            if isInRepeatedLandmark(target, page) { continue }
            return (fragment, target)
        }
        return nil
    }

    /// Headings seen and exposed (an sr-only heading helps only screen-reader users), with a name.
    private func visibleHeadings(_ page: PageContext) -> [Element] {
        var found: [Element] = []
        for element in page.document.elements where ["h1", "h2", "h3", "h4", "h5", "h6"].contains(element.name) || element.explicitRole == "heading" {
            guard !page.isInert(element), AccessibleName.role(of: element) == "heading",
                  !Visibility.isHiddenFromAssistiveTechnology(element, in: page), !page.styles.isVisuallyHiddenPattern(element),
                  !AccessibleName.contentText(element, in: page).isEmpty else { continue }
            found.append(element)
        }
        return found
    }

    private func isInRepeatedLandmark(_ element: Element, _ page: PageContext) -> Bool {
        guard let landmark = Landmarks.enclosing(element, in: page) else { return false }
        return Self.repeatedRoles.contains(landmark.role)
    }

    /// A control that may collapse a block: `<details>`, `aria-expanded` / `aria-controls`, or a click handler.
    private func toggles(_ page: PageContext) -> Element? {
        let candidates = page.elements(named: "details") + page.elements(withAttribute: "aria-expanded")
            + page.elements(withAttribute: "aria-controls") + page.elements(withAttribute: "onclick")
        return candidates.filter { !Visibility.isHidden($0, in: page) }.min { $0.documentOrder < $1.documentOrder }
    }

    /// Links to other pages met before the first run of the page's own text (a text node outside links with at
    /// least `contentCharacters` characters), walking the rendered body in document order.
    private func leadingNavigationLinks(_ page: PageContext) -> Int {
        guard let body = page.document.body else { return 0 }
        var count = 0
        var skipUntil = -1
        for node in body.descendantNodes {
            if node.documentOrder <= skipUntil { continue }
            guard let element = node.element else {
                if node.kind == .text, node.text.unicodeScalars.filter({ !$0.isBlankForReaders }).count >= Self.contentCharacters { break }
                continue
            }
            if AccessibleName.skippedElements.contains(element.name) || page.isInert(element) || Visibility.isHidden(element, in: page) {
                skipUntil = element.lastDescendantOrder
                continue
            }
            if element.name == "a", let href = element.attribute("href"), InPageLinks.leadsElsewhere(href) {
                count += 1
                skipUntil = element.lastDescendantOrder
            }
        }
        return count
    }
}

extension Localized {
    fileprivate static func mainLandmark(_ line: Int) -> Localized {
        Localized(zh: "页面有 main 地标（第 \(line) 行），读屏用户可直接跳到主要内容。", en: "The page has a main landmark (line \(line)); screen-reader users can jump to the main content.")
    }

    fileprivate static func skipLink(_ fragment: String, _ line: Int) -> Localized {
        Localized(zh: "页面顶部有跳转链接，指向第 \(line) 行的 #\(fragment)。", en: "A skip link at the top of the page leads to #\(fragment) on line \(line).")
    }

    fileprivate static func heading(_ tag: String, _ line: Int) -> Localized {
        Localized(zh: "导航之外有标题（第 \(line) 行的 <\(tag)>），读屏用户可按标题跳到内容。", en: "There is a heading outside the navigation (<\(tag)> on line \(line)); screen-reader users can jump to the content by headings.")
    }

    fileprivate static func headingsOnlyInRepeated(_ line: Int) -> Localized {
        Localized(zh: "标题（第 \(line) 行起）都在导航、页头、页脚或侧栏地标内，正文没有标题；请确认用户能跳过重复区块到达正文。",
                  en: "The headings (from line \(line)) are all inside navigation, banner, footer or sidebar landmarks, and the content has none; check that users can bypass the repeated blocks to the content.")
    }

    fileprivate static func otherLandmarks(_ role: String, _ line: Int) -> Localized {
        Localized(zh: "页面没有 main 地标、跳转链接和标题，只有 \(role) 等地标（第 \(line) 行起）；wza 无法判断哪个地标包含本页自己的内容，请人工确认。",
                  en: "The page has no main landmark, skip link or heading, only landmarks such as \(role) (from line \(line)); wza cannot tell which of them holds the page's own content, so a reviewer must check.")
    }

    fileprivate static func toggle(_ line: Int) -> Localized {
        Localized(zh: "页面没有 main 地标、跳转链接和标题，但第 \(line) 行起有可折叠或由脚本控制的元素，可能用于收起重复区块；请人工确认。",
                  en: "The page has no main landmark, skip link or heading, but has collapsible or scripted controls (from line \(line)) that may hide repeated blocks; a reviewer must check.")
    }

    fileprivate static func laterInPageLink(_ line: Int) -> Localized {
        Localized(zh: "页面没有 main 地标、跳转链接和标题；第 \(line) 行有页内链接，请确认它能跳过重复区块到达正文。",
                  en: "The page has no main landmark, skip link or heading; the in-page link on line \(line) may still skip the repeated blocks, so a reviewer must check.")
    }

    fileprivate static let noRepeatedBlockSeen = Localized(
        zh: "页面没有 main 地标、跳转链接和标题；正文之前没有成组的导航链接，wza 不比较多个页面，无法判断是否有重复区块，请人工确认。",
        en: "The page has no main landmark, skip link or heading; no block of navigation links comes before its text, and wza does not compare pages, so whether blocks repeat needs a reviewer.")

    fileprivate static func noBypass(_ links: Int) -> Localized {
        Localized(zh: "页面在正文之前有 \(links) 个通往其他页面的导航链接，却没有 main 地标、跳转到正文的链接或任何标题，键盘和读屏用户无法跳过这些重复区块。",
                  en: "The page opens with \(links) navigation links to other pages before its text, yet has no main landmark, no skip link to the content and no heading; keyboard and screen-reader users cannot bypass these repeated blocks.")
    }
}
