import HTMLDOM

/// Where a declaration comes from, in the cascade's order of precedence for normal declarations.
enum CascadeLevel: Int, Comparable {
    case userAgent = 0, presentationalHint, author, inlineStyle

    /// Important declarations reverse the origins: author !important < inline !important < UA !important.
    var importantRank: Int {
        switch self {
        case .presentationalHint, .author: 4
        case .inlineStyle: 5
        case .userAgent: 6
        }
    }

    static func < (lhs: CascadeLevel, rhs: CascadeLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A block of declarations that applies to the element, with what orders it.
struct MatchedBlock {
    let declarations: [Declaration]
    let level: CascadeLevel
    let specificity: Specificity
    /// Source order across the page's sheets (sheet position, then rule position).
    let order: Int
}

enum Cascade {
    /// A declaration's precedence: important after normal, then origin, specificity, source order and
    /// position in its block. The greatest wins, as with `forEachInOrder` followed by last-wins.
    struct Rank: Comparable {
        let important: Bool
        let level: Int
        let specificity: Specificity
        let order: Int
        let position: Int

        init(_ block: MatchedBlock, _ declaration: Declaration, _ position: Int) {
            important = declaration.important
            level = declaration.important ? block.level.importantRank : block.level.rawValue
            specificity = block.specificity
            order = block.order
            self.position = position
        }

        static func < (lhs: Rank, rhs: Rank) -> Bool {
            if lhs.important != rhs.important { return !lhs.important }
            return (lhs.level, lhs.specificity, lhs.order, lhs.position) < (rhs.level, rhs.specificity, rhs.order, rhs.position)
        }
    }

    /// Calls `body` with the blocks' declarations from lowest to highest precedence (a later one wins):
    /// normal declarations by origin, specificity and order, then important ones by their reversed origins.
    /// Visits in place: no array of declarations is built per element.
    static func forEachInOrder(_ blocks: [MatchedBlock], _ body: (Declaration) -> Void) {
        let normal = blocks.indices.sorted {
            (blocks[$0].level.rawValue, blocks[$0].specificity, blocks[$0].order) < (blocks[$1].level.rawValue, blocks[$1].specificity, blocks[$1].order)
        }
        var hasImportant = false
        for index in normal {
            for declaration in blocks[index].declarations {
                if declaration.important { hasImportant = true } else { body(declaration) }
            }
        }
        guard hasImportant else { return }
        let important = blocks.indices.sorted {
            (blocks[$0].level.importantRank, blocks[$0].specificity, blocks[$0].order)
                < (blocks[$1].level.importantRank, blocks[$1].specificity, blocks[$1].order)
        }
        for index in important {
            for declaration in blocks[index].declarations where declaration.important { body(declaration) }
        }
    }

    /// Resolves custom properties and `var()`, expands pending shorthands, and keeps the winner per longhand.
    static func resolve(_ blocks: [MatchedBlock], parentCustom: [String: [CSSToken]]) -> (DeclaredValues, [String: [CSSToken]]) {
        var declaredCustom: [String: [CSSToken]] = [:]
        var customOrder: [String] = []
        var pending = false
        var count = 0
        forEachInOrder(blocks) { declaration in
            count += 1
            if declaration.isCustom {
                if declaredCustom[declaration.property] == nil { customOrder.append(declaration.property) }
                declaredCustom[declaration.property] = declaration.tokens
            } else if case .pending = declaration.value {
                pending = true
            }
        }
        var custom = parentCustom
        if !declaredCustom.isEmpty {
            let resolver = CustomPropertyResolver(declared: declaredCustom, inherited: parentCustom)
            for name in customOrder {
                if let value = resolver.value(of: name) { custom[name] = value } else { custom[name] = nil }
            }
        }
        var values: DeclaredValues = [:]
        values.reserveCapacity(pending ? count * 2 : count)
        forEachInOrder(blocks) { declaration in
            guard !declaration.isCustom else { return }
            guard case .pending = declaration.value else {
                values[declaration.property] = (declaration.value, declaration.tokens)
                return
            }
            // Invalid at computed-value time → `unset` for every longhand the property covers.
            if let substituted = VariableSubstitution.substitute(declaration.tokens, lookup: { custom[$0] }),
               let expanded = PropertyTable.expand(declaration.property, substituted) {
                for (name, value, tokens) in expanded { values[name] = (value, tokens) }
            } else {
                for name in Shorthands.longhands(of: declaration.property) { values[name] = (.wide(.unset), declaration.tokens) }
            }
        }
        return (values, custom)
    }
}

/// `var(--name, fallback)` replacement over flat tokens.
enum VariableSubstitution {
    static let maximumDepth = 32

    /// nil when a reference has no value and no fallback (the declaration becomes invalid).
    static func substitute(_ tokens: [CSSToken], lookup: (String) -> [CSSToken]?, depth: Int = 0) -> [CSSToken]? {
        guard depth < maximumDepth else { return nil }
        var result: [CSSToken] = []
        var index = 0
        while index < tokens.count {
            guard case .function(let rawName) = tokens[index], ["var", "env"].contains(rawName.asciiLowercased) else {
                result.append(tokens[index])
                index += 1
                continue
            }
            let (contents, next) = CSSParser.blockContents(tokens, open: index, end: tokens.count)
            index = next
            let comma = CSSParser.firstTopLevel(tokens, in: contents) { $0 == .comma }
            let nameRange = CSSParser.trimmed(tokens, contents.lowerBound..<comma)
            let fallback: [CSSToken]? = comma < contents.upperBound ? Array(tokens[CSSParser.trimmed(tokens, comma + 1..<contents.upperBound)]) : nil
            var value: [CSSToken]?
            if rawName.asciiLowercased == "var", nameRange.count == 1, case .ident(let name) = tokens[nameRange.lowerBound], name.hasPrefix("--") {
                value = lookup(name)
            }
            if let value {
                result += value
            } else if let fallback {
                guard let resolved = substitute(fallback, lookup: lookup, depth: depth + 1) else { return nil }
                result += resolved
            } else {
                return nil
            }
        }
        return result
    }
}

/// Resolves an element's own custom properties, which may refer to each other. Cycles make every
/// property on the cycle invalid (the guaranteed-invalid value), as CSS Variables specifies.
final class CustomPropertyResolver {
    private let declared: [String: [CSSToken]]
    private let inherited: [String: [CSSToken]]
    private var resolved: [String: [CSSToken]?] = [:]
    private var stack: [String] = []
    private var cyclic: Set<String> = []

    init(declared: [String: [CSSToken]], inherited: [String: [CSSToken]]) {
        self.declared = declared
        self.inherited = inherited
    }

    func value(of name: String) -> [CSSToken]? {
        if let known = resolved[name] { return known }
        guard let raw = declared[name] else { return inherited[name] }
        if let position = stack.firstIndex(of: name) {
            cyclic.formUnion(stack[position...])
            return nil
        }
        guard stack.count < VariableSubstitution.maximumDepth else { return nil }
        var result: [CSSToken]?
        switch PropertyTable.wideKeyword(raw) {
        case .inherit?, .unset?: result = inherited[name]
        case .initial?: result = nil
        case nil:
            if PropertyTable.containsVar(raw) {
                stack.append(name)
                result = VariableSubstitution.substitute(raw, lookup: { self.value(of: $0) })
                stack.removeLast()
            } else {
                result = raw
            }
        }
        if cyclic.contains(name) { result = nil }
        resolved[name] = .some(result)
        return result
    }
}
