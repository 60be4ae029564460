import AuditCore
import HTMLDOM

/// Signals seen on real Chinese government pages (STANDARDS-CN.md §6): elder-mode entries, toolbars,
/// CAPTCHAs, ad hosts and floating windows. Kept as data in one place so they are easy to review and extend.
enum GovSitePatterns {
    /// Names of elder modes (§6.1), shared with page classification.
    static let elderModeNames = PatternList(PageClassifier.elderModeNames)
    /// Script calls that switch a page into elder mode (govwza `aria.oldFixedStart()`, Shanghai `doElder(`).
    static let elderModeScriptCalls = PatternList(["oldfixedstart(", "doelder(", "elder_mode", "toelder("])

    /// Accessibility toolbars (§6.2): a signature in a script URL or an attribute, and the vendor's name.
    static let toolbarSignatures: [(signature: String, vendor: String)] = [
        ("govwza.cn/dist/aria.js", "中国政务信息无障碍服务体系 aria.js"),
        ("govwza.cn/dist/audiovisual.js", "aria.js 视听朗读组件"),
        ("/aria.js?appid=", "aria.js（自托管）"),
        ("wza/aria.js", "aria.js（自托管）"),
        ("api.govwza.cn/cniil/assist.js", "cniil assist.js"),
        ("cniil/assist.js", "cniil assist.js（自托管）"),
        ("jhelper.shanghai.gov.cn", "上海 jhelper 无障碍工具条"),
        ("cnwza.cn", "cnwza 无障碍工具条"),
        ("esdtoolbar", "EsdToolbar 无障碍工具条"),
    ]
    static let toolbarSignatureList = PatternList(toolbarSignatures.map(\.signature))
    /// onclick hooks that open a toolbar.
    static let toolbarScriptCalls = PatternList(["aria.start()", "toggletoolbar(", "esdtoolbarinit"])

    /// Hosts that serve advertising (§7 SLH-02); matched against script, iframe, img and embed URLs.
    static let adHosts = PatternList([
        "pos.baidu.com", "cpro.baidu.com", "cpro.baidustatic.com", "dup.baidustatic.com", "union.baidu.com",
        "googlesyndication.com", "doubleclick.net", "googleadservices.com", "adservice.google.", "g.doubleclick",
        "tanx.com", "alimama.com", "alimama.cn", "mediav.com", "adsame.com", "admaster.com.cn", "miaozhen.com",
        "allyes.com", "ad.qq.com", "gdt.qq.com", "adkwai.com", "pangolin-sdk", "pangle.",
    ])
    /// Class or id tokens used for ad containers (exact tokens only: "ad" alone would match too much).
    static let adContainerTokens: Set<String> = [
        "adsbygoogle", "advert", "advertisement", "guanggao", "ad-banner", "ad_banner", "adbox", "ad-box", "ad_box",
        "ad-container", "ad_container", "ggw", "guanggaowei",
    ]

    /// Floating windows (飘窗, 对联) (§6.4): script file names and container class/id fragments.
    static let floatingScriptNames = PatternList(["piaochuang", "piao_chuang", "floatad", "float_ad", "adfloat", "duilian", "couplet", "piaofu"])
    static let floatingContainerFragments = PatternList(["piaochuang", "piao_chuang", "float_ad", "floatad", "adfloat", "duilian", "piaofu", "floatwin", "float-window", "float_window"])

    /// Induced download / payment wording (§7 SLH-04, MIIT W03).
    static let inducedPhrases = PatternList([
        "下载app", "立即下载", "扫码下载", "下载客户端", "马上下载", "极速下载", "高速下载", "领取红包", "领红包", "抢红包",
        "立即支付", "立即充值", "马上领取", "免费领取", "点击领取", "立即领取", "打开app", "去app",
    ])

    /// Image CAPTCHA fragments in src, id, class, name or alt (§6.3).
    static let captchaFragments = PatternList([
        "captcha", "kaptcha", "verifycode", "verify_code", "validatecode", "validcode", "checkcode", "authcode",
        "randcode", "imgcode", "vcode", "yzm", "验证码", "securitycode", "randomcode",
    ])
    /// Scripts of behaviour (slider) CAPTCHAs; their alternatives cannot be judged statically.
    static let captchaScripts = PatternList([
        "captcha.qq.com", "tcaptcha.js", "captcha.gtimg.com", "dun.163.com", "dun.163yun.com", "geetest", "gt.js",
        "initgeetest", "awsc", "/nc.js", "aliyuncs.com/captcha", "vaptcha",
    ])
    /// Non-visual alternatives near a CAPTCHA: voice, audio or SMS codes. "看不清，换一张" is not one.
    static let captchaAlternatives = PatternList(["语音验证码", "语音验证", "语音播报", "听验证码", "播放验证码", "短信验证码", "audio captcha", "voice code", "语音"])

    /// Ids and classes of the page chrome around the content on gov templates (which seldom use
    /// <header>/<footer>/<nav>): 页头, 导航, 页脚, 版权.
    static let pageChromeFragments = PatternList(["footer", "foot_", "_foot", "bottom", "copyright", "banquan", "header", "nav", "menu", "top_bar", "topbar"])

    /// True inside the header, navigation, footer or sidebar rather than the content: by element, role,
    /// or an id/class naming it.
    static func isInPageChrome(_ element: Element) -> Bool {
        for candidate in [element] + element.ancestors {
            if ["header", "footer", "nav", "aside"].contains(candidate.name) { return true }
            if let role = candidate.explicitRole, ["banner", "contentinfo", "navigation", "complementary"].contains(role) { return true }
            let names = ((candidate.attribute("id") ?? "") + " " + (candidate.attribute("class") ?? "")).lowercased()
            if names.count > 1, pageChromeFragments.matches(names) { return true }
        }
        return false
    }

    static func matchesAny(_ text: String, _ patterns: PatternList) -> String? {
        patterns.firstMatch(in: text)
    }
}
