import AuditRules
import Foundation
import HTMLDOM
import Testing

@testable import AuditCore

/// Audits one page with the built-in rules.
func auditPage(_ body: String, path: String = "a.html", head: String = "") throws -> PageResult {
    let document = try HTMLDocument(html: "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>示例页面</title>\(head)</head><body>\(body)</body></html>")
    return Auditor(rules: builtInRules).audit(document, path: path, traits: PageTraits())
}

func site(_ pages: [PageResult], skipped: [SkippedFile] = []) -> SiteAudit { SiteAudit(pages: pages, skipped: skipped) }

@Suite struct BaselineTests {
    private func imageAlt(_ body: String, path: String = "a.html") throws -> [Finding] {
        try auditPage(body, path: path).findings.filter { $0.ruleID == "image-alt" }
    }

    @Test func findingsCarryTheSignatureOfTheirElement() throws {
        let finding = try #require(try imageAlt(#"<img class="pic big" id="hero" src="banner.png" width="10">"#).first)
        #expect(finding.elementSignature == "img#hero.big.pic[src=banner.png]")
        #expect(finding.fingerprint == findingFingerprint(ruleID: "image-alt", path: "a.html", canonicalSignature: finding.elementSignature))
        #expect(findingFingerprints([finding]) == [finding.fingerprint])
    }

    @Test func fingerprintsSurviveUnrelatedEdits() throws {
        let original = try #require(try imageAlt(#"<div class="news"><img class="pic big" src="banner.png" width="10"></div>"#).first).fingerprint
        let edits = [
            // Paragraphs inserted before: line and nth-of-type path change.
            #"<p>新通知</p><p>另一段</p><div class="news"><img class="pic big" src="banner.png" width="10"></div>"#,
            // Attributes and classes reordered, an unrelated attribute changed.
            #"<div class="news"><img width="20" src="banner.png" class="big  pic"></div>"#,
            // Moved into another container, tag spread over lines.
            "<section><div><img\n  src=\"banner.png\"\n  class=\"pic big\"></div></section>",
        ]
        for edited in edits { #expect(try imageAlt(edited).first?.fingerprint == original, "\(edited)") }
        #expect(try imageAlt(#"<img class="pic big" src="other.png">"#).first?.fingerprint != original)
        #expect(try imageAlt(#"<img class="pic big" src="banner.png">"#, path: "b.html").first?.fingerprint != original)
    }

    @Test func longKeyValuesAreKeptWholeNotCutLikeTheSnippet() throws {
        // Two images whose src differ only after the snippet's 80-character cut get different signatures.
        let stem = "/images/" + String(repeating: "a", count: 90)
        let findings = try imageAlt(#"<img src="\#(stem)1.png"><img src="\#(stem)2.png">"#)
        #expect(findings.count == 2)
        #expect(findings[0].elementSignature != findings[1].elementSignature)
        #expect(Set(findings.map(\.fingerprint)).count == 2)
        // A huge data: URL enters the signature as a hash.
        let data = "data:image/png;base64," + String(repeating: "QUJD", count: 500)
        let signature = try #require(try imageAlt(#"<img src="\#(data)">"#).first).elementSignature
        #expect(signature.count < 60 && signature.hasPrefix("img[src=#"))
    }

    @Test func identicalElementsAreNumberedInDocumentOrder() throws {
        let findings = try imageAlt(#"<img src="a.png"><p>x</p><img src="a.png"><img src="a.png">"#)
        #expect(findings.count == 3)
        #expect(Set(findings.map(\.fingerprint)).count == 3)
        #expect(findings[0].fingerprint == findingFingerprint(ruleID: "image-alt", path: "a.html", canonicalSignature: "img[src=a.png]"))
        #expect(findings[1].fingerprint == findingFingerprint(ruleID: "image-alt", path: "a.html", canonicalSignature: "img[src=a.png]", occurrence: 2))
    }

    @Test func newExistingAndFixedAgainstABaseline() throws {
        let before = try auditPage(#"<img src="a.png"><img src="b.png"><a href="/x"></a>"#)
        let baseline = Baseline(site: site([before]), checklists: ["miit-aging-web"])
        #expect(baseline.findings == baseline.findings.sorted())
        #expect(baseline.findings.contains { $0.ruleID == "image-alt" && $0.snippet.contains("b.png") })

        // b.png fixed, a paragraph inserted (unrelated), c.png new.
        var after = site([try auditPage(#"<p>新</p><img src="a.png"><img src="b.png" alt="图"><a href="/x"></a><img src="c.png">"#)])
        let comparison = BaselineComparison.compare(&after, with: baseline, file: "wza-baseline.json")
        let imageFindings = after.pages[0].findings.filter { $0.ruleID == "image-alt" }
        #expect(imageFindings.map(\.baselineStatus) == [.existing, .new])
        #expect(after.pages[0].findings.filter { $0.ruleID == "link-name" }.allSatisfy { $0.baselineStatus == .existing })
        #expect(comparison.fixed.map(\.ruleID) == ["image-alt"])
        #expect(comparison.fixed.first?.snippet.contains("b.png") == true)
        #expect(comparison.new == after.pages[0].findings.filter { $0.baselineStatus == .new }.count)
    }

    @Test func skippedPagesAreNotCountedAsFixed() throws {
        let baseline = Baseline(site: site([try auditPage(#"<img src="a.png">"#, path: "gone.html")]), checklists: [])
        var now = site([try auditPage("<p>x</p>", path: "other.html")],
                       skipped: [SkippedFile(path: "gone.html", reason: Localized(zh: "空", en: "empty"))])
        #expect(BaselineComparison.compare(&now, with: baseline, file: "b.json").fixed.isEmpty)
    }

    @Test func baselineFileIsDeterministicAndRoundTrips() throws {
        let pages = [try auditPage(#"<img src="b.png">"#, path: "b.html"), try auditPage(#"<img src="a.png">"#, path: "a.html")]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let one = try encoder.encode(Baseline(site: site(pages), checklists: ["x"]))
        let two = try encoder.encode(Baseline(site: site(pages.reversed()), checklists: ["x"]))
        #expect(one == two)
        let decoded = try JSONDecoder().decode(Baseline.self, from: one)
        #expect(decoded.formatVersion == 1 && decoded.fingerprintScheme == "wza/v1")
        #expect(decoded.findings.first?.path == "a.html")
    }
}
