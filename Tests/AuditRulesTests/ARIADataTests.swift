import Foundation
import HTMLDOM
import Testing

@testable import AuditRules

/// WAI-ARIA 1.2 / HTML-AAM data in `Support/ARIA/aria-1.2.json` and its Swift API.
@Suite struct ARIADataTests {
    // MARK: Tables

    @Test func countsAndSource() {
        let aria12 = ARIA.roles.values.filter { $0.specification == .aria }
        #expect(aria12.count == 94)
        #expect(aria12.filter(\.isAbstract).count == 12)
        #expect(ARIA.roles.count >= 80)
        #expect(ARIA.attributes.values.filter { !$0.isDraft }.count == 48)
        #expect(ARIA.attributes.values.filter(\.isDraft).map(\.name).sorted()
            == ["aria-braillelabel", "aria-brailleroledescription", "aria-colindextext", "aria-description", "aria-rowindextext"])
        #expect(ARIA.source.contains("WAI-ARIA 1.2 (W3C Recommendation 2023-06-06"))
        #expect(ARIA.source.contains("HTML-AAM"))
        #expect(ARIA.roles.values.filter { $0.specification == .dpub }.count == 41)  // 39 from DPUB-ARIA 1.0 + doc-pagefooter, doc-pageheader
        #expect(ARIA.roles.values.filter { $0.specification == .graphics }.count == 3)
    }

    @Test func abstractAndDeprecatedFlags() {
        for name in ["command", "composite", "input", "landmark", "range", "roletype", "section", "sectionhead",
                     "select", "structure", "widget", "window"] {
            #expect(ARIA.role(name)?.isAbstract == true, "\(name)")
        }
        #expect(ARIA.role("button")?.isAbstract == false)
        #expect(ARIA.role("directory")?.isDeprecated == true)
        #expect(ARIA.role("list")?.isDeprecated == false)
        #expect(ARIA.role("doc-biblioentry")?.isDeprecated == true)
        #expect(ARIA.attribute("aria-grabbed")?.isDeprecated == true)
        #expect(ARIA.attribute("aria-dropeffect")?.isDeprecated == true)
        #expect(ARIA.attribute("aria-label")?.isDeprecated == false)
        #expect(ARIA.role("nope") == nil)
        #expect(ARIA.role(" Button ")?.name == "button")
        #expect(ARIA.attribute("ARIA-LABEL")?.name == "aria-label")
    }

    @Test func superclassesAndHierarchy() throws {
        let alertdialog = try #require(ARIA.role("alertdialog"))
        #expect(alertdialog.superclasses == ["alert", "dialog"])
        #expect(alertdialog.isKind(of: "window") && alertdialog.isKind(of: "section") && alertdialog.isKind(of: "roletype"))
        #expect(ARIA.role("range")?.superclasses == ["structure"])
        #expect(ARIA.role("progressbar")?.superclasses == ["range", "widget"])
        #expect(ARIA.role("menuitemradio")?.isKind(of: "menuitem") == true)
        #expect(ARIA.role("treeitem")?.isKind(of: "option") == true)
        #expect(ARIA.role("searchbox")?.isKind(of: "input") == true)
        #expect(ARIA.role("navigation")?.isKind(of: "landmark") == true)
        #expect(ARIA.role("region")?.isKind(of: "widget") == false)
        #expect(ARIA.role("roletype")?.ancestorRoles.isEmpty == true)
    }

    @Test func requiredStatesAndProperties() {
        let expected: [String: [String]] = [
            "checkbox": ["aria-checked"], "combobox": ["aria-expanded"], "heading": ["aria-level"],
            "menuitemcheckbox": ["aria-checked"], "menuitemradio": ["aria-checked"], "meter": ["aria-valuenow"],
            "radio": ["aria-checked"], "scrollbar": ["aria-controls", "aria-valuenow"], "slider": ["aria-valuenow"],
            "switch": ["aria-checked"], "option": [], "spinbutton": [], "separator": [], "button": [], "tab": [],
        ]
        for (role, attributes) in expected {
            #expect(ARIA.role(role)?.requiredAttributes == attributes, "\(role)")
        }
        #expect(ARIA.role("separator")?.requiredAttributesWhenFocusable == ["aria-valuenow"])
        // Every required attribute is also supported.
        for role in ARIA.roles.values {
            #expect(Set(role.requiredAttributes).isSubset(of: role.supportedAttributes), "\(role.name)")
        }
    }

    @Test func supportedIncludesInheritedAndGlobals() throws {
        let switchRole = try #require(ARIA.role("switch"))
        // checkbox's own, input's, globals.
        for attribute in ["aria-checked", "aria-readonly", "aria-required", "aria-disabled", "aria-label", "aria-describedby"] {
            #expect(switchRole.allows(attribute), "\(attribute)")
        }
        #expect(!switchRole.allows("aria-valuenow"))
        let columnheader = try #require(ARIA.role("columnheader"))
        for attribute in ["aria-sort", "aria-colindex", "aria-rowspan", "aria-selected", "aria-readonly"] {
            #expect(columnheader.allows(attribute), "\(attribute)")
        }
        let slider = try #require(ARIA.role("slider"))
        for attribute in ["aria-valuemin", "aria-valuemax", "aria-valuetext", "aria-orientation", "aria-readonly"] {
            #expect(slider.allows(attribute), "\(attribute)")
        }
        #expect(ARIA.role("dialog")?.allows("aria-modal") == true)
        #expect(ARIA.role("alertdialog")?.allows("aria-modal") == true)
        #expect(ARIA.role("treegrid")?.allows("aria-multiselectable") == true)
        #expect(ARIA.role("textbox")?.allows("aria-multiline") == true)
        #expect(ARIA.role("searchbox")?.allows("aria-placeholder") == true)
        #expect(ARIA.role("heading")?.allows("aria-checked") == false)
        #expect(ARIA.role("generic")?.allows("aria-live") == true)
        #expect(ARIA.role("listbox")?.allows("aria-activedescendant") == true)
        #expect(ARIA.role("button")?.allows("aria-not-checked") == false)
        for role in ARIA.roles.values {
            #expect(role.prohibitedAttributes.isDisjoint(with: role.supportedAttributes), "\(role.name)")
        }
    }

    @Test func prohibitedAndNameFrom() {
        for role in ["caption", "code", "deletion", "emphasis", "generic", "insertion", "paragraph", "presentation",
                     "none", "strong", "subscript", "superscript"] {
            let data = ARIA.role(role)
            #expect(data?.prohibitedAttributes.isSuperset(of: ["aria-label", "aria-labelledby"]) == true, "\(role)")
            #expect(data?.allows("aria-label") == false, "\(role)")
            #expect(data?.nameFrom == [.prohibited], "\(role)")
        }
        #expect(ARIA.role("generic")?.prohibitedAttributes.contains("aria-roledescription") == true)
        #expect(ARIA.role("heading")?.prohibitedAttributes.isEmpty == true)
        #expect(ARIA.role("heading")?.allows("aria-braillelabel") == true)
        #expect(ARIA.role("paragraph")?.allows("aria-braillelabel") == false)
        #expect(ARIA.role("none")?.allows("aria-brailleroledescription") == false)
        for role in ["button", "cell", "checkbox", "columnheader", "gridcell", "heading", "link", "menuitem",
                     "menuitemcheckbox", "menuitemradio", "option", "radio", "row", "rowheader", "switch", "tab",
                     "tooltip", "treeitem"] {
            #expect(ARIA.role(role)?.supportsNameFromContents == true, "\(role)")
        }
        for role in ["img", "textbox", "list", "table", "dialog", "navigation", "region", "combobox"] {
            #expect(ARIA.role(role)?.nameFrom == [.author], "\(role)")
        }
    }

    @Test func contextAndOwnedElements() {
        #expect(ARIA.role("listitem")?.requiredContext == ["directory", "list"])
        #expect(ARIA.role("option")?.requiredContext == ["group", "listbox"])
        #expect(ARIA.role("row")?.requiredContext == ["grid", "rowgroup", "table", "treegrid"])
        #expect(ARIA.role("tab")?.requiredContext == ["tablist"])
        #expect(ARIA.role("menuitem")?.requiredContext == ["group", "menu", "menubar"])
        #expect(ARIA.role("cell")?.requiredContext == ["row"])
        #expect(ARIA.role("button")?.requiredContext.isEmpty == true)
        #expect(ARIA.role("list")?.requiredOwned == [["listitem"]])
        #expect(ARIA.role("table")?.requiredOwned == [["row"], ["rowgroup", "row"]])
        #expect(ARIA.role("listbox")?.requiredOwned == [["group", "option"], ["option"]])
        #expect(ARIA.role("feed")?.requiredOwned == [["article"]])
        #expect(ARIA.role("menu")?.requiredOwned.contains(["group", "menuitemradio"]) == true)
        #expect(ARIA.role("combobox")?.requiredOwned.isEmpty == true)
    }

    @Test func presentationalChildren() {
        let expected: Set<String> = ["button", "checkbox", "img", "math", "menuitemcheckbox", "menuitemradio", "meter",
                                     "option", "progressbar", "radio", "scrollbar", "separator", "slider", "switch", "tab"]
        let actual = Set(ARIA.roles.values.filter { $0.specification == .aria && $0.childrenPresentational }.map(\.name))
        #expect(actual == expected)
        #expect(ARIA.role("graphics-symbol")?.childrenPresentational == true)
        #expect(ARIA.role("link")?.childrenPresentational == false)
    }

    /// A list item is presentational only under a list element whose role is none or presentation; under any
    /// other presentational parent what browsers expose is uncertain.
    @Test func listItemsUnderPresentationalParents() throws {
        let document = try HTMLDocument(html: """
            <ul role="none"><li id="a">x</li></ul><ol role="presentation"><li id="b">x</li></ol>
            <div role="none"><li id="c">x</li></div><div role="presentation"><li id="d">x</li></div><ul><li id="e">x</li></ul>
            """)
        func node(_ id: String) throws -> AccessibilityTree.Node { AccessibilityTree.node(try #require(document.elements(withID: id).first)) }
        #expect(try node("a") == .presentational && node("b") == .presentational)
        #expect(try node("c") == .uncertain && node("d") == .uncertain)
        #expect(try node("e") == .role("listitem"))
    }

    @Test func globalAttributes() {
        let aria12Globals: Set<String> = [
            "aria-atomic", "aria-busy", "aria-controls", "aria-current", "aria-describedby", "aria-details",
            "aria-disabled", "aria-dropeffect", "aria-errormessage", "aria-flowto", "aria-grabbed", "aria-haspopup",
            "aria-hidden", "aria-invalid", "aria-keyshortcuts", "aria-label", "aria-labelledby", "aria-live",
            "aria-owns", "aria-relevant", "aria-roledescription",
        ]
        #expect(Set(ARIA.globalAttributes.filter { ARIA.attribute($0)?.isDraft == false }) == aria12Globals)
        #expect(ARIA.globalAttributes.contains("aria-description"))
        #expect(!ARIA.globalAttributes.contains("aria-checked"))
        #expect(Set(ARIA.attributes.values.filter(\.isGlobalUseDeprecated).map(\.name))
            == ["aria-disabled", "aria-errormessage", "aria-haspopup", "aria-invalid"])
        // Deprecated on roles that do not list them; not on those that do.
        #expect(ARIA.role("heading")?.deprecatedAttributes.isSuperset(of: ["aria-disabled", "aria-haspopup", "aria-grabbed"]) == true)
        #expect(ARIA.role("button")?.deprecatedAttributes.contains("aria-disabled") == false)
        #expect(ARIA.role("button")?.deprecatedAttributes.contains("aria-invalid") == true)
        #expect(ARIA.role("textbox")?.deprecatedAttributes.contains("aria-invalid") == false)
        #expect(ARIA.role("switch")?.deprecatedAttributes.contains("aria-invalid") == false)
    }

    @Test func attributeTypesAndTokens() {
        let types: [String: ARIAValueType] = [
            "aria-required": .trueFalse, "aria-checked": .tristate, "aria-pressed": .tristate,
            "aria-expanded": .trueFalseUndefined, "aria-hidden": .trueFalseUndefined,
            "aria-errormessage": .idReference, "aria-activedescendant": .idReference,
            "aria-owns": .idReferenceList, "aria-labelledby": .idReferenceList, "aria-rowindex": .integer,
            "aria-level": .integer, "aria-valuenow": .number, "aria-label": .string, "aria-current": .token,
            "aria-live": .token, "aria-relevant": .tokenList, "aria-dropeffect": .tokenList,
        ]
        for (name, type) in types { #expect(ARIA.attribute(name)?.valueType == type, "\(name)") }
        #expect(ARIA.attribute("aria-haspopup")?.allowedTokens == ["false", "true", "menu", "listbox", "tree", "grid", "dialog"])
        #expect(ARIA.attribute("aria-live")?.defaultValue == "off")
        #expect(ARIA.attribute("aria-relevant")?.defaultValue == "additions text")
        #expect(ARIA.attribute("aria-live")?.isGlobal == true)
        #expect(ARIA.attribute("aria-checked")?.isGlobal == false)
    }

    // MARK: Value validation (ACT 6a7281 cases and each type)

    private func valid(_ attribute: String, _ value: String) -> Bool {
        ARIA.attribute(attribute)!.isValid(value)
    }

    @Test func valueValidation() {
        // ACT 6a7281 passed examples.
        #expect(valid("aria-label", "Family name"))
        #expect(valid("aria-required", "true"))
        #expect(valid("aria-expanded", "undefined"))
        #expect(valid("aria-pressed", "mixed"))
        #expect(valid("aria-errormessage", "my-error"))
        #expect(valid("aria-owns", "item1 item2"))
        #expect(valid("aria-rowindex", "2"))
        #expect(valid("aria-valuemin", "1.0") && valid("aria-valuemax", "2.0") && valid("aria-valuenow", "1.5"))
        #expect(valid("aria-current", "page"))
        #expect(valid("aria-relevant", "text removals"))
        // ACT 6a7281 failed examples.
        #expect(!valid("aria-required", "undefined"))
        #expect(!valid("aria-expanded", "collapsed"))
        #expect(!valid("aria-pressed", "horizontal"))
        #expect(!valid("aria-rowindex", "2.5"))
        #expect(!valid("aria-valuemin", "one") && !valid("aria-valuemax", "three") && !valid("aria-valuenow", "two"))
        #expect(!valid("aria-live", "page"))
        #expect(!valid("aria-relevant", "text always"))
        // Per type.
        #expect(valid("aria-busy", " TRUE ") && valid("aria-busy", "false") && !valid("aria-busy", "mixed") && !valid("aria-busy", "yes"))
        #expect(valid("aria-checked", "undefined") && !valid("aria-checked", "checked"))
        #expect(valid("aria-hidden", "false") && !valid("aria-hidden", "mixed"))
        #expect(valid("aria-activedescendant", "opt-1") && !valid("aria-activedescendant", "a b"))
        #expect(valid("aria-describedby", "a  b\tc"))
        #expect(valid("aria-level", "-1") && valid("aria-level", "+3") && valid("aria-level", "10"))
        #expect(!valid("aria-level", "2.0") && !valid("aria-level", "two") && !valid("aria-level", "1e3") && !valid("aria-level", "-"))
        #expect(valid("aria-valuenow", "-5") && valid("aria-valuenow", ".5") && valid("aria-valuenow", "1.") && valid("aria-valuenow", "1e3"))
        #expect(valid("aria-valuenow", "2.5E-2"))
        #expect(!valid("aria-valuenow", ".") && !valid("aria-valuenow", "1e") && !valid("aria-valuenow", "1,5") && !valid("aria-valuenow", "NaN"))
        #expect(valid("aria-haspopup", "Dialog") && !valid("aria-haspopup", "popup"))
        #expect(valid("aria-invalid", "spelling") && !valid("aria-invalid", "yes"))
        #expect(valid("aria-relevant", "all") && valid("aria-dropeffect", "copy move") && !valid("aria-dropeffect", "copy drag"))
        #expect(valid("aria-current", "false") && valid("aria-sort", "other") && valid("aria-orientation", "undefined"))
        // Empty means absent.
        #expect(valid("aria-live", "") && valid("aria-level", "  "))
    }

    @Test func idReferences() throws {
        let document = try HTMLDocument(html: #"<div id="a"></div><div aria-owns="a b"></div>"#)
        let owns = try #require(ARIA.attribute("aria-owns"))
        #expect(owns.referencedIDs("a  b") == ["a", "b"])
        #expect(owns.missingReferences(in: document, value: "a b") == ["b"])
        #expect(owns.isValid(value: "missing", in: document))
        #expect(ARIA.attribute("aria-label")?.referencedIDs("a b") == [])
    }

    // MARK: Roles of elements

    private func element(_ html: String, _ id: String = "t") throws -> Element {
        let document = try HTMLDocument(html: "<!DOCTYPE html><html><body>\(html)</body></html>")
        return try #require(document.elements(withID: id).first)
    }

    private func implicit(_ html: String) throws -> String? { ImplicitRole.of(try element(html)) }

    @Test func roleFallbackLists() throws {
        #expect(ARIA.role(of: try element(#"<div id="t" role="foo button">x</div>"#)) == "button")
        #expect(ARIA.role(of: try element(#"<div id="t" role="widget link">x</div>"#)) == "link")
        #expect(ARIA.role(of: try element(#"<div id="t" role="BUTTON">x</div>"#)) == "button")
        #expect(ARIA.role(of: try element(#"<a id="t" href="/" role="lnik">x</a>"#)) == "link")
        #expect(ARIA.explicitRole(of: try element(#"<a id="t" href="/" role="lnik">x</a>"#)) == nil)
        #expect(ARIA.role(of: try element(#"<div id="t" role="">x</div>"#)) == "generic")
        #expect(ARIA.role(of: try element(#"<div id="t" role="doc-abstract">x</div>"#)) == "doc-abstract")
        #expect(ARIA.role(of: try element(#"<div id="t" role="directory">x</div>"#)) == "directory")
        #expect(ARIA.role(of: try element(#"<button id="t" role="none">x</button>"#)) == "none")
        #expect(ARIA.hasGlobalAttribute(try element(#"<h1 id="t" role="none" aria-live="polite">x</h1>"#)))
        #expect(!ARIA.hasGlobalAttribute(try element(#"<h1 id="t" role="none" aria-checked="true">x</h1>"#)))
        #expect(ARIA.role(of: try element(#"<label id="t">x</label>"#)) == nil)
    }

    @Test func simpleImplicitRoles() throws {
        let cases: [(String, String?)] = [
            (#"<article id="t"></article>"#, "article"), (#"<nav id="t"></nav>"#, "navigation"),
            (#"<main id="t"></main>"#, "main"), (#"<button id="t"></button>"#, "button"),
            (#"<h3 id="t">x</h3>"#, "heading"), (#"<hr id="t">"#, "separator"), (#"<ul id="t"></ul>"#, "list"),
            (#"<ol id="t"></ol>"#, "list"), (#"<dl><dt id="t">a</dt><dd>b</dd></dl>"#, "term"),
            (#"<dl><dt>a</dt><dd id="t">b</dd></dl>"#, "definition"), (#"<fieldset id="t"></fieldset>"#, "group"),
            (#"<details id="t"><summary>s</summary></details>"#, "group"),
            (#"<details><summary id="t">s</summary></details>"#, nil), (#"<dialog id="t"></dialog>"#, "dialog"),
            (#"<form id="t"></form>"#, "form"), (#"<textarea id="t"></textarea>"#, "textbox"),
            (#"<p id="t">x</p>"#, "paragraph"), (#"<div id="t"></div>"#, "generic"), (#"<span id="t"></span>"#, "generic"),
            (#"<progress id="t"></progress>"#, "progressbar"), (#"<output id="t"></output>"#, "status"),
            (#"<figure id="t"></figure>"#, "figure"), (#"<figure><figcaption id="t">c</figcaption></figure>"#, nil),
            (#"<table><caption id="t">c</caption></table>"#, "caption"), (#"<strong id="t">x</strong>"#, "strong"),
            (#"<em id="t">x</em>"#, "emphasis"), (#"<del id="t">x</del>"#, "deletion"), (#"<ins id="t">x</ins>"#, "insertion"),
            (#"<address id="t">x</address>"#, "group"), (#"<iframe id="t"></iframe>"#, nil),
            (#"<input id="t" type="hidden">"#, nil), (#"<input id="t" type="password">"#, nil),
        ]
        for (html, role) in cases { #expect(try implicit(html) == role, "\(html)") }
    }

    @Test func linksAndImages() throws {
        #expect(try implicit(#"<a id="t" href="/">x</a>"#) == "link")
        #expect(try implicit(#"<a id="t" href="">x</a>"#) == "link")
        #expect(try implicit(#"<a id="t">x</a>"#) == "generic")
        #expect(try implicit(#"<map name="m"><area id="t" href="/" alt="x"></map>"#) == "link")
        #expect(try implicit(#"<map name="m"><area id="t" alt="x"></map>"#) == "generic")
        #expect(try implicit(#"<img id="t" src="a.png" alt="">"#) == "presentation")
        #expect(try implicit(#"<img id="t" src="a.png" alt="Logo">"#) == "img")
        #expect(try implicit(#"<img id="t" src="a.png">"#) == "img")
        #expect(try implicit(#"<img id="t" src="a.png" alt=" ">"#) == "img")
    }

    @Test func sectionsAsideHeaderFooter() throws {
        #expect(try implicit(#"<section id="t">x</section>"#) == "generic")
        #expect(try implicit(#"<section id="t" aria-label="News">x</section>"#) == "region")
        #expect(try implicit(#"<h2 id="h">News</h2><section id="t" aria-labelledby="h">x</section>"#) == "region")
        #expect(try implicit(#"<section id="t" aria-labelledby="missing">x</section>"#) == "generic")
        #expect(try implicit(#"<section id="t" title="News">x</section>"#) == "region")
        #expect(try implicit(#"<section id="t" aria-label="  ">x</section>"#) == "generic")
        let custom = ImplicitRole.of(try element(#"<section id="t">x</section>"#), hasAccessibleName: { _ in true })
        #expect(custom == "region")

        #expect(try implicit(#"<aside id="t">x</aside>"#) == "complementary")
        #expect(try implicit(#"<main><aside id="t">x</aside></main>"#) == "complementary")
        #expect(try implicit(#"<article><aside id="t">x</aside></article>"#) == "generic")
        #expect(try implicit(#"<section><aside id="t" aria-label="Related">x</aside></section>"#) == "complementary")

        #expect(try implicit(#"<header id="t">x</header>"#) == "banner")
        #expect(try implicit(#"<div><header id="t">x</header></div>"#) == "banner")
        #expect(try implicit(#"<article><header id="t">x</header></article>"#) == "generic")
        #expect(try implicit(#"<main><header id="t">x</header></main>"#) == "generic")
        #expect(try implicit(#"<div role="region"><header id="t">x</header></div>"#) == "generic")
        #expect(try implicit(#"<footer id="t">x</footer>"#) == "contentinfo")
        #expect(try implicit(#"<nav><footer id="t">x</footer></nav>"#) == "generic")
        #expect(try implicit(#"<div role="complementary"><footer id="t">x</footer></div>"#) == "generic")
    }

    @Test func listsAndOptions() throws {
        #expect(try implicit(#"<ul><li id="t">x</li></ul>"#) == "listitem")
        #expect(try implicit(#"<ol><li id="t">x</li></ol>"#) == "listitem")
        #expect(try implicit(#"<menu><li id="t">x</li></menu>"#) == "listitem")
        #expect(try implicit(#"<select><option id="t">x</option></select>"#) == "option")
        #expect(try implicit(#"<select><optgroup id="t" label="g"><option>x</option></optgroup></select>"#) == "group")
        #expect(try implicit(#"<select id="t"><option>x</option></select>"#) == "combobox")
        #expect(try implicit(#"<select id="t" size="1"><option>x</option></select>"#) == "combobox")
        #expect(try implicit(#"<select id="t" size="4"><option>x</option></select>"#) == "listbox")
        #expect(try implicit(#"<select id="t" multiple><option>x</option></select>"#) == "listbox")
        #expect(try implicit(#"<datalist id="t"><option value="a"></option></datalist>"#) == "listbox")
    }

    @Test func inputTypes() throws {
        let cases: [(String, String?)] = [
            ("", "textbox"), ("type=text", "textbox"), ("type=TEXT", "textbox"), ("type=bogus", "textbox"),
            ("type=email", "textbox"), ("type=tel", "textbox"), ("type=url", "textbox"),
            ("type=text list=l", "combobox"), ("type=email list=l", "combobox"), ("type=search", "searchbox"),
            ("type=search list=l", "combobox"), ("type=number", "spinbutton"), ("type=range", "slider"),
            ("type=checkbox", "checkbox"), ("type=radio", "radio"), ("type=button", "button"),
            ("type=submit", "button"), ("type=reset", "button"), ("type=image", "button"), ("type=hidden", nil),
            ("type=file", nil), ("type=color", nil), ("type=date", nil), ("type=password", nil),
        ]
        for (attributes, role) in cases {
            #expect(try implicit(#"<input id="t" \#(attributes)>"#) == role, "\(attributes)")
        }
    }

    @Test func tables() throws {
        let table = #"""
        <table id="tab"><thead><tr><th id="c1">Name</th><th id="c2" scope="row">Odd</th></tr></thead>
        <tbody id="body"><tr id="row"><th id="r1">Ann</th><td id="d1">1</td></tr>
        <tr><td>x</td><th id="c3" scope="col">y</th></tr></tbody></table>
        """#
        let document = try HTMLDocument(html: "<!DOCTYPE html><html><body>\(table)</body></html>")
        func role(_ id: String) -> String? { ImplicitRole.of(document.elements(withID: id)[0]) }
        #expect(role("tab") == "table")
        #expect(role("body") == "rowgroup")
        #expect(role("row") == "row")
        #expect(role("c1") == "columnheader")
        #expect(role("c2") == "rowheader")
        #expect(role("c3") == "columnheader")
        #expect(role("r1") == "rowheader")
        #expect(role("d1") == "cell")

        #expect(try implicit(#"<table role="grid"><tr><td id="t">x</td></tr></table>"#) == "gridcell")
        #expect(try implicit(#"<table role="treegrid"><tr><th id="t">x</th></tr></table>"#) == "columnheader")
        #expect(try implicit(#"<table role="presentation"><tr><td id="t">x</td></tr></table>"#) == nil)
        #expect(try implicit(#"<table role="none"><tr id="t"><td>x</td></tr></table>"#) == nil)
        #expect(try implicit(#"<table><tr><th id="t">A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"#) == "columnheader")
    }

    @Test func everyImplicitRoleIsAKnownConcreteRole() {
        for (element, cases) in ARIAData.shared.implicitRoles {
            for entry in cases {
                #expect(ARIA.role(entry.role)?.isAbstract == false, "\(element) → \(entry.role)")
            }
        }
    }

    // MARK: ACT corpus cross-check (runs when ../shared/corpora/act is present)

    /// The ACT test cases of the rules that are pure data lookups, checked on every element of the page:
    /// failed cases must contain an offending attribute/role, passed cases none.
    @Test func actCasesAgreeWithTheData() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/corpora/act").standardizedFileURL
        guard let manifest = try? Data(contentsOf: root.appendingPathComponent("manifest.json")),
              let cases = try JSONSerialization.jsonObject(with: manifest) as? [[String: Any]] else { return }
        let checks: [String: (Element) -> Bool] = [
            // 6a7281: some aria-* value is invalid for its type.
            "6a7281": { element in
                element.attributes.contains { pair in ARIA.attribute(pair.name).map { !$0.isValid(pair.value) } ?? false }
            },
            // 5f99a7: some aria-* attribute is not defined.
            "5f99a7": { element in element.attributes.contains { $0.name.hasPrefix("aria-") && ARIA.attribute($0.name) == nil } },
            // 674b10: a non-empty role attribute with no valid, non-abstract token.
            "674b10": { element in
                !element.tokens("role").isEmpty && ARIA.explicitRole(of: element) == nil
            },
            // kb1m8s: a global attribute the element's role prohibits.
            "kb1m8s": { element in
                guard let role = ARIA.role(of: element).flatMap(ARIA.role) else { return false }
                return element.attributes.contains { ARIA.globalAttributes.contains($0.name) && role.prohibitedAttributes.contains($0.name) }
            },
        ]
        var checked = 0
        for entry in cases {
            guard let rule = entry["ruleId"] as? String, let check = checks[rule],
                  let expected = entry["expected"] as? String, expected != "inapplicable",
                  let path = entry["path"] as? String,
                  let bytes = try? Data(contentsOf: root.appendingPathComponent(path)) else { continue }
            let document = try HTMLDocument(bytes: Array(bytes))
            let offending = (document.body?.descendants ?? []).filter(check)
            let title = entry["testcaseTitle"] as? String ?? path
            if expected == "failed" {
                #expect(!offending.isEmpty, "\(rule) \(title): nothing offending found")
            } else {
                #expect(offending.isEmpty, "\(rule) \(title): \(offending.map { $0.snippet() })")
            }
            checked += 1
        }
        if checked > 0 { #expect(checked >= 30) }  // 36 passed/failed cases today
    }
}
