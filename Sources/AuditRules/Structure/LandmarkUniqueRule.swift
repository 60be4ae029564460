import AuditCore
import HTMLDOM

/// Landmarks of the same role have different accessible names.
struct LandmarkUniqueRule: Rule {
    let description = RuleDescription(
        id: "landmark-unique",
        title: Localized(zh: "同类地标名称互不相同", en: "Landmarks of the same role have unique names"),
        rationale: Localized(
            zh: "政府网站常有“主导航”“栏目导航”“页脚导航”等多个 <nav>；名称相同（或都没有名称）时，读屏用户在地标列表里听到几个一样的“导航”，无法区分。",
            en: "Government sites often have several <nav>s (main, section, footer); with the same name, or none, landmark lists read several identical “navigation” entries."),
        fix: Localized(zh: "为同类的每个地标用 aria-label 或 aria-labelledby 起不同的名称，如“主导航”“页脚导航”。",
                       en: "Give each landmark of the same role its own name with aria-label or aria-labelledby, e.g. “Main menu”, “Footer links”."),
        impact: .moderate, bestPractice: true,
        passing: [
            RuleExample(##"<nav aria-label="主导航">…</nav><nav aria-label="页脚导航">…</nav>"##),
            RuleExample(##"<nav>…</nav><aside>…</aside>"##),
            RuleExample(##"<section aria-label="通知公告">…</section><section aria-label="政策解读">…</section>"##),
            RuleExample(##"<nav>…</nav><nav hidden>…</nav>"##),
            RuleExample(##"<section>未命名的 section 不是地标</section><section>同上</section>"##),
        ],
        failing: [
            RuleExample(##"<nav>…</nav>↓<nav>…</nav>"##),
            RuleExample(##"<nav aria-label="导航">…</nav>↓<div role="navigation" aria-label=" 导航 ">…</div>"##),
            RuleExample(##"<h2 id="t">通知公告</h2><section aria-labelledby="t">…</section>↓<section aria-label="通知公告">…</section>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var firstByKey: [String: Landmarks.Landmark] = [:]
        var verdicts: [ElementVerdict] = []
        for landmark in Landmarks.all(in: page) {
            let key = landmark.role + "\u{0}" + landmark.name.lowercased()
            if let first = firstByKey[key] {
                verdicts.append(ElementVerdict(landmark.element, .failed(landmark.name.isEmpty ? .sameUnnamed(first) : .sameName(first))))
            } else {
                firstByKey[key] = landmark
                verdicts.append(ElementVerdict(landmark.element, .passed()))
            }
        }
        return verdicts
    }
}

extension Localized {
    fileprivate static func sameName(_ first: Landmarks.Landmark) -> Localized {
        Localized(zh: "第 \(first.element.line) 行已有同名（“\(first.name)”）的 \(Landmarks.spoken(first.role)) 地标。",
                  en: "A \(Landmarks.spoken(first.role)) landmark with the same name (“\(first.name)”) is already on line \(first.element.line).")
    }

    fileprivate static func sameUnnamed(_ first: Landmarks.Landmark) -> Localized {
        Localized(zh: "第 \(first.element.line) 行已有一个同样没有名称的 \(Landmarks.spoken(first.role)) 地标。",
                  en: "An unnamed \(Landmarks.spoken(first.role)) landmark is already on line \(first.element.line); this one has no name either.")
    }
}
