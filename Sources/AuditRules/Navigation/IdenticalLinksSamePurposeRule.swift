import AuditCore
import HTMLDOM

/// Links with the same accessible name serve the same purpose (ACT b20e66, WCAG 2.4.9 AAA). Review only: links
/// that resolve to the same address, or to local files with the same bytes, pass; others are left to a person,
/// since two addresses may still lead to equivalent content (a redirect, a copy of the same page).
struct IdenticalLinksSamePurposeRule: Rule {
    let description = RuleDescription(
        id: "identical-links-same-purpose",
        title: Localized(zh: "同名链接用途相同", en: "Links with the same name serve the same purpose"),
        rationale: Localized(
            zh: "读屏用户常按链接列表浏览页面；几个都叫“详情”“点击这里”却通向不同页面的链接，在列表里无法区分，用户只能逐个打开试。",
            en: "Screen-reader users often browse a page by its list of links; several links all called “Details” or “Click here” that lead to different pages cannot be told apart there, so users must open each one to find out."),
        fix: Localized(
            zh: "让通向不同页面的链接名称各不相同，如“查看《冬季供暖通知》详情”，或用 aria-label / aria-labelledby 补全上下文；通向同一页面的链接可以同名。",
            en: "Give links to different pages different names (“Details of the heating notice” rather than “Details”), or complete them with aria-label / aria-labelledby; links to the same page may share a name."),
        impact: .minor, wcag: ["2.4.9"], act: ["b20e66"], references: ["WZA-02"],
        passing: [
            RuleExample(##"<a href="guide.html">办事指南</a><a href="guide.html">办事指南</a>"##),
            RuleExample(##"<a href="/zwgk/">政务公开</a><a href="/zwgk/index.html">政务公开</a>"##),
            RuleExample(##"<a href="a.html">办事指南</a><a href="b.html">在线申报</a>"##),
            RuleExample(##"<a href="a.html">详情</a><a href="b.html" hidden>详情</a>"##),
        ],
        failing: [],
        cantTell: [
            RuleExample(##"<a href="news/1001.html">详情</a><a href="news/1002.html">详情</a>"##),
            RuleExample(##"<a href="a.html">更多</a><span role="link" tabindex="0" onclick="location='b.html'">更多</span>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var groups: [String: [Element]] = [:]
        var order: [String] = []
        for element in page.document.elements where element.name == "a" || element.name == "area" || element.hasAttribute("role") {
            guard !page.isInert(element), AccessibleName.role(of: element) == "link",
                  !Visibility.isHiddenFromAssistiveTechnology(element, in: page) else { continue }
            let name = AccessibleName.of(element, in: page).lowercased()
            guard !name.isEmpty else { continue }
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(element)
        }
        var verdicts: [ElementVerdict] = []
        for name in order {
            guard let links = groups[name], links.count > 1 else { continue }
            let targets = links.map { target(of: $0, in: page) }
            let verdict: Verdict
            if targets.contains(where: { $0 == nil }) {
                verdict = .cantTell(.scriptedTarget(NameQuote.text(name), links.count))
            } else if Set(targets).count == 1 || sameLocalContent(targets.compactMap { $0 }, in: page) {
                verdict = .passed(.sameTarget(NameQuote.text(name), links.count))
            } else {
                verdict = .cantTell(.differentTargets(NameQuote.text(name), links.count, Set(targets).count))
            }
            verdicts += links.map { ElementVerdict($0, verdict) }
        }
        return verdicts
    }

    /// The address a link leads to, normalised: local paths resolved against the page (`dir/`, `dir` and
    /// `dir/index.html` are one address), remote URLs with scheme and host lower-cased; query and fragment kept.
    /// Nil when markup does not say (a scripted `role="link"`, `javascript:`).
    private func target(of link: Element, in page: PageContext) -> String? {
        guard let href = link.attribute("href")?.trimmedText else { return nil }
        if href.lowercased().hasPrefix("javascript:") { return nil }
        var rest = href[...]
        var suffix = ""
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            suffix = String(rest[cut...])
            rest = rest[..<cut]
        }
        let location = rest.isEmpty ? ResourceLocation.local(page.resourcePath) : page.locate(String(rest))
        switch location {
        case .local(let path):
            var normalised = path
            for index in ["/index.html", "/index.htm", "index.html", "index.htm"] where normalised.hasSuffix(index) {
                normalised.removeLast(index.count)
                break
            }
            return "local:" + normalised + suffix
        case .remote(let url):
            return Self.normalisedRemote(url) + suffix
        case .unavailable(let other):
            return other + suffix
        }
    }

    private static func normalisedRemote(_ url: String) -> String {
        var url = url
        while url.hasSuffix("/") { url.removeLast() }
        guard let schemeEnd = url.range(of: "//") else { return url }
        let afterScheme = url[schemeEnd.upperBound...]
        let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        return url[..<schemeEnd.upperBound].lowercased() + afterScheme[..<hostEnd].lowercased() + afterScheme[hostEnd...]
    }

    /// Every target is a local file and all have the same bytes (a copy of one page).
    private func sameLocalContent(_ targets: [String], in page: PageContext) -> Bool {
        var contents: Set<[UInt8]> = []
        for target in targets {
            guard target.hasPrefix("local:"), !target.contains("?"), !target.contains("#"),
                  let bytes = page.resources.read(String(target.dropFirst(6))) else { return false }
            contents.insert(bytes)
        }
        return contents.count == 1
    }
}

extension Localized {
    fileprivate static func sameTarget(_ name: String, _ count: Int) -> Localized {
        Localized(zh: "\(count) 个名为“\(name)”的链接通向同一地址。", en: "The \(count) links named “\(name)” lead to the same address.")
    }

    fileprivate static func differentTargets(_ name: String, _ count: Int, _ targets: Int) -> Localized {
        Localized(zh: "\(count) 个链接都叫“\(name)”，却通向 \(targets) 个不同地址；请确认它们用途相同，否则应使用能区分的链接文字。",
                  en: "\(count) links are all named “\(name)” but lead to \(targets) different addresses; check that they serve the same purpose, or give them names that tell them apart.")
    }

    fileprivate static func scriptedTarget(_ name: String, _ count: Int) -> Localized {
        Localized(zh: "\(count) 个链接都叫“\(name)”，其中有的由脚本跳转，wza 无法得知其去向；请确认它们用途相同。",
                  en: "\(count) links are all named “\(name)”, and some go where a script sends them, which wza cannot see; check that they serve the same purpose.")
    }
}
