import Foundation

/// The data folders shipped with wza (`Checklists/`, `Reports/`), copied into the build as resources
/// so that the binary finds them from any working directory.
public enum WZAResources {
    /// `Checklists/`: the built-in checklists as YAML, with their JSON Schema.
    public static var checklistsDirectory: URL { root.appendingPathComponent("Checklists", isDirectory: true) }
    /// `Reports/`: report assets (style sheet, script) and the report JSON Schema.
    public static var reportsDirectory: URL { root.appendingPathComponent("Reports", isDirectory: true) }

    private static var root: URL { Bundle.module.resourceURL ?? Bundle.module.bundleURL }

    /// Reads a text resource under `Reports/`.
    public static func reportAsset(_ relativePath: String) throws -> String {
        try String(contentsOf: reportsDirectory.appendingPathComponent(relativePath), encoding: .utf8)
    }
}
