import Foundation

/// Where a resource that a page refers to (a style sheet, a framed page) could be found.
public enum ResourceLocation: Sendable, Equatable {
    /// A local file, by its path relative to the audited root.
    case local(String)
    /// On the network (http:, https:, //host): wza never fetches it.
    case remote(String)
    /// Outside the audited root, or not a file URL wza understands (data:, javascript:…).
    case unavailable(String)
}

/// Loads files that pages refer to, only inside the audited root; supplied by the CLI, which does the I/O.
public struct ResourceLoader: Sendable {
    /// Reads a local resource by its root-relative path; nil when missing or unreadable.
    public var read: @Sendable (String) -> [UInt8]?

    public init(read: @escaping @Sendable (String) -> [UInt8]?) {
        self.read = read
    }

    /// A loader that finds nothing (tests, single strings).
    public static let none = ResourceLoader { _ in nil }

    /// Resolves `url` as written in the page at `pagePath` (both relative to the root; `/` is the root).
    public static func locate(_ url: String, from pagePath: String) -> ResourceLocation {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("//") || lower.hasPrefix("ftp:") {
            return .remote(trimmed)
        }
        if lower.contains(":") && !lower.hasPrefix("file:") { return .unavailable(trimmed) }
        var path = lower.hasPrefix("file:") ? String(trimmed.dropFirst(5)) : trimmed
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        guard !path.isEmpty else { return .unavailable(trimmed) }
        var segments: [Substring] = path.hasPrefix("/") ? [] : pagePath.split(separator: "/").dropLast()
        for segment in path.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                // Climbing above the root leaves the audited folder: never read.
                guard !segments.isEmpty else { return .unavailable(trimmed) }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        return .local(segments.joined(separator: "/").removingPercentEncodingIfPossible)
    }
}

private extension String {
    var removingPercentEncodingIfPossible: String { removingPercentEncoding ?? self }
}
