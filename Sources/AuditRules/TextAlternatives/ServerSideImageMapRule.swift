import AuditCore
import HTMLDOM

/// Server-side image maps (`<a href><img ismap></a>`) are flagged for review: their regions depend on where the
/// pointer clicks.
struct ServerSideImageMapRule: Rule {
    let description = RuleDescription(
        id: "server-side-image-map",
        title: Localized(zh: "不使用服务器端图像映射", en: "No server-side image maps"),
        rationale: Localized(
            zh: "服务器端图像映射按鼠标点击的坐标决定去向，键盘用户和读屏用户无法选择其中的区域；客户端 <map>/<area> 则每个区域都是可聚焦、可命名的链接。",
            en: "A server-side image map decides where to go from the click coordinates, so keyboard and screen-reader users cannot pick a region; a client-side <map>/<area> makes each region a focusable, named link."),
        fix: Localized(zh: "改用客户端图像映射（<map> 与带 alt 的 <area>），或在图片旁为每个区域提供文字链接。",
                       en: "Use a client-side image map (<map> with <area alt>), or give a text link for every region next to the image."),
        impact: .minor, wcag: ["2.1.1"], references: [],
        passing: [
            RuleExample(##"<img src="map.png" alt="辖区地图" usemap="#m"><map name="m"><area shape="rect" coords="0,0,50,50" href="a.html" alt="东城街道"></map>"##),
            RuleExample(##"<img src="map.png" alt="辖区地图" ismap>"##),
            RuleExample(##"<a href="/cgi-bin/map"><img src="map.png" alt="辖区地图" ismap hidden></a>"##),
        ],
        failing: [],
        cantTell: [
            RuleExample(##"<a href="/cgi-bin/map"><img src="map.png" alt="辖区地图" ismap></a>"##),
        ])
    let selector = ElementSelector.tags(["img"])

    func check(_ image: Element, in page: PageContext) -> Verdict {
        // ismap only works inside a link; elsewhere it does nothing.
        guard image.hasAttribute("ismap"), let link = image.closest(["a"]), link.hasAttribute("href") else { return .inapplicable }
        if Visibility.isHidden(image, in: page) { return .inapplicable }
        // Equivalent text links elsewhere on the page would satisfy keyboard users; markup cannot show that.
        return .cantTell(.serverSideMap)
    }
}

extension Localized {
    fileprivate static let serverSideMap = Localized(
        zh: "服务器端图像映射（ismap）只能用鼠标选择区域；请确认每个区域另有可用键盘访问的文字链接，或改用 <map>/<area>。",
        en: "A server-side image map (ismap) can only be used with a pointer; check that every region also has a keyboard-reachable text link, or use <map>/<area>.")
}
