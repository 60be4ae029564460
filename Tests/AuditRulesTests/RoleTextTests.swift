import AuditCore
import HTMLDOM
import Testing

@testable import AuditRules

/// `role="text"` is judged once: by `aria-text` (best practice), never by `aria-roles` (critical), as in axe.
@Test func roleTextIsJudgedOnlyByAriaText() throws {
    let html = #"""
        <html lang="zh-CN"><body>
        <span role="text">详见<a href="/guide">办事指南</a></span>
        <p><span role="text">价格：<s>100 元</s> 1 元</span></p>
        <span role="text lnik">A</span>
        <span role="txet">B</span>
        </body></html>
        """#
    let document = try HTMLDocument(bytes: Array(html.utf8))
    let result = Auditor(rules: [AriaRolesRule(), AriaTextRule()]).audit(document, path: "a.html", traits: PageTraits())
    let failed = result.findings.filter { $0.outcome == .failed }.map { "\($0.ruleID):\($0.location.line)" }
    #expect(failed.sorted() == ["aria-roles:5", "aria-text:2"])
}
