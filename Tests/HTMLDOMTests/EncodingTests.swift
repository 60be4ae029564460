import Foundation
import Testing

@testable import HTMLDOM

/// Pages as real Chinese sites ship them: GBK declared or not, UTF-16, lying declarations, broken bytes.
@Suite struct EncodingTests {
    static let chinese = "无障碍环境建设法"

    func gbk(_ text: String) -> [UInt8] { TextDecoder.convert(Array(text.utf8), fromUTF8To: "GB18030") }

    func title(_ document: HTMLDocument) -> String? { document.elements(named: "title").first?.textContent }

    @Test func gbkDeclaredInMeta() throws {
        let bytes = gbk("<html><head><meta charset=\"gbk\"><title>\(Self.chinese)</title></head><body><p>你好</p></body></html>")
        let document = try HTMLDocument(bytes: bytes)
        #expect(title(document) == Self.chinese)
        #expect(document.encoding.encoding == "GB18030")
        #expect(document.encoding.source == .declaration)
        #expect(!document.encoding.mismatch)
    }

    @Test func gb2312DeclaredWithHttpEquiv() throws {
        let bytes = gbk("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>\(Self.chinese)</title></head></html>")
        let document = try HTMLDocument(bytes: bytes)
        #expect(title(document) == Self.chinese)
        #expect(document.encoding.declaredLabel == "gb2312")
    }

    @Test func gbkWithoutDeclarationIsSniffed() throws {
        let document = try HTMLDocument(bytes: gbk("<html><head><title>\(Self.chinese)</title></head><body>关于开展年检工作的通知</body></html>"))
        #expect(title(document) == Self.chinese)
        #expect(document.encoding.encoding == "GB18030")
        #expect(document.encoding.source == .sniffed)
        #expect(document.encoding.invalidSequences == 0)
    }

    @Test func encodingOptionIsUsedOnlyForUndeclaredPages() throws {
        let undeclared = try HTMLDocument(bytes: gbk("<title>\(Self.chinese)</title>"), fallbackEncoding: "gbk")
        #expect(undeclared.encoding.source == .option)
        #expect(title(undeclared) == Self.chinese)
        let declared = try HTMLDocument(bytes: Array("<meta charset=utf-8><title>\(Self.chinese)</title>".utf8), fallbackEncoding: "gbk")
        #expect(declared.encoding.source == .declaration)
        #expect(title(declared) == Self.chinese)
    }

    @Test func declaredGB2312ButUTF8BytesIsAMismatchDecodedAsUTF8() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>\(Self.chinese)</title></head><body><p>政府信息公开工作年度报告</p></body></html>"
        let document = try HTMLDocument(bytes: Array(html.utf8))
        #expect(title(document) == Self.chinese)
        #expect(document.encoding.mismatch)
        #expect(document.encoding.encoding == "UTF-8")
        #expect(document.elements(named: "p").first?.textContent == "政府信息公开工作年度报告")
    }

    @Test func declaredUTF8ButGBKBytesIsAMismatch() throws {
        let document = try HTMLDocument(bytes: gbk("<meta charset=\"utf-8\"><title>\(Self.chinese)</title>"))
        #expect(document.encoding.mismatch)
        #expect(title(document) == Self.chinese)
    }

    @Test(arguments: [("UTF-16LE", true), ("UTF-16BE", true), ("UTF-16LE", false), ("UTF-16BE", false)])
    func utf16WithAndWithoutBOM(_ encoding: String, _ withBOM: Bool) throws {
        var bytes = TextDecoder.convert(Array("<html><head><title>\(Self.chinese)</title></head><body>你好</body></html>".utf8), fromUTF8To: encoding)
        if withBOM { bytes = (encoding == "UTF-16LE" ? [0xFF, 0xFE] : [0xFE, 0xFF]) + bytes }
        let document = try HTMLDocument(bytes: bytes)
        #expect(title(document) == Self.chinese)
        #expect(document.encoding.encoding == encoding)
        #expect(document.encoding.source == (withBOM ? .byteOrderMark : .sniffed))
    }

    @Test func utf8BOM() throws {
        let document = try HTMLDocument(bytes: [0xEF, 0xBB, 0xBF] + Array("<title>\(Self.chinese)</title>".utf8))
        #expect(title(document) == Self.chinese)
        #expect(document.encoding.source == .byteOrderMark)
    }

    @Test func brokenBytesAreReplacedAndCounted() throws {
        var bytes = Array("<meta charset=\"utf-8\"><title>ab".utf8)
        bytes += [0xE4, 0xB8]  // truncated 3-byte sequence
        bytes += Array("cd</title><p>\(Self.chinese)</p>".utf8)
        bytes += [0xFF]
        let document = try HTMLDocument(bytes: bytes)
        #expect(document.encoding.invalidSequences == 2)
        #expect(title(document) == "ab\u{FFFD}cd")
        #expect(document.elements(named: "p").first?.textContent.hasPrefix(Self.chinese) == true)
    }

    @Test func prescanIgnoresCommentsAndReadsUnquotedValues() {
        #expect(MetaPrescan.declaredCharset(in: Array("<!-- <meta charset=gbk> --><meta charset=utf-8>".utf8)) == "utf-8")
        #expect(MetaPrescan.declaredCharset(in: Array("<META HTTP-EQUIV=Content-Type CONTENT='text/html;charset=GBK'>".utf8)) == "gbk")
        #expect(MetaPrescan.declaredCharset(in: Array("<p>no declaration</p>".utf8)) == nil)
    }

    @Test func labelsFollowTheEncodingStandard() {
        #expect(TextDecoder.canonicalEncoding(forLabel: "GB2312") == "GB18030")
        #expect(TextDecoder.canonicalEncoding(forLabel: "x-gbk") == "GB18030")
        #expect(TextDecoder.canonicalEncoding(forLabel: "utf8") == "UTF-8")
        #expect(TextDecoder.canonicalEncoding(forLabel: "iso-8859-1") == "WINDOWS-1252")
        #expect(TextDecoder.canonicalEncoding(forLabel: "klingon") == nil)
    }
}
