import AuditCore
import AuditRules
import Foundation
import WZAResources

/// Finds checklists: the built-in ones shipped in `Checklists/`, or a YAML file named on the command line.
enum ChecklistCatalog {
    static let defaultID = "miit-aging-web"

    static var knownRules: Set<String> { Set(builtInRules.map(\.id)) }

    static func builtInFiles() -> [URL] {
        let folder = WZAResources.checklistsDirectory
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { ["yml", "yaml"].contains($0.pathExtension) }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func builtIn() throws -> [Checklist] {
        try builtInFiles().map { try load(file: $0) }
    }

    /// A built-in id (`miit-aging-web`) or a path to a YAML file.
    static func resolve(_ reference: String) throws -> Checklist {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: reference, isDirectory: &isFolder), !isFolder.boolValue {
            return try load(file: URL(fileURLWithPath: reference))
        }
        if let file = builtInFiles().first(where: { $0.deletingPathExtension().lastPathComponent == reference }) {
            return try load(file: file)
        }
        let known = builtInFiles().map { $0.deletingPathExtension().lastPathComponent }.joined(separator: ", ")
        throw ChecklistProblems([ChecklistProblem(file: reference, line: nil, message: "no such checklist file or built-in id (built-in: \(known))")])
    }

    static func load(file: URL) throws -> Checklist {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw ChecklistProblems([ChecklistProblem(file: file.path, line: nil, message: "cannot read: \(error.localizedDescription)")])
        }
        return try ChecklistLoader.load(yaml: text, file: file.path, knownRules: knownRules, ruleOptions: builtInRuleOptions)
    }
}
