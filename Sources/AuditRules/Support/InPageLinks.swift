import AuditCore
import Foundation
import HTMLDOM

/// Links to a place in the same page (`href="#main"`), as skip-link and bypass read them. A skip link is, as in
/// axe-core, an in-page link that comes before the page's first link to another page (skip links sit at the top).
enum InPageLinks {
    /// The fragment an in-page `href` names, percent-decoded; nil for other links and for `#`, `#!…` and
    /// `#/…` (script routes, not places in the page).
    static func fragment(of link: Element) -> String? {
        guard let href = link.attribute("href")?.trimmedText, href.hasPrefix("#") else { return nil }
        let raw = href.dropFirst()
        guard let first = raw.first, first != "!", first != "/" else { return nil }
        return String(raw).removingPercentEncoding ?? String(raw)
    }

    /// The element a fragment scrolls to (HTML's "indicated part of the document"): the first element with that
    /// id, else the first `<a name>` with it; nil when there is none.
    static func target(_ fragment: String, in page: PageContext) -> Element? {
        if let element = page.elements(withID: fragment).first { return element }
        return page.elements(named: "a").first { $0.attribute("name") == fragment }
    }

    /// `#top` with no such element goes to the top of the page: a back-to-top link, never a skip link.
    static func isTopOfPage(_ fragment: String, in page: PageContext) -> Bool {
        fragment.lowercased() == "top" && target(fragment, in: page) == nil
    }

    /// True when `href` (as written) leads somewhere else: not empty, not an in-page `#…`, not `javascript:`.
    static func leadsElsewhere(_ href: String) -> Bool {
        let url = href.trimmedText.lowercased()
        return !url.isEmpty && !url.hasPrefix("#") && !url.hasPrefix("javascript:")
    }

    /// Document order of the first link to another page (not `#…` and not `javascript:`); Int.max when there is none.
    static func firstPageLinkOrder(in page: PageContext) -> Int {
        page.cached("InPageLinks.firstPageLink") { () -> Int in
            for link in page.elements(named: "a") {
                guard let href = link.attribute("href")?.trimmedText else { continue }
                let lower = href.lowercased()
                if lower.hasPrefix("#") || lower.hasPrefix("/#") || lower.hasPrefix("javascript:") { continue }
                return link.documentOrder
            }
            return Int.max
        }
    }

    /// An in-page link placed where skip links are: before the first link to another page.
    static func isSkipLink(_ link: Element, in page: PageContext) -> Bool {
        guard link.name == "a", let fragment = fragment(of: link), !isTopOfPage(fragment, in: page) else { return false }
        return link.documentOrder < firstPageLinkOrder(in: page)
    }
}
