import Foundation

/// `aria-1.2.json` decoded once and resolved (inheritance, globals, deprecations) into lookup tables.
/// Held in a `static let`, so it is built lazily, once, thread-safely, on first use.
struct ARIAData: Sendable {
    let source: String
    let roles: [String: ARIARole]
    let attributes: [String: ARIAAttribute]
    let implicitRoles: [String: [ImplicitRoleCase]]
    /// ARIA in HTML's allowed explicit roles per element (see `AllowedRoleCase`).
    let allowedRoles: [String: [AllowedRoleCase]]

    static let shared: ARIAData = {
        guard let url = Bundle.module.url(forResource: "aria-1.2", withExtension: "json") else {
            fatalError("aria-1.2.json is missing from the AuditRules resource bundle")
        }
        do {
            return try ARIAData(json: Data(contentsOf: url))
        } catch {
            fatalError("aria-1.2.json cannot be read: \(error)")
        }
    }()

    init(json: Data) throws {
        let raw = try JSONDecoder().decode(RawFile.self, from: json)
        source = raw.source

        var attributes: [String: ARIAAttribute] = [:]
        for (name, entry) in raw.attributes {
            guard let type = ARIAValueType(rawValue: entry.type) else {
                throw ARIADataError.unknownValueType(name, entry.type)
            }
            let literals: [String]
            switch type {
            case .trueFalse: literals = ["true", "false"]
            case .tristate: literals = ["true", "false", "mixed", "undefined"]
            case .trueFalseUndefined: literals = ["true", "false", "undefined"]
            case .token, .tokenList: literals = entry.tokens ?? []
            default: literals = []
            }
            attributes[name] = ARIAAttribute(
                name: name, valueType: type, allowedTokens: literals, defaultValue: entry.default,
                isGlobal: entry.global ?? false, isDeprecated: entry.deprecated ?? false,
                isGlobalUseDeprecated: entry.globalUseDeprecated ?? false, isDraft: entry.since != nil)
        }
        let globals = Set(attributes.values.filter(\.isGlobal).map(\.name))
        let alwaysDeprecated = Set(attributes.values.filter(\.isDeprecated).map(\.name))
        let globalUseDeprecated = Set(attributes.values.filter(\.isGlobalUseDeprecated).map(\.name))

        // Superclass closure, then "own" attributes (required + supported) accumulated up the hierarchy.
        func ancestors(of name: String, seen: Set<String> = []) throws -> Set<String> {
            guard let entry = raw.roles[name] else { throw ARIADataError.unknownRole(name) }
            var result: Set<String> = []
            for superclass in entry.superclasses {
                guard !seen.contains(superclass) else { throw ARIADataError.cycle(name) }
                result.insert(superclass)
                result.formUnion(try ancestors(of: superclass, seen: seen.union([name])))
            }
            return result
        }
        var roles: [String: ARIARole] = [:]
        for (name, entry) in raw.roles {
            let ancestorRoles = try ancestors(of: name)
            var own = Set(entry.required ?? []).union(entry.supported ?? []).union(entry.requiredIfFocusable ?? [])
            for ancestor in ancestorRoles {
                let superEntry = raw.roles[ancestor]!
                own.formUnion(superEntry.required ?? [])
                own.formUnion(superEntry.supported ?? [])
                own.formUnion(superEntry.requiredIfFocusable ?? [])
            }
            let prohibited = Set(entry.prohibited ?? [])
            for attribute in own.union(prohibited) where attributes[attribute] == nil {
                throw ARIADataError.unknownAttribute(name, attribute)
            }
            let supported = own.union(globals).subtracting(prohibited)
            let deprecated = supported.intersection(alwaysDeprecated)
                .union(globalUseDeprecated.subtracting(own).intersection(supported))
            let nameFrom = try (entry.nameFrom ?? []).map {
                guard let value = ARIARole.NameFrom(rawValue: $0) else { throw ARIADataError.unknownNameFrom(name, $0) }
                return value
            }
            roles[name] = ARIARole(
                name: name,
                specification: ARIASpecification(rawValue: entry.spec ?? "") ?? .aria,
                isAbstract: entry.abstract ?? false,
                isDeprecated: entry.deprecated ?? false,
                superclasses: entry.superclasses,
                ancestorRoles: ancestorRoles,
                requiredAttributes: entry.required ?? [],
                requiredAttributesWhenFocusable: entry.requiredIfFocusable ?? [],
                supportedAttributes: supported,
                prohibitedAttributes: prohibited,
                deprecatedAttributes: deprecated,
                requiredContext: entry.requiredContext ?? [],
                requiredOwned: (entry.requiredOwned ?? []).map {
                    $0.split(separator: ">").map { $0.trimmingCharacters(in: .whitespaces) }
                },
                nameFrom: nameFrom,
                childrenPresentational: entry.childrenPresentational ?? false)
        }
        for role in roles.values {
            for other in role.requiredContext + role.requiredOwned.flatMap({ $0 }) where roles[other] == nil {
                throw ARIADataError.unknownRole(other)
            }
        }
        for (element, cases) in raw.implicitRoles {
            for entry in cases where roles[entry.role] == nil {
                throw ARIADataError.unknownRole("\(entry.role) (implicit role of <\(element)>)")
            }
        }
        for (element, cases) in raw.allowedRoles {
            for entry in cases {
                for role in entry.roles ?? [] where roles[role] == nil {
                    throw ARIADataError.unknownRole("\(role) (allowed role of <\(element)>)")
                }
            }
        }
        self.roles = roles
        self.attributes = attributes
        self.implicitRoles = raw.implicitRoles
        self.allowedRoles = raw.allowedRoles
    }
}

enum ARIADataError: Error, CustomStringConvertible {
    case unknownRole(String), unknownAttribute(String, String), unknownValueType(String, String)
    case unknownNameFrom(String, String), cycle(String)

    var description: String {
        switch self {
        case .unknownRole(let role): return "unknown role \(role)"
        case .unknownAttribute(let role, let attribute): return "role \(role) names unknown attribute \(attribute)"
        case .unknownValueType(let attribute, let type): return "attribute \(attribute) has unknown type \(type)"
        case .unknownNameFrom(let role, let value): return "role \(role) has unknown nameFrom \(value)"
        case .cycle(let role): return "superclass cycle at \(role)"
        }
    }
}

/// One row of the implicit-role table: `role` applies when every condition in `when` holds.
struct ImplicitRoleCase: Decodable, Sendable {
    struct Scope: Decodable, Sendable {
        var elements: [String]?
        var roles: [String]?
    }

    struct Conditions: Decodable, Sendable {
        var hasAttribute: [String]?
        var attributeEquals: [String: String]?
        var attributeIn: [String: [String]]?
        var parent: [String]?
        var ancestor: [String]?
        var notScopedTo: Scope?
        var hasAccessibleName: Bool?
        var sizeGreaterThan: Int?
        var tableRole: [String]?
        var headerHeuristic: String?
        var inputType: [String]?
    }

    var role: String
    var when: Conditions?
}

/// One row of the allowed-roles table (ARIA in HTML): when `when` holds, `roles` may be set on the element
/// (an empty list: no role other than the implicit one), or any role when `any` is true.
struct AllowedRoleCase: Decodable, Sendable {
    var roles: [String]?
    var any: Bool?
    var when: ImplicitRoleCase.Conditions?
}

private struct RawFile: Decodable {
    var source: String
    var attributes: [String: RawAttribute]
    var roles: [String: RawRole]
    var implicitRoles: [String: [ImplicitRoleCase]]
    var allowedRoles: [String: [AllowedRoleCase]]
}

private struct RawAttribute: Decodable {
    var type: String
    var tokens: [String]?
    var `default`: String?
    var global: Bool?
    var deprecated: Bool?
    var globalUseDeprecated: Bool?
    var since: String?
}

private struct RawRole: Decodable {
    var superclasses: [String]
    var spec: String?
    var abstract: Bool?
    var deprecated: Bool?
    var required: [String]?
    var requiredIfFocusable: [String]?
    var supported: [String]?
    var prohibited: [String]?
    var requiredContext: [String]?
    var requiredOwned: [String]?
    var nameFrom: [String]?
    var childrenPresentational: Bool?
}
