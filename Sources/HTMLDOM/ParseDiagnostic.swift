/// A message from the HTML parser (unclosed tag, unknown element…): evidence, not an accessibility finding.
public struct ParseDiagnostic: Codable, Sendable, Equatable {
    public var line: Int
    public var code: Int
    public var message: String
}
