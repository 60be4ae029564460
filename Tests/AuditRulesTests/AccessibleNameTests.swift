import AuditCore
import HTMLDOM
import Testing

@testable import AuditRules

/// Accessible names for cases from the accname 1.2 specification's steps and examples.
@Suite struct AccessibleNameTests {
    func name(_ html: String, of id: String) throws -> String {
        let document = try HTMLDocument(html: html)
        let page = PageContext(document: document, path: "t.html", traits: PageTraits())
        let element = try #require(document.elements(withID: id).first)
        return AccessibleName.of(element, in: page)
    }

    @Test func labelledByWinsAndFollowsHiddenReferencesButNotChains() throws {
        #expect(try name(##"<span id="a" hidden>隐藏的</span><span id="b">名称</span><button id="t" aria-labelledby="a b" aria-label="不用">x</button>"##, of: "t") == "隐藏的 名称")
        // Step 2B: a referenced node's own aria-labelledby is not followed.
        #expect(try name(##"<span id="c" aria-labelledby="d">内容</span><span id="d">不跟随</span><a id="t" href="#" aria-labelledby="c"></a>"##, of: "t") == "内容")
    }

    @Test func ariaLabelThenHostLanguage() throws {
        #expect(try name(##"<img id="t" src="a.png" alt="替代" aria-label="标签">"##, of: "t") == "标签")
        #expect(try name(##"<label for="t">姓名</label><input id="t">"##, of: "t") == "姓名")
        #expect(try name(##"<label>证件号 <input id="t"></label>"##, of: "t") == "证件号")
        #expect(try name(##"<fieldset id="t"><legend>联系方式</legend></fieldset>"##, of: "t") == "联系方式")
        #expect(try name(##"<table id="t"><caption>办理时限</caption><tr><td>1</td></tr></table>"##, of: "t") == "办理时限")
    }

    @Test func nameFromContentSkipsHiddenAndJoinsInlineText() throws {
        #expect(try name(##"<a id="t" href="#">Bel<b>gium</b><span hidden>隐藏</span><span aria-hidden="true">也隐藏</span></a>"##, of: "t") == "Belgium")
        #expect(try name(##"<button id="t"><img src="s.png" alt="搜索"> 站内</button>"##, of: "t") == "搜索 站内")
        // Block elements separate words.
        #expect(try name(##"<a id="t" href="#"><div>第一</div><div>第二</div></a>"##, of: "t") == "第一 第二")
    }

    @Test func embeddedControlsContributeTheirValues() throws {
        // The accname spec's "Flash the screen [5] times" pattern: a textbox inside a label.
        #expect(try name(##"<label for="t">闪屏 <input value="5" aria-label="次数"> 次</label><input id="t" type="checkbox">"##, of: "t") == "闪屏 5 次")
        #expect(try name(##"<label for="t">选择 <select><option>北京</option><option selected>上海</option></select></label><input id="t" type="checkbox">"##, of: "t") == "选择 上海")
    }

    @Test func titleThenPlaceholderAreLastResorts() throws {
        #expect(try name(##"<a id="t" href="#" title="提示"></a>"##, of: "t") == "提示")
        #expect(try name(##"<input id="t" placeholder="请输入">"##, of: "t") == "请输入")
        #expect(try name(##"<div id="t" title="通用">内容</div>"##, of: "t") == "通用")
    }

    @Test func cssGeneratedContentCounts() throws {
        #expect(try name(##"<style>.more::after{content:"更多"}</style><a id="t" class="more" href="#"></a>"##, of: "t") == "更多")
        #expect(try name(##"<style>.i::before{content:url(i.png) / "图标"}</style><a id="t" class="i" href="#">办事</a>"##, of: "t") == "图标办事")
    }

    @Test func roleNoneIsIgnoredOnFocusableElements() throws {
        let document = try HTMLDocument(html: ##"<a id="t" href="/" role="none">首页</a><img id="u" src="x.png" alt="" role="presentation">"##)
        #expect(AccessibleName.role(of: document.elements(withID: "t")[0]) == "link")
        #expect(AccessibleName.role(of: document.elements(withID: "u")[0]) == "presentation")
    }
}
