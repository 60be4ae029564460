import AuditCore
import HTMLDOM

/// Frames with the same accessible name embed the same content (ACT 4b1c6c). Review only: wza passes frames
/// whose `src` resolves to the same file, or to local files with the same bytes, and otherwise asks a person,
/// since two different addresses may still serve equivalent content.
struct FrameTitleUniqueRule: Rule {
    let description = RuleDescription(
        id: "frame-title-unique",
        title: Localized(zh: "同名框架内容相同", en: "Frames with the same title embed the same content"),
        rationale: Localized(
            zh: "读屏用户靠框架标题区分页面中的各个框架；两个内容不同的框架用同一个标题（如都叫“内容”），用户无法分辨应进入哪一个。",
            en: "Screen-reader users tell frames apart by their titles; two frames with different content and the same title (both “content”) cannot be told apart."),
        fix: Localized(zh: "为每个内容不同的框架写出能区分它们的标题，如“办事指南”“在线地图”。",
                       en: "Give each frame with different content a title that tells it apart, such as “Service guide” or “Map”."),
        impact: .serious, wcag: ["4.1.2"], act: ["4b1c6c"], references: ["WZA-10"],
        passing: [
            RuleExample(##"<iframe title="办事指南" src="guide.html"></iframe><iframe title="在线地图" src="map.html"></iframe>"##),
            RuleExample(##"<iframe title="服务评价" src="/rate.html"></iframe><iframe aria-label="服务评价" src="/rate.html"></iframe>"##),
            RuleExample(##"<iframe title="内容" src="a.html"></iframe><iframe title="内容" src="b.html" aria-hidden="true"></iframe>"##),
        ],
        failing: [],
        cantTell: [
            RuleExample(##"<iframe title="内容" src="guide.html"></iframe><iframe title="内容" src="map.html"></iframe>"##),
            RuleExample(##"<span id="n">在线咨询</span><iframe aria-labelledby="n" src="a.html"></iframe><iframe title="在线咨询" src="https://kf.example.cn/"></iframe>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var groups: [String: [Element]] = [:]
        var order: [String] = []
        for frame in page.elements(named: "iframe") {
            if Visibility.isHiddenFromAssistiveTechnology(frame, in: page) || frame.isEffectivelyPresentational { continue }
            let name = AccessibleName.of(frame, in: page).lowercased()
            guard !name.isEmpty else { continue }
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(frame)
        }
        var verdicts: [ElementVerdict] = []
        for name in order {
            guard let frames = groups[name], frames.count > 1 else { continue }
            let verdict: Verdict = sameContent(frames, in: page) ? .passed() : .cantTell(.mayDiffer(NameQuote.text(name), frames.count))
            verdicts += frames.map { ElementVerdict($0, verdict) }
        }
        return verdicts
    }

    /// Every frame shows the same thing: the same `srcdoc`, the same resolved `src`, or local files with equal bytes.
    private func sameContent(_ frames: [Element], in page: PageContext) -> Bool {
        let srcdocs = Set(frames.map { $0.attribute("srcdoc") })
        if srcdocs.count > 1 { return false }
        if let srcdoc = srcdocs.first, srcdoc != nil { return true }
        let locations = frames.map { page.locate($0.attribute("src") ?? "") }
        if locations.allSatisfy({ $0 == locations[0] }) { return true }
        var contents: Set<[UInt8]> = []
        for frame in frames {
            guard case .success(let bytes) = page.loadResource(frame.attribute("src") ?? "") else { return false }
            contents.insert(bytes)
        }
        return contents.count == 1
    }
}

extension Localized {
    fileprivate static func mayDiffer(_ name: String, _ count: Int) -> Localized {
        Localized(zh: "\(count) 个框架的名称都是“\(name)”，但地址不同；请确认它们的内容相同，否则应使用能区分的标题。",
                  en: "\(count) frames are all named “\(name)” but load different addresses; check that they show the same content, or give them titles that tell them apart.")
    }
}
