/// Shell-style globs for paths relative to an audited folder (`--exclude`, suppression and answer scopes):
/// `*` within a path segment, `**` across segments, `?` one character. A pattern without `/` matches any
/// segment's name (so `drafts` or `*.bak.html` work anywhere).
public struct Glob: Sendable, Hashable, Codable {
    public let pattern: String

    public init(_ pattern: String) { self.pattern = pattern }

    public init(from decoder: any Decoder) throws { pattern = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(pattern)
    }

    public func matches(_ path: String) -> Bool {
        if !pattern.contains("/") {
            return path.split(separator: "/").contains { Self.match(Array(pattern), Array($0)) }
        }
        return Self.match(Array(pattern), Array(path)) || Self.match(Array(pattern), Array(path + "/"))
    }

    /// Iterative wildcard matching with backtracking to the last star (no recursion).
    static func match(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0
        var starP = -1, starT = 0, starCrossesSlash = false
        while t < text.count {
            if p < pattern.count, pattern[p] == "*" {
                let double = p + 1 < pattern.count && pattern[p + 1] == "*"
                starCrossesSlash = double
                p += double ? 2 : 1
                if double, p < pattern.count, pattern[p] == "/" { p += 1; starP = p; starT = t; continue }
                starP = p
                starT = t
                continue
            }
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t], !(pattern[p] == "?" && text[t] == "/") {
                p += 1
                t += 1
                continue
            }
            if starP >= 0, starCrossesSlash || text[starT] != "/" {
                starT += 1
                t = starT
                p = starP
                continue
            }
            return false
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}

/// A calendar day, `YYYY-MM-DD`. Suppression expiry compares days, never clock times, and "today" is
/// passed in, so tests fix it.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    public init?(_ text: String) {
        let parts = text.trimmingWhitespace.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The UTC day of a Unix time.
    public init(unixTime: Double) {
        // Civil-from-days (H. Hinnant), so no Foundation calendar is needed.
        let days = Int((unixTime / 86_400).rounded(.down))
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    public var description: String {
        let pad = { (value: Int, width: Int) -> String in
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a YYYY-MM-DD date"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
