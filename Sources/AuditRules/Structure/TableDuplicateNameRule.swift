import AuditCore
import HTMLDOM

/// A table's `<caption>` does not repeat its `summary` attribute.
struct TableDuplicateNameRule: Rule {
    let description = RuleDescription(
        id: "table-duplicate-name",
        title: Localized(zh: "表格标题与摘要不重复", en: "Table caption and summary differ"),
        rationale: Localized(
            zh: "读屏软件会先后读出表格的 <caption>（标题）和 summary（摘要）；两者相同时用户听到两遍同样的话，却得不到表格结构的说明。",
            en: "Screen readers read a table's <caption> and its summary one after the other; when they are the same, users hear it twice and learn nothing about the table's structure."),
        fix: Localized(zh: "<caption> 写表格标题；summary 已被 HTML5 废弃，删除它，或改为说明表格结构的文字（放在 caption 或表格前的段落中）。",
                       en: "Keep the title in <caption>; summary is obsolete in HTML5: remove it, or describe the table's structure instead (in the caption or a paragraph before the table)."),
        impact: .minor, references: ["WZA-11"], bestPractice: true,
        passing: [
            RuleExample(##"<table summary="第一列为事项，其余各列为办理时限和收费"><caption>办事指南一览</caption><tr><td>…</td></tr></table>"##),
            RuleExample(##"<table><caption>办事指南一览</caption><tr><td>…</td></tr></table>"##),
            RuleExample(##"<table summary="办事指南一览"><tr><td>…</td></tr></table>"##),
            RuleExample(##"<table summary="办事指南一览" role="presentation"><caption>办事指南一览</caption><tr><td>…</td></tr></table>"##),
        ],
        failing: [
            RuleExample(##"↓<table summary="办事指南一览"><caption>办事指南一览</caption><tr><td>…</td></tr></table>"##),
            RuleExample(##"↓<table summary=" Opening  hours"><caption>opening hours</caption><tr><td>…</td></tr></table>"##),
        ])
    let selector = ElementSelector.tags(["table"])

    func check(_ table: Element, in page: PageContext) -> Verdict {
        guard let summary = table.attribute("summary"), !summary.isBlankText,
              let caption = table.children.first(where: { $0.name == "caption" }) else { return .inapplicable }
        if table.isPresentationalOverride || Visibility.isHiddenFromAssistiveTechnology(table, in: page) { return .inapplicable }
        let captionText = AccessibleName.contentText(caption, in: page)
        if captionText.isEmpty { return .inapplicable }
        return captionText.lowercased() == summary.collapsedWhitespace.lowercased() ? .failed(.same(captionText)) : .passed()
    }
}

extension Localized {
    fileprivate static func same(_ text: String) -> Localized {
        Localized(zh: "<caption> 与 summary 属性的文字相同（“\(text)”）。", en: "The <caption> and the summary attribute say the same (“\(text)”).")
    }
}
