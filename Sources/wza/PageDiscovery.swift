import AuditCore
import Foundation

/// Finds the pages to audit under the given files and folders. wza reads nothing outside them:
/// symbolic links that lead out of an audited folder are skipped and listed.
struct PageDiscovery {
    static let pageExtensions: Set<String> = ["html", "htm", "shtml", "xhtml"]

    var excludes: [Glob]
    var maxFileBytes: Int
    /// Where `/` in pages' URLs points (`--site-root`); pages inside it resolve their style sheets and framed
    /// pages against it, and nothing outside it is read. Nil: each audited folder is its own root.
    var siteRoot: String? = nil

    struct Result {
        var inputs: [PageInput] = []
        var skipped: [SkippedFile] = []
        var missing: [String] = []
    }

    func discover(_ paths: [String]) -> Result {
        var result = Result()
        let fileManager = FileManager.default
        var seen: Set<String> = []
        let folderCount = paths.filter { isDirectory($0) }.count
        for path in paths {
            var isFolder: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isFolder) else {
                result.missing.append(path)
                continue
            }
            let root = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
            if !isFolder.boolValue {
                let display = path
                if seen.insert(root.path).inserted, !isExcluded(display) {
                    result.inputs.append(input(display, url: root, inFolder: false,
                                               resourceRoot: root.deletingLastPathComponent(), resourcePath: root.lastPathComponent))
                }
                continue
            }
            // With several folders, prefix each page with its folder's name so paths stay distinct.
            let prefix = folderCount > 1 ? root.lastPathComponent + "/" : ""
            guard let walker = fileManager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey, .isDirectoryKey],
                                                     options: [], errorHandler: { url, error in
                                                         result.skipped.append(SkippedFile(path: url.path, reason: Localized(
                                                             zh: "无法读取：\(error.localizedDescription)", en: "unreadable: \(error.localizedDescription)")))
                                                         return true
                                                     }) else {
                result.skipped.append(SkippedFile(path: path, reason: Localized(zh: "无法读取的文件夹", en: "unreadable folder")))
                continue
            }
            for case let url as URL in walker {
                let relative = prefix + relativePath(of: url, under: root)
                let values = try? url.resourceValues(forKeys: [.isSymbolicLinkKey, .isDirectoryKey])
                if isExcluded(relative) {
                    if values?.isDirectory == true { walker.skipDescendants() }
                    continue
                }
                guard Self.pageExtensions.contains(url.pathExtension.lowercased()) else { continue }
                let resolved = url.resolvingSymlinksInPath()
                if values?.isSymbolicLink == true, !resolved.path.hasPrefix(root.path + "/") {
                    result.skipped.append(SkippedFile(path: relative, reason: Localized(
                        zh: "符号链接指向被审计文件夹之外，未读取", en: "symbolic link leads outside the audited folder; not read")))
                    continue
                }
                guard (try? resolved.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                if seen.insert(resolved.path).inserted {
                    result.inputs.append(input(relative, url: resolved, inFolder: prefix.isEmpty,
                                               resourceRoot: root, resourcePath: String(relative.dropFirst(prefix.count))))
                }
            }
        }
        result.inputs.sort { $0.path < $1.path }
        return result
    }

    private func input(_ display: String, url: URL, inFolder: Bool, resourceRoot: URL, resourcePath: String) -> PageInput {
        let limit = maxFileBytes
        var resourceRoot = resourceRoot, resourcePath = resourcePath
        if let siteRoot {
            let base = URL(fileURLWithPath: siteRoot).standardizedFileURL.resolvingSymlinksInPath().path
            if url.path.hasPrefix(base + "/") {
                resourceRoot = URL(fileURLWithPath: base)
                resourcePath = String(url.path.dropFirst(base.count + 1))
            }
        }
        return PageInput(path: display, isInFolder: inFolder, resources: SiteFiles.loader(root: resourceRoot, maxBytes: limit),
                         resourcePath: resourcePath) {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            // Read at most one byte past the limit: a huge file is refused without being loaded whole.
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            return [UInt8](data)
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private func relativePath(of url: URL, under root: URL) -> String {
        let full = url.standardizedFileURL.path
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : url.lastPathComponent
    }

    private func isExcluded(_ relative: String) -> Bool { excludes.contains { $0.matches(relative) } }
}
