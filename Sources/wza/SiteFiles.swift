import AuditCore
import Foundation

/// Reads the files pages refer to (style sheets, framed pages) inside one root folder, never outside it:
/// the path is resolved, symbolic links included, and must stay under the root.
enum SiteFiles {
    static func loader(root: URL, maxBytes: Int) -> ResourceLoader {
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        return ResourceLoader { relative in
            let url = URL(fileURLWithPath: base).appendingPathComponent(relative).standardizedFileURL.resolvingSymlinksInPath()
            guard url.path.hasPrefix(base + "/"), let handle = try? FileHandle(forReadingFrom: url) else { return nil }
            defer { try? handle.close() }
            guard let data = try? handle.read(upToCount: maxBytes), data.count < maxBytes else { return nil }
            return [UInt8](data)
        }
    }
}
