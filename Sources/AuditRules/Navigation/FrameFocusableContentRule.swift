import AuditCore
import HTMLDOM

/// A frame with interactive content stays in the tab order: `tabindex="-1"` on the iframe would make
/// its links and buttons unreachable by keyboard.
struct FrameFocusableContentRule: Rule {
    let description = RuleDescription(
        id: "frame-focusable-content",
        title: Localized(zh: "含可操作内容的框架不被移出键盘顺序", en: "Frames with interactive content are not removed from the tab order"),
        rationale: Localized(
            zh: "给 iframe 设 tabindex=\"-1\" 后，键盘用户无法进入框架，里面的链接、按钮和表单（如嵌入的办事系统）就无法操作。",
            en: "With tabindex=\"-1\" on an iframe, keyboard users cannot enter it, so its links, buttons and forms (an embedded service system) are out of reach."),
        fix: Localized(zh: "删除 iframe 上的负数 tabindex；若框架内容不需要交互，则让其内部元素不可聚焦。",
                       en: "Remove the negative tabindex from the iframe; if its content needs no interaction, make its elements unfocusable instead."),
        impact: .serious, wcag: ["2.1.1"], act: ["akn7bn"], references: ["WZA-10", "SLH-08"],
        passing: [
            RuleExample(##"<iframe title="办事系统" srcdoc="<a href='/'>首页</a>"></iframe>"##),
            RuleExample(##"<iframe tabindex="-1" title="装饰" srcdoc="<h1>欢迎</h1>"></iframe>"##),
            RuleExample(##"<iframe tabindex="-1" hidden srcdoc="<a href='/'>首页</a>"></iframe>"##),
            RuleExample(##"<iframe tabindex="-1" srcdoc="<a href='/' tabindex='-1'>首页</a>"></iframe>"##),
        ],
        failing: [
            RuleExample(##"↓<iframe tabindex="-1" title="在线申报" srcdoc="<form><input name='q'><button>提交</button></form>"></iframe>"##),
        ],
        cantTell: [
            RuleExample(##"<iframe tabindex="-1" title="地图" src="https://map.example.com/embed"></iframe>"##),
        ])
    let selector = ElementSelector.tags(["iframe"])

    func check(_ frame: Element, in page: PageContext) -> Verdict {
        if Visibility.isHidden(frame, in: page) || frame.hasAttribute("inert") || frame.closest(["dialog"]) != nil { return .inapplicable }
        // A 1×1 frame shows nothing a sighted keyboard user could operate.
        if let width = frame.attribute("width").flatMap({ Int($0.trimmedText) }), width <= 1 { return .inapplicable }
        if let height = frame.attribute("height").flatMap({ Int($0.trimmedText) }), height <= 1 { return .inapplicable }
        let excluded = frame.attribute("tabindex").flatMap(TabindexRule.parseInteger).map { $0 < 0 } ?? false
        let content: HTMLDocument
        if let srcdoc = frame.attribute("srcdoc") {
            guard let document = try? HTMLDocument(html: srcdoc) else { return .inapplicable }
            content = document
        } else if let source = frame.attribute("src"), !source.isBlankText {
            switch page.loadResource(source) {
            case .success(let bytes):
                guard let document = try? HTMLDocument(bytes: bytes) else { return .inapplicable }
                content = document
            case .failure:
                return excluded ? .cantTell(.unreadable(source)) : .inapplicable
            }
        } else {
            return .inapplicable
        }
        // The framed page has its own styles: judge its elements in their own context.
        let framed = PageContext(document: content, path: page.path, traits: page.traits)
        let focusable = content.elements.contains { element in
            element.isFocusable && !Visibility.isHidden(element, in: framed)
                && (element.attribute("tabindex").flatMap(TabindexRule.parseInteger) ?? 0) >= 0
        }
        guard focusable else { return .inapplicable }
        return excluded ? .failed(.excluded) : .passed()
    }
}

extension Localized {
    fileprivate static let excluded = Localized(
        zh: "框架内有可聚焦的链接或控件，但 iframe 设置了负数 tabindex，键盘无法进入。",
        en: "The frame has focusable links or controls, but the iframe's negative tabindex keeps keyboard users out.")
    fileprivate static func unreadable(_ source: String) -> Localized {
        Localized(zh: "iframe 设置了负数 tabindex，但无法读取框架页面（\(source)），不能判断其中是否有可操作内容。",
                  en: "The iframe has a negative tabindex, but its page (\(source)) cannot be read, so wza cannot tell whether it has interactive content.")
    }
}
