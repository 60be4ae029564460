import AuditCore
import HTMLDOM

/// The page declares its character encoding, and the declaration matches the bytes.
struct DocumentCharsetRule: Rule {
    let description = RuleDescription(
        id: "document-charset",
        title: Localized(zh: "声明字符编码且与内容一致", en: "Character encoding declared and consistent"),
        rationale: Localized(
            zh: "未声明或声明错误的编码（如声明 gb2312 实为 UTF-8）会让浏览器和读屏软件显示、朗读乱码。",
            en: "A missing or wrong encoding declaration (gb2312 declared, UTF-8 bytes) makes browsers and screen readers show and speak garbage."),
        fix: Localized(zh: "把页面存为 UTF-8，并在 <head> 最前面写 <meta charset=\"utf-8\">；旧页面至少声明真实编码。",
                       en: "Save pages as UTF-8 and put <meta charset=\"utf-8\"> first in <head>; legacy pages must at least declare their real encoding."),
        impact: .moderate, wcag: ["4.1.1"], references: ["WZA-06", "W23"],
        passing: [
            RuleExample(##"<html><head><meta charset="utf-8"><title>首页</title></head><body>你好</body></html>"##),
            RuleExample(##"<html><head><title>Home</title></head><body>ASCII only</body></html>"##),
        ],
        failing: [
            RuleExample(##"↓<html><head><title>首页</title></head><body>你好</body></html>"##),
        ])
    let selector = ElementSelector.page

    func checkPage(_ page: PageContext) -> [ElementVerdict] {
        guard let html = page.document.documentElement else { return [] }
        let encoding = page.document.encoding
        let declaration = page.elements(named: "meta").first {
            $0.hasAttribute("charset") || $0.attribute("http-equiv")?.trimmedText.lowercased() == "content-type"
        }
        let anchor = declaration ?? html
        if encoding.mismatch {
            return [ElementVerdict(anchor, .failed(.mismatch(encoding.declaredLabel ?? "?", encoding.encoding)))]
        }
        if encoding.invalidSequences > 0 {
            return [ElementVerdict(anchor, .failed(.invalidBytes(encoding.invalidSequences, encoding.encoding)))]
        }
        switch encoding.source {
        case .byteOrderMark, .declaration, .bytesOverDeclaration:
            return [ElementVerdict(anchor, encoding.encoding == "UTF-8" ? .passed() : .passed(.legacy(encoding.encoding)))]
        case .option, .sniffed:
            if !encoding.hasNonASCII { return [ElementVerdict(html, .passed())] }
            return [ElementVerdict(html, .failed(.undeclared(encoding.encoding)))]
        }
    }
}

extension Localized {
    fileprivate static func mismatch(_ declared: String, _ actual: String) -> Localized {
        Localized(zh: "页面声明编码为 \(declared)，但实际字节是 \(actual)；wza 按 \(actual) 解码。",
                  en: "The page declares \(declared) but its bytes are \(actual); wza decoded it as \(actual).")
    }
    fileprivate static func invalidBytes(_ count: Int, _ encoding: String) -> Localized {
        Localized(zh: "有 \(count) 处字节序列不是合法的 \(encoding)，会显示为乱码。",
                  en: "\(count) byte sequences are not valid \(encoding) and will show as garbage.")
    }
    fileprivate static func undeclared(_ encoding: String) -> Localized {
        Localized(zh: "页面含中文等非 ASCII 文字却未声明编码（wza 判断为 \(encoding)）。",
                  en: "The page has non-ASCII text but declares no encoding (wza detected \(encoding)).")
    }
    fileprivate static func legacy(_ encoding: String) -> Localized {
        Localized(zh: "页面使用旧编码 \(encoding)，声明与内容一致；建议迁移到 UTF-8。",
                  en: "The page uses the legacy encoding \(encoding), consistently declared; UTF-8 is recommended.")
    }
}
