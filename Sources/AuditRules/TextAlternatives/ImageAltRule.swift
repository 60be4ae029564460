import AuditCore
import HTMLDOM

/// `<img>` elements have a text alternative, or say they are decorative with `alt=""`.
struct ImageAltRule: Rule {
    let description = RuleDescription(
        id: "image-alt",
        title: Localized(zh: "图片有替代文本", en: "Images have a text alternative"),
        rationale: Localized(
            zh: "读屏软件用替代文本代替图片朗读；缺少时只会读出文件名或“图片”，视障用户无法得知图片内容。",
            en: "Screen readers read the alt text in place of the image; without it they read the file name or nothing useful."),
        fix: Localized(
            zh: "为有信息的图片写简洁的 alt 描述其内容或用途；纯装饰图片使用 alt=\"\"。",
            en: "Give informative images an alt that states their content or purpose; mark decorative images with alt=\"\"."),
        impact: .critical, wcag: ["1.1.1"], act: ["23a2a8"], references: ["WZA-01"],
        passing: [
            RuleExample(##"<img src="logo.png" alt="示例区人民政府">"##),
            RuleExample(##"<img src="line.gif" alt="">"##),
            RuleExample(##"<img src="a.png" aria-label="办事指南">"##),
            RuleExample(##"<img src="b.png" title="地图">"##),
            RuleExample(##"<div hidden><img src="c.png"></div>"##),
            RuleExample(##"<img src="d.png" role="presentation">"##),
            RuleExample(##"<template><img src="e.png"></template>"##),
        ],
        failing: [
            RuleExample(##"↓<img src="banner.jpg">"##),
            RuleExample("""
                <p>
                  <img src="a.png" alt="通知">
                  ↓<img src="b.png" alt="  ">
                </p>
                """),
            RuleExample(##"<span id="empty"></span>↓<img src="c.png" aria-labelledby="empty">"##),
        ],
        cantTell: [
            RuleExample(##"<img src="IMG_2041.jpg" alt="IMG_2041.jpg">"##),
        ])
    let selector = ElementSelector.tags(["img"])

    func check(_ image: Element, in page: PageContext) -> Verdict {
        if Visibility.isHiddenFromAssistiveTechnology(image, in: page) { return .inapplicable }
        if let role = image.explicitRole, role != "img", !image.hasPresentationalRole { return .inapplicable }
        if let alt = image.attribute("alt") {
            if alt.isEmpty { return .passed() }
            if alt.isBlankText, AccessibleName.of(image, in: page).isBlankText { return .failed(.blankAlt) }
        } else if image.hasPresentationalRole, !image.hasAttribute("tabindex") {
            return .passed()
        }
        let name = AccessibleName.of(image, in: page)
        if name.isEmpty { return .failed(.missingAlt) }
        if FileNameText.looksLikeFileName(name) { return .cantTell(.fileNameAlt(name)) }
        return .named(name, orFailed: .missingAlt)
    }
}

/// Alt texts such as "IMG_0012.jpg" or "图片" are names that say nothing.
enum FileNameText {
    static let placeholders: Set<String> = ["图片", "图像", "image", "img", "picture", "photo", "照片", "pic", "banner"]

    static func looksLikeFileName(_ text: String) -> Bool {
        let lower = text.lowercased().trimmedText
        if placeholders.contains(lower) { return true }
        let extensions = [".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".svg"]
        return extensions.contains { lower.hasSuffix($0) } && !lower.contains(" ")
    }
}

extension Localized {
    fileprivate static let missingAlt = Localized(
        zh: "图片没有替代文本（缺少 alt 属性或其他名称）。", en: "Image has no text alternative (no alt attribute or other name).")
    fileprivate static let blankAlt = Localized(
        zh: "alt 只含空格；装饰图片应写 alt=\"\"，信息图片应描述内容。",
        en: "alt contains only spaces; use alt=\"\" for decoration or describe the image.")
    fileprivate static func fileNameAlt(_ alt: String) -> Localized {
        Localized(zh: "替代文本“\(alt)”像文件名或占位词，请人工确认是否描述了图片。",
                  en: "Alt text “\(alt)” looks like a file name or placeholder; check that it describes the image.")
    }
}
