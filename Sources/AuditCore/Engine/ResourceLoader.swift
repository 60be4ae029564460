import HTMLDOM

/// Where a resource that a page refers to (a style sheet, a framed page) could be found.
public enum ResourceLocation: Sendable, Equatable {
    /// A local file, by its path relative to the audited root.
    case local(String)
    /// On the network (http:, https:, //host): wza never fetches it.
    case remote(String)
    /// Outside the audited root, empty, or not a URL of a file wza can read (data:, javascript:, file:///C:/…).
    case unavailable(String)
}

/// Loads files that pages refer to, only inside the audited root; supplied by the CLI, which does the I/O.
/// Where a page's URL points is `PageContext.locate`'s answer (`PageURL`, with the page's `<base href>`).
public struct ResourceLoader: Sendable {
    /// Reads a local resource by its root-relative path; nil when missing or unreadable.
    public var read: @Sendable (String) -> [UInt8]?

    public init(read: @escaping @Sendable (String) -> [UInt8]?) {
        self.read = read
    }

    /// A loader that finds nothing (tests, single strings).
    public static let none = ResourceLoader { _ in nil }
}

extension ResourceLocation {
    /// The location `PageURL` resolved `url` to.
    init(_ resolution: PageURL.Resolution, url: String) {
        switch resolution {
        case .local(let path): self = .local(path)
        case .failed(.remote): self = .remote(url.trimmedText)
        case .failed: self = .unavailable(url.trimmedText)
        }
    }
}
