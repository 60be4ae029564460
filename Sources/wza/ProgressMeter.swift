import Foundation

/// Progress on standard error for long runs: pages done, pages per second and time left, on one line
/// redrawn at most five times a second. Only on a terminal, never with --quiet, in CI or with TERM=dumb;
/// it first appears after half a second, so short runs print nothing.
final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let start = Date()
    private var done = 0
    private var lastDraw: TimeInterval = 0
    private var drawn = false

    /// nil when progress must not be shown.
    init?(total: Int, enabled: Bool) {
        guard enabled, total > 1 else { return nil }
        self.total = total
    }

    static var terminalAllowsProgress: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) == 1 && environment["CI"] == nil && environment["TERM"] != "dumb"
    }

    func tick() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed >= 0.5, elapsed - lastDraw >= 0.2 || done == total else { return }
        lastDraw = elapsed
        drawn = true
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.line(done: done, total: total, elapsed: elapsed)).utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// `wza: 120/1000 pages · 85.3 pages/s · about 11 s left`
    static func line(done: Int, total: Int, elapsed: TimeInterval) -> String {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var text = "wza: \(done)/\(total) pages · \(String(format: "%.1f", rate)) pages/s"
        if rate > 0, done < total {
            let left = Int((Double(total - done) / rate).rounded(.up))
            text += left >= 60 ? " · about \(left / 60) min \(left % 60) s left" : " · about \(left) s left"
        }
        return text
    }
}
