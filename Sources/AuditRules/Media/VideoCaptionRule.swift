import AuditCore
import HTMLDOM

/// `<video>` elements have a captions track. A static page cannot tell whether a video has sound, or whether
/// captions are burned into the picture, so a missing track is a question for a reviewer, never a failure.
struct VideoCaptionRule: Rule {
    let description = RuleDescription(
        id: "video-caption",
        title: Localized(zh: "视频有字幕", en: "Videos have captions"),
        rationale: Localized(
            zh: "政策解读、新闻发布会等视频若没有字幕，听障用户和在嘈杂或需静音环境中的用户无法获得其中的语音信息。",
            en: "Without captions, deaf and hard-of-hearing people, and anyone in a noisy or silent place, miss what is said in policy briefings and press conferences."),
        fix: Localized(zh: "为视频添加 <track kind=\"captions\" src=\"….vtt\" srclang=\"zh\">（包括对白和重要声音），或使用开放字幕（画面内字幕）。",
                       en: "Add <track kind=\"captions\" src=\"….vtt\" srclang=\"zh\"> with dialogue and important sounds, or use open (burned-in) captions."),
        impact: .critical, wcag: ["1.2.2"], references: ["WZA-17"],
        passing: [
            RuleExample(##"<video src="briefing.mp4" controls><track kind="captions" src="briefing.zh.vtt" srclang="zh" label="中文字幕"></video>"##),
            RuleExample(##"<video src="briefing.mp4" controls><track kind="descriptions" src="d.vtt"><track kind=" Captions " src="c.vtt"></video>"##),
            RuleExample(##"<video src="briefing.mp4" hidden></video>"##),
        ],
        failing: [],
        cantTell: [
            RuleExample(##"<video src="briefing.mp4" controls></video>"##),
            RuleExample(##"<video src="briefing.mp4" controls><track src="subs.vtt" srclang="en"></video>"##),
            RuleExample(##"<video src="briefing.mp4" controls><track kind="captions"></video>"##),
            RuleExample(##"<video autoplay muted loop src="banner.mp4"></video>"##),
        ])
    let selector = ElementSelector.tags(["video"])

    func check(_ video: Element, in page: PageContext) -> Verdict {
        if Visibility.isHidden(video, in: page) { return .inapplicable }
        // A track's kind: missing means subtitles, an unknown value means metadata (HTML); only tracks with a file
        // count. Descendants, not children: libxml2 2.9 does not know <track> is void and nests a second one in the first.
        let kinds = video.descendants.filter { $0.name == "track" && !($0.attribute("src") ?? "").isBlankText }.map { track -> String in
            guard let kind = track.attribute("kind")?.trimmedText.lowercased() else { return "subtitles" }
            return ["subtitles", "captions", "descriptions", "chapters", "metadata"].contains(kind) ? kind : "metadata"
        }
        if kinds.contains("captions") { return .passed() }
        if kinds.contains("subtitles") { return .cantTell(.subtitlesOnly) }
        return .cantTell(.noCaptions)
    }
}

extension Localized {
    fileprivate static let noCaptions = Localized(
        zh: "视频没有字幕轨道（<track kind=\"captions\">）。若视频有语音，需要字幕，除非画面内已有开放字幕，或视频本身是页面文字的媒体替代；请人工确认。",
        en: "The video has no captions track (<track kind=\"captions\">). If it has sound it needs captions, unless they are burned in or the video is a media alternative for text on the page; check by hand.")
    fileprivate static let subtitlesOnly = Localized(
        zh: "视频只有字幕轨道（subtitles），没有 captions：请确认字幕包含说话人和重要声音等听障用户需要的信息。",
        en: "The video has subtitles but no captions track: check that the subtitles also give speakers and important sounds, as captions must.")
}
