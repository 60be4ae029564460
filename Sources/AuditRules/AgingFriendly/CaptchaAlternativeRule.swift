import AuditCore
import HTMLDOM

/// Image CAPTCHAs offer a non-visual alternative (voice or SMS code) besides the picture.
struct CaptchaAlternativeRule: Rule {
    let description = RuleDescription(
        id: "captcha-alternative",
        title: Localized(zh: "图形验证码提供非视觉替代方式", en: "Image CAPTCHAs have a non-visual alternative"),
        rationale: Localized(
            zh: "工信部适老化规范要求图形验证码同时提供放大和至少一种非视觉方式（如语音验证码）；只有图片时，视障用户和许多老年人无法完成办事。",
            en: "The MIIT spec requires image CAPTCHAs to offer magnification and at least one non-visual way (e.g. a voice code); with only a picture, blind and many older users cannot finish the service."),
        fix: Localized(zh: "在验证码旁提供“语音验证码”或短信验证码选项；“看不清，换一张”不算替代方式。",
                       en: "Offer a voice or SMS code beside the CAPTCHA; “can't read it, show another” is not an alternative."),
        impact: .critical, wcag: ["1.1.1"], references: ["SLH-13", "W14", "W13", "APP 1.5"],
        passing: [
            RuleExample(##"<form><img src="/captcha.jpg" alt="验证码"><input name="yzm"><a href="#" onclick="playVoice()">语音验证码</a></form>"##),
            RuleExample(##"<form><img src="photo.jpg" alt="办事大厅"></form>"##),
        ],
        failing: [
            RuleExample(##"<form>↓<img src="/servlet/ValidateCodeImage" id="yzmImg" alt="验证码"><input name="yzm"><a href="#">看不清，换一张</a></form>"##),
        ],
        cantTell: [
            RuleExample(##"<html><head><script src="https://ssl.captcha.qq.com/TCaptcha.js"></script></head><body><button id="login">登录</button></body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        var verdicts: [ElementVerdict] = []
        for image in page.elements(named: "img") + page.elements(named: "canvas") {
            let signals = ["src", "id", "class", "name", "alt"].compactMap { image.attribute($0) }.joined(separator: " ")
            guard GovSitePatterns.matchesAny(signals, GovSitePatterns.captchaFragments) != nil else { continue }
            let scope = image.closest(["form"]) ?? image.parent?.parent ?? image
            let nearby = scope.descendants.map { element in
                [AccessibleName.of(element, in: page), element.attribute("title") ?? "", element.attribute("onclick") ?? ""].joined(separator: " ")
            }.joined(separator: " ") + " " + scope.visibleText
            let hasAudio = scope.descendants.contains { $0.name == "audio" }
            if hasAudio || GovSitePatterns.matchesAny(nearby, GovSitePatterns.captchaAlternatives) != nil {
                verdicts.append(ElementVerdict(image, .passed()))
            } else {
                verdicts.append(ElementVerdict(image, .failed(.noAlternative)))
            }
        }
        for script in page.elements(named: "script") {
            let source = script.attribute("src") ?? ""
            if let sdk = GovSitePatterns.matchesAny(source, GovSitePatterns.captchaScripts) {
                verdicts.append(ElementVerdict(script, .cantTell(.behaviourCaptcha(sdk))))
            }
        }
        return verdicts
    }
}

extension Localized {
    fileprivate static let noAlternative = Localized(
        zh: "图形验证码附近没有语音、短信等非视觉替代方式。", en: "No voice, SMS or other non-visual alternative near the image CAPTCHA.")
    fileprivate static func behaviourCaptcha(_ sdk: String) -> Localized {
        Localized(zh: "页面加载了行为验证码脚本（\(sdk)），其替代方式需在浏览器中人工核验。",
                  en: "The page loads a behaviour CAPTCHA script (\(sdk)); its alternative must be checked by hand in a browser.")
    }
}
