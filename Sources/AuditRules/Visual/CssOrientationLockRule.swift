import AuditCore
import HTMLDOM
import StyleEngine

/// The page is not locked to one orientation by rotating it 90° in an orientation media query.
struct CssOrientationLockRule: Rule {
    /// A phone held upright and on its side.
    static let portrait = Viewport(width: 375, height: 667)
    static let landscape = Viewport(width: 667, height: 375)

    let description = RuleDescription(
        id: "css-orientation-lock",
        title: Localized(zh: "不用 CSS 旋转锁定屏幕方向", en: "Orientation is not locked with CSS transforms"),
        rationale: Localized(
            zh: "把手机固定在支架或轮椅上的用户无法旋转设备；页面在某一方向下被旋转 90 度，他们就只能侧着看。",
            en: "People whose phone is mounted on a stand or wheelchair cannot turn it; a page rotated by 90° in one orientation leaves them reading sideways."),
        fix: Localized(zh: "删除 orientation 媒体查询中的 90 度旋转，让页面在横屏和竖屏下都正常排版。",
                       en: "Remove the 90° rotation from orientation media queries and let the page lay out in both orientations."),
        impact: .serious, wcag: ["1.3.4"], act: ["b33eff"], references: ["W23"],
        passing: [
            RuleExample(##"<html><head><style>@media (orientation: portrait) { html { transform: rotateZ(1turn); } }</style></head><body><main>内容</main></body></html>"##),
            RuleExample(##"<html><head><style>body { transform: rotate(90deg); }</style></head><body>内容</body></html>"##),
        ],
        failing: [
            RuleExample(##"<html><head><style>@media (orientation: landscape) { body { transform: rotate(90deg); } }</style></head>↓<body>内容</body></html>"##),
            RuleExample(##"↓<html><head><style>@media (orientation: portrait) { html { rotate: 90deg; } }</style></head><body>内容</body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        // Only pages whose media queries tell the two orientations apart can lock one; skip the rest cheaply.
        guard page.styles.mediaDiffers(Self.portrait, Self.landscape) else { return [] }
        let upright = page.styles(for: Self.portrait), sideways = page.styles(for: Self.landscape)
        var verdicts: [ElementVerdict] = []
        let candidates = [page.document.documentElement, page.document.body].compactMap { $0 }
            + (page.document.body?.children ?? [])
        for element in candidates {
            let a = upright.computed(for: element).transform.rotation ?? 0
            let b = sideways.computed(for: element).transform.rotation ?? 0
            let difference = abs((a - b).truncatingRemainder(dividingBy: 360))
            guard difference > 0.5 && difference < 359.5 else { continue }
            let quarterTurn = abs(difference.truncatingRemainder(dividingBy: 180) - 90) < 2
            verdicts.append(ElementVerdict(element, quarterTurn ? .failed(.locked(a, b)) : .passed()))
        }
        return verdicts
    }
}

extension Localized {
    fileprivate static func locked(_ portrait: Double, _ landscape: Double) -> Localized {
        let p = portrait.roundedForMessage(), l = landscape.roundedForMessage()
        return Localized(zh: "竖屏时旋转 \(p)°，横屏时旋转 \(l)°：页面在一个方向上被转了 90 度。",
                         en: "Rotated \(p)° in portrait and \(l)° in landscape: the page is turned by 90° in one orientation.")
    }
}
