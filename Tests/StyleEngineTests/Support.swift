import HTMLDOM
import Testing

@testable import StyleEngine

/// A page with `css` in a `<style>` element before `body`.
func styledPage(_ body: String, css: String = "", viewport: Viewport = .desktop) throws -> PageStyles {
    let html = "<!DOCTYPE html><html><head><style>\(css)</style></head><body>\(body)</body></html>"
    return PageStyles(document: try HTMLDocument(html: html), viewport: viewport)
}

extension PageStyles {
    func element(_ id: String) throws -> Element {
        try #require(document.elements(withID: id).first, "no element #\(id)")
    }

    func style(_ id: String, state: ElementState = []) throws -> ComputedStyle {
        computed(for: try element(id), state: state)
    }
}

func rgb(_ text: String) -> RGBA? {
    if case .rgba(let color)? = ColorParser.parse(text) { return color }
    return nil
}
