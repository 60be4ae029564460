import AuditCore
import HTMLDOM

/// No Flash, Java applets or ActiveX: no current browser runs them, so their content is lost to everyone.
struct PluginContentRule: Rule {
    let description = RuleDescription(
        id: "plugin-content",
        title: Localized(zh: "不使用 Flash 等过时插件", en: "No Flash or other obsolete plug-ins"),
        rationale: Localized(
            zh: "主流浏览器已停止支持 Flash、Java Applet 和 ActiveX；这些内容对所有人都无法显示，对键盘和读屏用户更无法操作。",
            en: "Browsers no longer run Flash, Java applets or ActiveX; the content is lost to everyone and was never keyboard or screen-reader accessible."),
        fix: Localized(zh: "改用 HTML5 <video>/<audio>（带字幕和控件）或普通 HTML 内容。",
                       en: "Replace with HTML5 <video>/<audio> (with captions and controls) or plain HTML."),
        impact: .serious, wcag: ["2.1.1", "4.1.2"], references: ["WZA-20", "W16", "W23"],
        passing: [
            RuleExample(##"<video src="intro.mp4" controls></video>"##),
            RuleExample(##"<object data="guide.pdf" type="application/pdf" title="办事指南"></object>"##),
        ],
        failing: [
            RuleExample(##"↓<object data="/flash/player.swf" type="application/x-shockwave-flash"></object>"##),
            RuleExample(##"↓<embed src="banner.swf">"##),
            RuleExample(##"↓<applet code="Clock.class"></applet>"##),
            RuleExample(##"↓<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000"></object>"##),
        ])
    let selector = ElementSelector.tags(["object", "embed", "applet"])

    func check(_ element: Element, in page: PageContext) -> Verdict {
        // An <embed> inside an <object> is its fallback: report the object only.
        if element.name == "embed", element.closest(["object"]).map(PluginSignature.isPlugin) == true { return .inapplicable }
        return PluginSignature.isPlugin(element) ? .failed(.plugin(PluginSignature.kind(element))) : .passed()
    }
}

/// Recognises Flash, Java applets and ActiveX controls from markup.
enum PluginSignature {
    static func isPlugin(_ element: Element) -> Bool { kind(element) != nil }

    static func kind(_ element: Element) -> String? {
        if element.name == "applet" { return "Java applet" }
        let type = (element.attribute("type") ?? "").lowercased()
        let source = (element.attribute("data") ?? element.attribute("src") ?? element.attribute("movie") ?? "").lowercased()
        let classID = (element.attribute("classid") ?? "").lowercased()
        if type.contains("shockwave-flash") || type.contains("x-flash") || classID.contains("d27cdb6e")
            || source.split(separator: "?").first?.hasSuffix(".swf") == true {
            return "Flash"
        }
        if element.name == "object", element.children.contains(where: {
            $0.name == "param" && ($0.attribute("value") ?? "").lowercased().contains(".swf")
        }) {
            return "Flash"
        }
        if classID.hasPrefix("clsid:") { return "ActiveX" }
        if type.contains("java-applet") || type.contains("x-java") { return "Java applet" }
        if type.contains("silverlight") { return "Silverlight" }
        return nil
    }
}

extension Localized {
    fileprivate static func plugin(_ kind: String?) -> Localized {
        let name = kind ?? "plug-in"
        return Localized(zh: "页面使用 \(name) 插件内容，浏览器已不再支持。", en: "The page uses \(name) content, which browsers no longer run.")
    }
}
