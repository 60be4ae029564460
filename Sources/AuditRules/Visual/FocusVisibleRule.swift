import AuditCore
import HTMLDOM
import StyleEngine

/// Keyboard focus stays visible: a style sheet that removes the focus outline puts something else in its place.
struct FocusVisibleRule: Rule {
    let description = RuleDescription(
        id: "focus-visible",
        title: Localized(zh: "键盘焦点清晰可见", en: "Keyboard focus is visible"),
        rationale: Localized(
            zh: "用键盘操作的用户（包括许多老年人和运动障碍者）靠焦点框知道自己在哪里；“outline:none” 又不提供替代样式，焦点就消失了。工信部适老化规范要求焦点状态醒目。",
            en: "Keyboard users, many older and motor-impaired people among them, rely on the focus ring to know where they are; outline:none without a replacement makes focus vanish. The MIIT spec asks for a prominent focus state."),
        fix: Localized(zh: "不要去掉焦点框；如需自定义，为 :focus-visible 设置醒目的 outline、边框或背景变化。",
                       en: "Keep the focus outline; to restyle it, give :focus-visible a prominent outline, border or background change."),
        impact: .serious, wcag: ["2.4.7"], act: ["oj04fd"], references: ["SLH-10", "W11"],
        passing: [
            RuleExample(##"<a href="/">首页</a><span tabindex="0">可聚焦</span>"##),
            RuleExample(##"<style>a:focus{outline:none;background:#ff0}</style><a href="/">首页</a>"##),
            RuleExample(##"<style>a:focus{outline:none}a:focus-visible{outline:3px solid #f60}</style><a href="/">首页</a>"##),
            RuleExample(##"<a tabindex="-1" href="/">不在 Tab 顺序中</a>"##),
        ],
        failing: [
            RuleExample(##"<style>.nav a:focus{outline:none}</style><div class="nav">↓<a href="/">首页</a></div>"##),
            RuleExample(##"<style>*{outline:0 !important}</style>↓<button>查询</button>"##),
        ],
        cantTell: [
            RuleExample(##"<style>a:focus{outline:none}</style><a href="/">首页</a><script src="focus.js"></script>"##),
            RuleExample(##"<style>a:focus{outline:none}</style><a href="/">首页</a><script>a.addEventListener('focus', ring)</script>"##),
        ])
    let selector = ElementSelector.anyElement

    func check(_ element: Element, in page: PageContext) -> Verdict {
        guard SequentialFocus.isInTabOrder(element), page.styles.visibility(of: element) == .visible else { return .inapplicable }
        let styles = page.styles
        let focused = styles.computed(for: element, state: .keyboardFocus)
        if focused.outline.isVisible { return .passed() }
        let normal = styles.computed(for: element)
        if Self.differs(normal, focused) { return .passed() }
        // A focused descendant can restyle its container (:focus-within), or a pseudo-element can draw a ring.
        if let parent = element.parent, Self.differs(styles.computed(for: parent), styles.computed(for: parent, state: .focusWithin)) { return .passed() }
        for pseudo in [PseudoElement.before, .after] where styles.mayGenerateContent(for: element, pseudo: pseudo)
            || styles.mayGenerateContent(for: element, pseudo: pseudo, state: .keyboardFocus) {
            let plain = styles.computed(for: element, pseudo: pseudo), ring = styles.computed(for: element, state: .keyboardFocus, pseudo: pseudo)
            if plain.content != ring.content || (ring.content != nil && Self.differs(plain, ring)) { return .passed() }
        }
        // Scripts can draw focus indicators themselves; static files cannot show that.
        if page.cached("focus-visible.scripts", { Self.scriptsMayHandleFocus(in: page) }) { return .cantTell(.scripted) }
        return .failed(.invisible)
    }

    /// True when an inline or local script mentions focus, or a local script cannot be read. Remote scripts
    /// (analytics, toolbars) are not fetched and not assumed to draw focus rings.
    static func scriptsMayHandleFocus(in page: PageContext) -> Bool {
        page.elements(named: "script").contains { script in
            guard let source = script.attribute("src"), !source.isBlankText else {
                return script.textContent.lowercased().contains("focus")
            }
            switch page.loadResource(source) {
            case .success(let bytes): return String(decoding: bytes, as: UTF8.self).lowercased().contains("focus")
            case .failure(.remote): return false
            case .failure: return true
            }
        }
    }

    /// A change a sighted keyboard user can see when focus arrives.
    static func differs(_ a: ComputedStyle, _ b: ComputedStyle) -> Bool {
        a.backgroundColor != b.backgroundColor || a.color != b.color
            || a.visibleBorders != b.visibleBorders
            || a.hasBoxShadow != b.hasBoxShadow || a.textDecorationsInEffect != b.textDecorationsInEffect
            || a.outline != b.outline && b.outline.isVisible || a.hasBackgroundImage != b.hasBackgroundImage
            || a.fontWeight != b.fontWeight || a.transform != b.transform
    }
}

extension Localized {
    fileprivate static let invisible = Localized(
        zh: "获得键盘焦点时没有可见的焦点样式（焦点框被去掉且无替代样式）。",
        en: "No visible focus style when focused by keyboard (the outline is removed and nothing replaces it).")
    fileprivate static let scripted = Localized(
        zh: "样式表去掉了焦点框，但页面脚本可能在运行时绘制焦点提示；请用键盘人工检查。",
        en: "The style sheet removes the focus outline, but page scripts may draw a focus indicator at run time; check with a keyboard.")
}
