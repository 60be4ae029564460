import HTMLDOM

enum HTMLDOMEncoding {
    static let utf8 = EncodingReport(
        encoding: "UTF-8", source: .declaration, declaredLabel: "utf-8", declaredEncoding: "UTF-8",
        mismatch: false, invalidSequences: 0, hasNonASCII: false)
}
