import AuditCore
import HTMLDOM

/// Media that starts playing by itself has no sound for more than 3 seconds, or a way to pause it (ACT 80f0bf).
/// From markup wza knows only `autoplay`, `muted`, `controls` and media fragments (`#t=8,10`): whether the
/// file has an audio track, how long it runs, and whether a script pauses it or offers controls are for a
/// reviewer, so the rule never fails.
struct NoAutoplayAudioRule: Rule {
    let description = RuleDescription(
        id: "no-autoplay-audio",
        title: Localized(zh: "自动播放的音视频可以暂停或很快结束", en: "Media that plays automatically can be paused or is short"),
        rationale: Localized(
            zh: "页面一打开就自动播放的宣传片、背景音乐会盖住读屏软件的朗读，盲人用户听不清页面内容，也很难找到关闭的按钮。",
            en: "A promotional video or background music that starts on load drowns out the screen reader, so blind users cannot hear the page or find the way to stop it."),
        fix: Localized(zh: "不要自动播放有声媒体；必须自动播放时加 muted，或提供 controls（或页面开头的暂停/静音按钮），或控制在 3 秒以内。",
                       en: "Do not autoplay media with sound; if it must autoplay, add muted, or provide controls (or a pause/mute button at the top of the page), or keep it under 3 seconds."),
        impact: .moderate, wcag: ["1.4.2"], act: ["80f0bf"], references: ["SLH-16", "W16"],
        passing: [
            RuleExample(##"<audio src="welcome.mp3" autoplay controls></audio>"##),
            RuleExample(##"<video autoplay muted loop src="banner.mp4"></video><video src="talk.mp4" controls></video>"##),
            RuleExample(##"<video autoplay><source src="intro.mp4#t=8,10" type="video/mp4"><source src="intro.webm#t=8,10" type="video/webm"></video>"##),
        ],
        failing: [],
        cantTell: [
            RuleExample(##"<audio src="bgm.mp3" autoplay loop></audio>"##),
            RuleExample(##"<video autoplay><source src="promo.mp4" type="video/mp4"></video>"##),
            RuleExample(##"<video src="promo.mp4" autoplay controls style="display:none"></video>"##),
        ])
    let selector = ElementSelector.tags(["audio", "video"])

    func check(_ media: Element, in page: PageContext) -> Verdict {
        guard media.hasAttribute("autoplay"), !media.hasAttribute("muted") else { return .inapplicable }
        let sources = ([media.attribute("src")] + media.children.filter { $0.name == "source" }.map { $0.attribute("src") })
            .compactMap { $0?.trimmedText }.filter { !$0.isEmpty }
        guard !sources.isEmpty else { return .inapplicable }
        if media.hasAttribute("controls"), !Visibility.isHidden(media, in: page) { return .passed(.nativeControls) }
        if sources.allSatisfy({ (Self.fragmentDuration($0) ?? .infinity) <= 3 }) { return .passed(.short) }
        return .cantTell(.review)
    }

    /// The length of a temporal media fragment `#t=start,end` in seconds (plain or `npt:` seconds), if any.
    static func fragmentDuration(_ url: String) -> Double? {
        guard let hash = url.firstIndex(of: "#") else { return nil }
        for part in url[url.index(after: hash)...].split(separator: "&") where part.hasPrefix("t=") {
            var value = part.dropFirst(2)
            if value.hasPrefix("npt:") { value = value.dropFirst(4) }
            let bounds = value.split(separator: ",", omittingEmptySubsequences: false)
            guard bounds.count == 2, let end = Double(bounds[1]) else { return nil }
            let start = bounds[0].isEmpty ? 0 : Double(bounds[0])
            guard let start, end >= start else { return nil }
            return end - start
        }
        return nil
    }
}

extension Localized {
    fileprivate static let nativeControls = Localized(zh: "自动播放，但带有浏览器自带的播放控件，可暂停或调节音量。",
                                                      en: "Plays automatically, with the browser's own controls to pause it or turn it down.")
    fileprivate static let short = Localized(zh: "媒体片段不超过 3 秒。", en: "The media fragment lasts 3 seconds or less.")
    fileprivate static let review = Localized(
        zh: "自动播放且未静音、没有可见的播放控件：静态文件看不出媒体是否有声音、是否超过 3 秒、脚本是否提供暂停或静音按钮，请人工核验。",
        en: "Plays automatically, not muted, without visible controls: files do not show whether the media has sound, lasts more than 3 seconds, or whether a script offers a pause or mute button; check by hand.")
}
