import HTMLDOM

/// Which elements the engine hands to a rule during its single walk of the page.
public enum ElementSelector: Sendable {
    /// Elements with one of these lower-case tag names.
    case tags(Set<String>)
    /// Every element (attribute-driven rules: lang, tabindex, role…).
    case anyElement
    /// None: the rule works on the whole page in `checkPage`.
    case page
}

/// The verdict of a rule on one element. Messages say what was seen, in both languages.
public enum Verdict: Sendable {
    case passed(Localized? = nil)
    case failed(Localized)
    /// Needs a person: the message says why wza cannot decide (a script, layout, an image's pixels…).
    case cantTell(Localized)
    case inapplicable

    public var outcome: Outcome {
        switch self {
        case .passed: .passed
        case .failed: .failed
        case .cantTell: .cantTell
        case .inapplicable: .inapplicable
        }
    }
}

/// A verdict with the element it is about.
public struct ElementVerdict {
    public var element: Element
    public var verdict: Verdict

    public init(_ element: Element, _ verdict: Verdict) {
        self.element = element
        self.verdict = verdict
    }
}

/// An accessibility rule: metadata and examples beside a pure check. Rules never print or touch files.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    var selector: ElementSelector { get }
    /// Called for each selected element outside `<template>`; return `.inapplicable` for elements the
    /// rule does not apply to after all.
    func check(_ element: Element, in page: PageContext) -> Verdict
    /// Called once per page after the walk, for rules about the page as a whole.
    func checkPage(_ page: PageContext) -> [ElementVerdict]
}

extension Rule {
    public var id: String { description.id }
    public func check(_ element: Element, in page: PageContext) -> Verdict { .inapplicable }
    public func checkPage(_ page: PageContext) -> [ElementVerdict] { [] }
}
