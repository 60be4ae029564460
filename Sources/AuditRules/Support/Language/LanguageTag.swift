// BCP 47 (RFC 5646) language tags, checked against the IANA Language Subtag Registry
// (data: LanguageSubtags+Generated.swift, from Scripts/generate-language-subtags.py).
//
// Two readings live here:
// - `LanguageTag.parse` is the strict RFC 5646 grammar (langtag / privateuse / grandfathered).
// - `LanguageTagValidator.validate` follows the ACT rules' "known primary language tag"
//   (bf051a, de46e4, ucwvc8, off6ek): a lenient syntax where only the primary subtag must be a
//   registered `Type: language` subtag. The remaining, stricter findings (`unknownSubtag`,
//   `deprecated`) are advisory: `LanguageTagValidity.hasKnownPrimaryLanguage` stays true for them.

/// A BCP 47 language tag checked against the IANA registry.
public struct LanguageTag: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `language[-extlang][-script][-region][-variant]*[-extension]*[-x-…]`
        case langtag
        /// `x-…`: private use only.
        case privateUse
        /// A whole tag registered as `Type: grandfathered` (`i-klingon`, `en-GB-oed`, `zh-min-nan`, …).
        case grandfathered
    }

    /// As given, trimmed of ASCII whitespace.
    public let text: String
    /// The first subtag, lower-cased. For private-use and irregular grandfathered tags this is
    /// not a language subtag (`x`, `i`).
    public let primaryLanguage: String
    /// Lower-cased. The first extlang only; more are well-formed but never valid.
    public let extlang: String?
    /// Title case, e.g. `Hans`.
    public let script: String?
    /// Upper case, e.g. `CN` or `419`.
    public let region: String?
    /// Lower-cased, in order.
    public let variants: [String]
    /// Lower-cased, one entry per singleton with its subtags, e.g. `u-ca-gregory`.
    public let extensions: [String]
    /// Lower-cased subtags after `x`, e.g. `["private"]` for `x-private` or `en-x-private`.
    public let privateUse: [String]
    public let kind: Kind
    /// Second and third extlangs: well-formed, never valid (RFC 5646 section 2.2.2).
    let additionalExtlangs: [String]

    /// Nil when `raw` is not well-formed per RFC 5646 (case-insensitive, surrounding ASCII
    /// whitespace ignored).
    public static func parse(_ raw: String) -> LanguageTag? {
        let text = LanguageTagSyntax.trimmed(raw)
        guard !text.isEmpty else { return nil }
        guard case .success(let tag) = LanguageTagSyntax.scan(text) else { return nil }
        return tag
    }

    init(
        text: String, primaryLanguage: String, extlang: String? = nil, script: String? = nil,
        region: String? = nil, variants: [String] = [], extensions: [String] = [],
        privateUse: [String] = [], kind: Kind, additionalExtlangs: [String] = []
    ) {
        self.text = text
        self.primaryLanguage = primaryLanguage
        self.extlang = extlang
        self.script = script
        self.region = region
        self.variants = variants
        self.extensions = extensions
        self.privateUse = privateUse
        self.kind = kind
        self.additionalExtlangs = additionalExtlangs
    }
}

public enum LanguageTagValidity: Sendable, Equatable {
    case valid
    /// Blank or ASCII whitespace only.
    case empty
    /// Not even a sequence of hyphen-separated alphanumeric subtags (`zh_CN`, `#1`, `en US`).
    case malformed
    /// The first subtag is not a registered `Type: language` subtag (`xyz`, `eng`, `dutch`,
    /// `x` of `x-private`, `i` of `i-klingon`). Lower-cased.
    case unknownPrimaryLanguage(String)
    /// The primary language is known, but a later subtag is not registered for its position
    /// (extlang, script, region, variant), or breaks the RFC 5646 grammar (`GB` in `en-US-GB`,
    /// the empty subtag of `en-`), or repeats a variant. The offending subtag as written.
    case unknownSubtag(String)
    /// Registered but Deprecated: the primary language (`iw`), or, with a known primary
    /// language, a later subtag (`DD` in `de-DD`) or a whole grandfathered tag (`en-GB-oed`).
    case deprecated(String)

    /// ACT's "known primary language tag": the first subtag is a registered `Type: language`
    /// subtag, whatever follows. True for `.valid`, `.unknownSubtag` and `.deprecated`.
    public var hasKnownPrimaryLanguage: Bool {
        switch self {
        case .valid, .unknownSubtag, .deprecated: return true
        case .empty, .malformed, .unknownPrimaryLanguage: return false
        }
    }
}

public enum LanguageTagValidator {
    /// Checks `raw` (a `lang` attribute value) against the registry; the first problem found,
    /// in the order of the cases of `LanguageTagValidity`.
    public static func validate(_ raw: String) -> LanguageTagValidity {
        let text = LanguageTagSyntax.trimmed(raw)
        if text.isEmpty { return .empty }
        guard let primary = LanguageTagSyntax.lenientPrimarySubtag(text) else { return .malformed }
        let registry = LanguageSubtagRegistry.self
        guard registry.isLanguage(primary) else { return .unknownPrimaryLanguage(primary) }
        if registry.isDeprecatedLanguage(primary) { return .deprecated(primary) }

        let tag: LanguageTag
        switch LanguageTagSyntax.scan(text) {
        case .failure(let offending): return .unknownSubtag(offending)
        case .success(let parsed): tag = parsed
        }
        switch tag.kind {
        case .grandfathered:
            return registry.isDeprecatedGrandfathered(tag.text) ? .deprecated(tag.text) : .valid
        case .privateUse:
            return .unknownPrimaryLanguage(primary)  // unreachable: "x" is no language
        case .langtag:
            break
        }
        var deprecatedSubtag: String?
        if let extra = tag.additionalExtlangs.first {
            return .unknownSubtag(LanguageTagSyntax.asWritten(extra, in: text))
        }
        if let extlang = tag.extlang {
            guard registry.extlangPrefix(extlang) == primary else {
                return .unknownSubtag(LanguageTagSyntax.asWritten(extlang, in: text))
            }
            if registry.isDeprecated(extlang, .extlang) { deprecatedSubtag = extlang }
        }
        if let script = tag.script {
            guard registry.isScript(script) else { return .unknownSubtag(script) }
            if deprecatedSubtag == nil, registry.isDeprecated(script, .script) { deprecatedSubtag = script }
        }
        if let region = tag.region {
            guard registry.isRegion(region) else { return .unknownSubtag(region) }
            if deprecatedSubtag == nil, registry.isDeprecated(region, .region) { deprecatedSubtag = region }
        }
        var seen = Set<String>()
        for variant in tag.variants {
            guard registry.isVariant(variant), seen.insert(variant).inserted else {
                return .unknownSubtag(LanguageTagSyntax.asWritten(variant, in: text))
            }
            if deprecatedSubtag == nil, registry.isDeprecated(variant, .variant) { deprecatedSubtag = variant }
        }
        if let deprecatedSubtag { return .deprecated(LanguageTagSyntax.asWritten(deprecatedSubtag, in: text)) }
        return .valid
    }

    /// ACT "known primary language tag": the lower-cased primary language subtag of `raw` when
    /// it is a registered `Type: language` subtag, else nil. Ignores everything after it.
    public static func knownPrimaryLanguage(_ raw: String) -> String? {
        let text = LanguageTagSyntax.trimmed(raw)
        guard let primary = LanguageTagSyntax.lenientPrimarySubtag(text),
            LanguageSubtagRegistry.isLanguage(primary)
        else { return nil }
        return primary
    }
}

// MARK: - Registry lookups

/// The IANA Language Subtag Registry, parsed on first use from `LanguageSubtagData`.
/// All lookups are case-insensitive.
public enum LanguageSubtagRegistry {
    public enum SubtagType: Sendable, CaseIterable {
        case language, extlang, script, region, variant, grandfathered, redundant
    }

    /// The registry's File-Date.
    public static var fileDate: String { LanguageSubtagData.fileDate }

    public static func contains(_ subtag: String, _ type: SubtagType) -> Bool {
        table(type).contains(subtag.lowercased())
    }
    public static func isDeprecated(_ subtag: String, _ type: SubtagType) -> Bool {
        table(type).deprecated.contains(subtag.lowercased())
    }
    /// The registry's Preferred-Value of a deprecated language, script, region or grandfathered
    /// tag (`iw` → `he`), lower-cased.
    public static func preferredValue(_ subtag: String, _ type: SubtagType) -> String? {
        table(type).preferred[subtag.lowercased()]
    }
    /// Number of entries of a type, ranges counted once (`qaa..qtz` is one language entry).
    public static func count(_ type: SubtagType) -> Int {
        let table = table(type)
        return table.all.count + table.ranges.count
    }

    public static func isLanguage(_ subtag: String) -> Bool { contains(subtag, .language) }
    public static func isDeprecatedLanguage(_ subtag: String) -> Bool { isDeprecated(subtag, .language) }
    public static func isScript(_ subtag: String) -> Bool { contains(subtag, .script) }
    public static func isRegion(_ subtag: String) -> Bool { contains(subtag, .region) }
    public static func isVariant(_ subtag: String) -> Bool { contains(subtag, .variant) }
    public static func isGrandfathered(_ tag: String) -> Bool { contains(tag, .grandfathered) }
    public static func isDeprecatedGrandfathered(_ tag: String) -> Bool { isDeprecated(tag, .grandfathered) }
    public static func isRedundant(_ tag: String) -> Bool { contains(tag, .redundant) }
    /// The single Prefix (a language subtag) of a registered extlang, lower-cased.
    public static func extlangPrefix(_ subtag: String) -> String? { extlangs.prefix[subtag.lowercased()] }
    /// The registry's Suppress-Script of a language subtag: the script it is usually written in, title case
    /// (`en` → `Latn`, `ja` → `Jpan`); nil for languages written in several scripts (`zh`, `sr`, `uz`).
    public static func suppressScript(_ language: String) -> String? {
        suppressScripts.prefix[language.lowercased()].map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }

    struct Table: Sendable {
        var all = Set<String>()
        var deprecated = Set<String>()
        var preferred: [String: String] = [:]
        var prefix: [String: String] = [:]
        var ranges: [ClosedRange<String>] = []

        /// Parses `~subtag>preferred` / `subtag:prefix` words; `a..b` words go to `ranges`.
        init(_ data: String, ranges rangeData: String = "") {
            for word in data.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                var entry = Substring(word)
                let isDeprecated = entry.hasPrefix("~")
                if isDeprecated { entry = entry.dropFirst() }
                var extra: (Character, Substring)?
                if let mark = entry.firstIndex(where: { $0 == ">" || $0 == ":" }) {
                    extra = (entry[mark], entry[entry.index(after: mark)...])
                    entry = entry[..<mark]
                }
                let key = String(entry)
                all.insert(key)
                if isDeprecated { deprecated.insert(key) }
                if let extra {
                    if extra.0 == ">" { preferred[key] = String(extra.1) } else { prefix[key] = String(extra.1) }
                }
            }
            for word in rangeData.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let bounds = word.split(separator: ".", omittingEmptySubsequences: true)
                if bounds.count == 2 { ranges.append(String(bounds[0])...String(bounds[1])) }
            }
        }

        func contains(_ key: String) -> Bool {
            if all.contains(key) { return true }
            // Range bounds have equal lengths (`qaa..qtz`), so compare only same-length keys.
            return ranges.contains { $0.lowerBound.utf8.count == key.utf8.count && $0.contains(key) }
        }
    }

    static let languages = Table(LanguageSubtagData.language, ranges: LanguageSubtagData.languageRanges)
    static let extlangs = Table(LanguageSubtagData.extlang)
    static let scripts = Table(LanguageSubtagData.script, ranges: LanguageSubtagData.scriptRanges)
    static let regions = Table(LanguageSubtagData.region, ranges: LanguageSubtagData.regionRanges)
    static let variantTable = Table(LanguageSubtagData.variant)
    static let grandfatheredTags = Table(LanguageSubtagData.grandfathered)
    static let redundantTags = Table(LanguageSubtagData.redundant)
    static let suppressScripts = Table(LanguageSubtagData.suppressScript)

    static func table(_ type: SubtagType) -> Table {
        switch type {
        case .language: return languages
        case .extlang: return extlangs
        case .script: return scripts
        case .region: return regions
        case .variant: return variantTable
        case .grandfathered: return grandfatheredTags
        case .redundant: return redundantTags
        }
    }
}

// MARK: - Syntax

enum LanguageTagSyntax {
    enum ScanResult {
        case success(LanguageTag)
        /// The first subtag (as written) at which the RFC 5646 grammar fails.
        case failure(String)
    }

    /// Strips ASCII whitespace (HTML's definition: tab, LF, FF, CR, space) from both ends.
    static func trimmed(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" || $0 == "\r"
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    static func isAlphanumeric(_ s: Substring) -> Bool {
        s.utf8.allSatisfy { isDigit($0) || isAlpha($0) }
    }
    static func isAlpha(_ s: Substring) -> Bool { !s.isEmpty && s.utf8.allSatisfy(isAlpha) }
    static func isDigits(_ s: Substring) -> Bool { !s.isEmpty && s.utf8.allSatisfy(isDigit) }
    static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// ACT's lenient reading of a language tag: hyphen-separated subtags of ASCII letters and
    /// digits (`de-hello`, `en-US-GB` and `en-` qualify). Returns the primary subtag,
    /// lower-cased, or nil when the text is no such sequence.
    static func lenientPrimarySubtag(_ text: String) -> String? {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, !primary.isEmpty, subtags.allSatisfy(isAlphanumeric) else {
            return nil
        }
        return primary.lowercased()
    }

    /// `subtag` (lower-cased) in the casing it has in `text`.
    static func asWritten(_ subtag: String, in text: String) -> String {
        text.split(separator: "-").first { $0.lowercased() == subtag.lowercased() }.map(String.init) ?? subtag
    }

    /// RFC 5646 section 2.1 ABNF.
    static func scan(_ text: String) -> ScanResult {
        let written = text.split(separator: "-", omittingEmptySubsequences: false)
        for subtag in written where subtag.isEmpty || subtag.utf8.count > 8 || !isAlphanumeric(subtag) {
            return .failure(String(subtag))
        }
        let lower = text.lowercased()
        if LanguageSubtagRegistry.isGrandfathered(lower) {
            return .success(LanguageTag(text: text, primaryLanguage: String(lower.prefix { $0 != "-" }),
                                        kind: .grandfathered))
        }
        let s = written.map { $0.lowercased()[...] }
        let n = s.count
        var i = 0

        func privateUse() -> [String]? {  // at s[i] == "x"
            guard i + 1 < n else { return nil }
            let rest = s[(i + 1)...].map(String.init)
            i = n
            return rest
        }

        if s[0] == "x" {
            guard let rest = privateUse() else { return .failure(String(written[0])) }
            return .success(LanguageTag(text: text, primaryLanguage: "x", privateUse: rest, kind: .privateUse))
        }

        // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA ; extlang = 3ALPHA *2("-" 3ALPHA)
        guard isAlpha(s[0]), s[0].count >= 2 else { return .failure(String(written[0])) }
        let language = String(s[0])
        i = 1
        var extlangs: [String] = []
        if language.count <= 3 {
            while i < n, extlangs.count < 3, s[i].count == 3, isAlpha(s[i]) {
                extlangs.append(String(s[i])); i += 1
            }
        }
        var script: String?
        if i < n, s[i].count == 4, isAlpha(s[i]) {
            script = s[i].prefix(1).uppercased() + s[i].dropFirst(); i += 1
        }
        var region: String?
        if i < n, (s[i].count == 2 && isAlpha(s[i])) || (s[i].count == 3 && isDigits(s[i])) {
            region = s[i].uppercased(); i += 1
        }
        // variant = 5*8alphanum / (DIGIT 3alphanum)
        var variants: [String] = []
        while i < n, s[i].count >= 5 || (s[i].count == 4 && isDigit(s[i].utf8.first!)) {
            variants.append(String(s[i])); i += 1
        }
        // extension = singleton 1*("-" (2*8alphanum)) ; singleton = alphanum except x
        var extensions: [String] = []
        while i < n, s[i].count == 1, s[i] != "x" {
            var parts = [String(s[i])]
            i += 1
            while i < n, s[i].count >= 2 { parts.append(String(s[i])); i += 1 }
            guard parts.count > 1 else { return .failure(String(written[i - 1])) }
            extensions.append(parts.joined(separator: "-"))
        }
        var privateSubtags: [String] = []
        if i < n, s[i] == "x" {
            guard let rest = privateUse() else { return .failure(String(written[i])) }
            privateSubtags = rest
        }
        if i < n { return .failure(String(written[i])) }
        return .success(LanguageTag(
            text: text, primaryLanguage: language, extlang: extlangs.first, script: script, region: region,
            variants: variants, extensions: extensions, privateUse: privateSubtags, kind: .langtag,
            additionalExtlangs: Array(extlangs.dropFirst())))
    }
}
