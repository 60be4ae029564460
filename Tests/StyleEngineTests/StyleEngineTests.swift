import Testing

@testable import StyleEngine

@Test func moduleIsPresent() { #expect(StyleEngine.version == 1) }
