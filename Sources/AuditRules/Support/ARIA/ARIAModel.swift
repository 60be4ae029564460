import HTMLDOM

/// Which specification defines a role.
public enum ARIASpecification: String, Sendable, Hashable {
    case aria = "wai-aria-1.2"
    case dpub = "dpub-aria-1.1"
    case graphics = "graphics-aria-1.0"
}

/// One WAI-ARIA role (or a DPUB-ARIA / Graphics ARIA role), with its inherited data already resolved.
public struct ARIARole: Sendable, Hashable {
    /// Where the role's accessible name may come from.
    public enum NameFrom: String, Sendable, Hashable {
        case contents, author, prohibited
    }

    public let name: String
    public let specification: ARIASpecification
    /// Abstract roles (`widget`, `landmark`, …) must not be used by authors; `role` tokens naming them are ignored.
    public let isAbstract: Bool
    /// Deprecated in its specification (`directory` in ARIA 1.2; `doc-biblioentry`, `doc-endnote` in DPUB-ARIA 1.1).
    public let isDeprecated: Bool
    /// Direct superclass roles, as the spec lists them.
    public let superclasses: [String]
    /// Every superclass up to `roletype` (transitive; excludes the role itself).
    public let ancestorRoles: Set<String>
    /// States and properties the author must set (ARIA 1.2 "Required States and Properties").
    public let requiredAttributes: [String]
    /// Required only when the element is focusable: `separator` → `aria-valuenow`.
    public let requiredAttributesWhenFocusable: [String]
    /// Everything the role supports: required, own, inherited from superclasses and global, minus `prohibitedAttributes`.
    public let supportedAttributes: Set<String>
    /// Attributes authors must not use on this role (e.g. `aria-label` on `generic`, `paragraph`, `none`).
    public let prohibitedAttributes: Set<String>
    /// Supported but deprecated here: `aria-grabbed`/`aria-dropeffect` everywhere, and the ARIA 1.2 deprecated
    /// global uses (`aria-disabled`, `aria-errormessage`, `aria-haspopup`, `aria-invalid`) on roles that do not
    /// list them as their own (or inherit them from a superclass that does).
    public let deprecatedAttributes: Set<String>
    /// Roles one of which must be the (accessibility-tree) parent: `listitem` → `list`/`directory`.
    public let requiredContext: [String]
    /// Required owned elements as paths: `["row"]`, `["rowgroup", "row"]` (a row owned through a rowgroup).
    public let requiredOwned: [[String]]
    public let nameFrom: [NameFrom]
    /// Descendants are presentational (`button`, `img`, `checkbox`, `tab`, …).
    public let childrenPresentational: Bool

    public var supportsNameFromContents: Bool { nameFrom.contains(.contents) }
    public var prohibitsName: Bool { nameFrom.contains(.prohibited) }

    /// True when `role` is this role or one of its superclasses (`isKind(of: "landmark")`, `isKind(of: "widget")`).
    public func isKind(of role: String) -> Bool { role == name || ancestorRoles.contains(role) }

    /// The attribute is supported here and not prohibited. Unknown attributes are not allowed.
    public func allows(_ attribute: String) -> Bool { supportedAttributes.contains(attribute) }
}

/// The value type of an ARIA state or property (ARIA 1.2 §6.2 "Characteristics of States and Properties" → Value).
public enum ARIAValueType: String, Sendable, Hashable, CaseIterable {
    case trueFalse = "true/false"
    case tristate
    case trueFalseUndefined = "true/false/undefined"
    case idReference = "ID reference"
    case idReferenceList = "ID reference list"
    case integer
    case number
    case string
    case token
    case tokenList = "token list"
}

/// One `aria-*` state or property.
public struct ARIAAttribute: Sendable, Hashable {
    public let name: String
    public let valueType: ARIAValueType
    /// The values a `token`/`token list` may take, and the literal values of the boolean-like types
    /// (`true false` / `true false mixed undefined` / `true false undefined`); empty for the others.
    public let allowedTokens: [String]
    /// The spec's default value, when it gives one (`aria-live` → `off`).
    public let defaultValue: String?
    /// Global: applicable to every role unless the role prohibits it.
    public let isGlobal: Bool
    /// Deprecated everywhere (`aria-grabbed`, `aria-dropeffect`).
    public let isDeprecated: Bool
    /// ARIA 1.2 deprecates its use as a global (`aria-disabled`, `aria-errormessage`, `aria-haspopup`, `aria-invalid`).
    public let isGlobalUseDeprecated: Bool
    /// From the WAI-ARIA 1.3 draft (`aria-description`, `aria-braillelabel`, …), not ARIA 1.2.
    public let isDraft: Bool

    /// Whether `value` is valid for the attribute's type. Syntax and tokens only: per ACT rule 6a7281 an ID
    /// reference need not point at an existing element (see `missingReferences(in:value:)` for that).
    ///
    /// Values are trimmed of ASCII white space and compared ASCII case-insensitively. An empty value is valid:
    /// WAI-ARIA treats `aria-x=""` as if the attribute were absent (ACT makes it inapplicable).
    public func isValid(_ value: String) -> Bool {
        let trimmed = ARIAText.trimmed(value)
        if trimmed.isEmpty { return true }
        switch valueType {
        case .string, .idReferenceList:
            return true
        case .idReference:
            return !trimmed.unicodeScalars.contains(where: ARIAText.isSpace)
        case .integer:
            return ARIAValueSyntax.isInteger(trimmed)
        case .number:
            return ARIAValueSyntax.isNumber(trimmed)
        case .trueFalse, .tristate, .trueFalseUndefined, .token:
            return allowedTokens.contains(trimmed.lowercased())
        case .tokenList:
            return ARIAText.tokens(trimmed.lowercased()).allSatisfy { allowedTokens.contains($0) }
        }
    }

    /// Same as `isValid(_:)`; the document is not consulted (ID references need not exist, ACT 6a7281).
    public func isValid(value: String, in document: HTMLDocument? = nil) -> Bool { isValid(value) }

    /// The IDs an `ID reference` / `ID reference list` value names (case-sensitive, in order); empty for other types.
    public func referencedIDs(_ value: String) -> [String] {
        switch valueType {
        case .idReference, .idReferenceList: return ARIAText.tokens(value)
        default: return []
        }
    }

    /// Referenced IDs with no element in `document` (for rules such as ACT in6db8, which do require them).
    public func missingReferences(in document: HTMLDocument, value: String) -> [String] {
        referencedIDs(value).filter { document.elements(withID: $0).isEmpty }
    }
}

enum ARIAValueSyntax {
    /// An optional sign and ASCII digits ("2", "-1", "+3"); "2.5" and "2.0" are not integers.
    static func isInteger(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        return !scalars.isEmpty && scalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// A decimal number: optional sign, digits with an optional fraction (".5", "1.", "1.0"), optional exponent.
    static func isNumber(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)
        if let first = scalars.first, first == "-" || first == "+" { scalars.removeFirst() }
        var index = 0
        var digits = 0
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1; digits += 1 }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1; digits += 1 }
        }
        guard digits > 0 else { return false }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" { index += 1 }
            var exponentDigits = 0
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return false }
        }
        return index == scalars.count
    }
}

/// ASCII white space handling for attribute values (namespaced to stay clear of other helpers in the module).
enum ARIAText {
    /// HTML's ASCII white space: tab, LF, FF, CR, space.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }

    static func tokens(_ text: String) -> [String] {
        text.unicodeScalars.split(whereSeparator: isSpace).map { String(String.UnicodeScalarView($0)) }
    }
}
