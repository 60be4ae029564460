import HTMLDOM

/// Decides page traits from the path and title: which page is the home page, which are elder pages.
public enum PageClassifier {
    /// Names of elder modes (STANDARDS-CN §6.1; the APP spec's 长辈版 and its aliases).
    public static let elderModeNames = [
        "关怀版", "关爱版", "长者版", "长辈版", "适老版", "适老化", "老年版", "老年模式", "长者模式", "关怀模式",
        "大字版", "亲情版", "老年人版",
    ]
    static let elderModeNameList = PatternList(elderModeNames)
    /// Folder names that real sites use for their elder version (e.g. `/ghb/` = 关怀版, `/elder/`).
    public static let elderPathSegments: Set<String> = ["elder", "elderly", "ghb", "care", "laonian", "zhangzhe", "guanhuai", "shilao"]
    static let homePageNames: Set<String> = ["index.html", "index.htm", "index.shtml", "index.xhtml", "default.html", "default.htm"]

    /// `relativePath` uses `/`; `isRootInput` is true when the path is relative to an audited folder.
    public static func traits(relativePath: String, title: String?, isRootInput: Bool) -> PageTraits {
        let segments = relativePath.lowercased().split(separator: "/").map(String.init)
        let isHome = isRootInput && segments.count == 1 && homePageNames.contains(segments[0])
        let inElderFolder = segments.dropLast().contains { elderPathSegments.contains($0) }
        let titled = title.map(elderModeNameList.matches) ?? false
        return PageTraits(isHomePage: isHome, isElderPage: inElderFolder || titled)
    }
}
