import AuditCore
import HTMLDOM

/// `<object>` elements that show images, audio, video or plug-in content have a text alternative.
struct ObjectAltRule: Rule {
    let description = RuleDescription(
        id: "object-alt",
        title: Localized(zh: "object 元素有替代文本", en: "Object elements have a text alternative"),
        rationale: Localized(
            zh: "object 嵌入的图片、音视频或插件内容对读屏软件是黑盒，需要名称说明其内容。",
            en: "Images, media or plug-ins embedded with <object> are opaque to screen readers; a name tells what they are."),
        fix: Localized(zh: "为 <object> 添加 aria-label、aria-labelledby 或 title 说明其内容。",
                       en: "Add aria-label, aria-labelledby or title describing the content."),
        impact: .serious, wcag: ["1.1.1"], act: ["8fc3b6"], references: ["WZA-01"],
        passing: [
            RuleExample(##"<object data="chart.png" type="image/png" title="2026年办件量统计图"></object>"##),
            RuleExample(##"<object data="page.html" type="text/html"></object>"##),
        ],
        failing: [
            RuleExample(##"↓<object data="chart.png" type="image/png"></object>"##),
            RuleExample(##"↓<object data="intro.mp4"></object>"##),
        ],
        cantTell: [
            RuleExample(##"<object data="/servlet/show?id=3"></object>"##),
        ])
    let selector = ElementSelector.tags(["object"])

    func check(_ object: Element, in page: PageContext) -> Verdict {
        if Visibility.isHiddenFromAssistiveTechnology(object, in: page) || object.hasPresentationalRole { return .inapplicable }
        // Nested objects are fallback content of their parent object.
        if object.closest(["object"]) != nil { return .inapplicable }
        let kind = EmbeddedContent.kind(of: object)
        if kind == .text { return .inapplicable }
        let name = AccessibleName.of(object, in: page)
        if !name.isEmpty { return .named(name, orFailed: .noName) }
        return kind == .unknown ? .cantTell(.unknownType) : .failed(.noName)
    }
}

/// What an `<object>`/`<embed>` renders, judged from `type` and the file extension of `data`/`src`.
enum EmbeddedContent {
    enum Kind { case image, media, plugin, text, unknown }

    static func kind(of element: Element) -> Kind {
        let type = (element.attribute("type") ?? "").lowercased().trimmedText
        let source = (element.attribute("data") ?? element.attribute("src") ?? "").lowercased()
        if PluginSignature.isPlugin(element) { return .plugin }
        if type.hasPrefix("image/") { return .image }
        if type.hasPrefix("audio/") || type.hasPrefix("video/") { return .media }
        if type.hasPrefix("text/") || type == "application/xhtml+xml" || type == "application/pdf" { return .text }
        let path = source.split(separator: "?").first.map(String.init) ?? source
        let ext = path.split(separator: ".").last.map(String.init) ?? ""
        switch ext {
        case "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp": return .image
        case "mp4", "webm", "ogg", "ogv", "mp3", "wav", "m4a", "flv", "avi", "wmv", "mov": return .media
        case "html", "htm", "shtml", "xhtml", "txt", "pdf": return .text
        default: return .unknown
        }
    }
}

extension Localized {
    fileprivate static let noName = Localized(
        zh: "object 嵌入了非文本内容，但没有替代文本。", en: "Object renders non-text content but has no text alternative.")
    fileprivate static let unknownType = Localized(
        zh: "无法从类型或文件名判断 object 显示什么内容；请确认其是否需要替代文本。",
        en: "Cannot tell from its type or file name what the object renders; check whether it needs a text alternative.")
}
