import Foundation

/// An sRGB colour with straight (non-premultiplied) alpha; channels 0…1.
public struct RGBA: Hashable, Sendable, CustomStringConvertible {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = Self.clamp(red); self.green = Self.clamp(green); self.blue = Self.clamp(blue); self.alpha = Self.clamp(alpha)
    }

    /// From 0…255 channels.
    public init(_ red: Double, _ green: Double, _ blue: Double, _ alpha: Double = 1) {
        self.init(red: red / 255, green: green / 255, blue: blue / 255, alpha: alpha)
    }

    public static let black = RGBA(0, 0, 0)
    public static let white = RGBA(255, 255, 255)
    public static let transparent = RGBA(0, 0, 0, 0)

    public var isOpaque: Bool { alpha >= 0.999 }
    public var isTransparent: Bool { alpha <= 0.001 }

    /// Source-over compositing of this colour on `background`.
    public func composited(over background: RGBA) -> RGBA {
        let outAlpha = alpha + background.alpha * (1 - alpha)
        guard outAlpha > 0 else { return .transparent }
        func mix(_ top: Double, _ bottom: Double) -> Double {
            (top * alpha + bottom * background.alpha * (1 - alpha)) / outAlpha
        }
        return RGBA(red: mix(red, background.red), green: mix(green, background.green), blue: mix(blue, background.blue), alpha: outAlpha)
    }

    /// The colour with its alpha multiplied (for `opacity`).
    public func withAlpha(multipliedBy factor: Double) -> RGBA {
        RGBA(red: red, green: green, blue: blue, alpha: alpha * factor)
    }

    /// WCAG 2 relative luminance (alpha ignored: composite first).
    public var relativeLuminance: Double {
        func linear(_ channel: Double) -> Double {
            channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2 contrast ratio, 1…21.
    public func contrastRatio(with other: RGBA) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// `#rrggbb` or `#rrggbbaa`.
    public var hex: String {
        func byte(_ channel: Double) -> String {
            let value = Int((channel * 255).rounded())
            return (value < 16 ? "0" : "") + String(value, radix: 16)
        }
        return "#" + byte(red) + byte(green) + byte(blue) + (isOpaque ? "" : byte(alpha))
    }

    public var description: String { hex }

    private static func clamp(_ value: Double) -> Double { value.isNaN ? 0 : min(max(value, 0), 1) }
}

/// A specified colour: a concrete value, `currentcolor`, or a valid colour wza cannot convert.
public enum CSSColor: Hashable, Sendable {
    case rgba(RGBA)
    case currentColor
    /// Valid CSS (e.g. `color-mix()`, wide-gamut spaces) that wza does not convert.
    case unknown
}

/// CSS Color 4 parsing.
public enum ColorParser {
    /// Parses a colour from text (`#fff`, `rgb(0 0 0 / 50%)`, `hsl(…)`, `oklch(…)`, named colours…).
    public static func parse(_ text: String) -> CSSColor? {
        parse(CSSTokenizer.tokenize(text)[...])
    }

    static func parse(_ tokens: ArraySlice<CSSToken>) -> CSSColor? {
        let array = Array(tokens)
        let trimmed = CSSParser.trimmed(array, 0..<array.count)
        guard let first = trimmed.first else { return nil }
        switch array[first] {
        case .ident(let name):
            guard trimmed.count == 1 else { return nil }
            return keyword(name.asciiLowercased)
        case .hash(let value, _):
            guard trimmed.count == 1 else { return nil }
            return hex(value).map(CSSColor.rgba)
        case .function(let name):
            let (contents, next) = CSSParser.blockContents(array, open: first, end: trimmed.upperBound)
            guard next == trimmed.upperBound else { return nil }
            return function(name.asciiLowercased, array, contents)
        default:
            return nil
        }
    }

    static func keyword(_ name: String) -> CSSColor? {
        switch name {
        case "transparent": return .rgba(.transparent)
        case "currentcolor": return .currentColor
        default:
            if let value = NamedColors.table[name] {
                return .rgba(RGBA(Double(value >> 16), Double((value >> 8) & 0xFF), Double(value & 0xFF)))
            }
            if let value = NamedColors.system[name] {
                return .rgba(RGBA(Double(value >> 16), Double((value >> 8) & 0xFF), Double(value & 0xFF)))
            }
            return nil
        }
    }

    static func hex(_ text: String) -> RGBA? {
        let digits = text.unicodeScalars.compactMap { $0.properties.isASCIIHexDigit ? Int(String($0), radix: 16) : nil }
        guard digits.count == text.unicodeScalars.count else { return nil }
        switch digits.count {
        case 3, 4:
            let alpha = digits.count == 4 ? Double(digits[3] * 17) / 255 : 1
            return RGBA(Double(digits[0] * 17), Double(digits[1] * 17), Double(digits[2] * 17), alpha)
        case 6, 8:
            func pair(_ i: Int) -> Double { Double(digits[i] * 16 + digits[i + 1]) }
            return RGBA(pair(0), pair(2), pair(4), digits.count == 8 ? pair(6) / 255 : 1)
        default:
            return nil
        }
    }

    /// A channel value: number, percentage (`percentScale` = what 100% means), `none` → 0, or angle.
    private enum Channel {
        case number(Double), percent(Double), angle(Double), none
    }

    private static func channels(_ tokens: [CSSToken], _ range: Range<Int>) -> (values: [Channel], alpha: Channel?, legacy: Bool)? {
        let parts = CSSParser.splitCommas(tokens, range)
        var values: [Channel] = []
        var alpha: Channel?
        func channel(_ token: CSSToken) -> Channel? {
            switch token {
            case .number(let n): return .number(n.value)
            case .percentage(let p): return .percent(p)
            case .dimension: return LengthParser.angle(token).map(Channel.angle)
            case .ident(let name) where name.asciiLowercased == "none": return Channel.none
            default: return nil
            }
        }
        if parts.count > 1 {
            // Legacy comma syntax: one token per part.
            for part in parts {
                let trimmed = CSSParser.trimmed(tokens, part)
                guard trimmed.count == 1, let value = channel(tokens[trimmed.lowerBound]) else { return nil }
                values.append(value)
            }
            if values.count == 4 { alpha = values.removeLast() }
            return values.count == 3 ? (values, alpha, true) : nil
        }
        var afterSlash = false
        for index in range where !tokens[index].isWhitespace {
            if tokens[index].isDelim("/") { afterSlash = true; continue }
            guard let value = channel(tokens[index]) else { return nil }
            if afterSlash { guard alpha == nil else { return nil }; alpha = value } else { values.append(value) }
        }
        return values.count == 3 ? (values, alpha, false) : nil
    }

    private static func number(_ channel: Channel, percentScale: Double) -> Double {
        switch channel {
        case .number(let value), .angle(let value): value
        case .percent(let value): value / 100 * percentScale
        case .none: 0
        }
    }

    private static func hue(_ channel: Channel) -> Double? {
        switch channel {
        case .number(let value), .angle(let value): value
        case .none: 0
        case .percent: nil
        }
    }

    private static func alphaValue(_ channel: Channel?) -> Double {
        guard let channel else { return 1 }
        return number(channel, percentScale: 1)
    }

    private static func function(_ name: String, _ tokens: [CSSToken], _ range: Range<Int>) -> CSSColor? {
        // Relative colours (`rgb(from …)`), color-mix() and calc() inside channels: valid, not converted.
        if name == "color-mix" || range.contains(where: { tokens[$0].keyword == "from" || tokens[$0] == .function("calc") }) {
            return .unknown
        }
        if name == "light-dark" {
            let parts = CSSParser.splitCommas(tokens, range)
            guard parts.count == 2 else { return nil }
            return parse(tokens[CSSParser.trimmed(tokens, parts[0])])
        }
        if name == "color" { return colorFunction(tokens, range) }
        guard let (values, alphaChannel, _) = channels(tokens, range) else { return nil }
        let alpha = alphaValue(alphaChannel)
        switch name {
        case "rgb", "rgba":
            let channels = values.map { number($0, percentScale: 255) }
            return .rgba(RGBA(channels[0], channels[1], channels[2], alpha))
        case "hsl", "hsla":
            guard let h = hue(values[0]) else { return nil }
            let s = number(values[1], percentScale: 100) / 100, l = number(values[2], percentScale: 100) / 100
            return .rgba(hslToRGB(h, s, l, alpha))
        case "hwb":
            guard let h = hue(values[0]) else { return nil }
            var w = number(values[1], percentScale: 100) / 100, b = number(values[2], percentScale: 100) / 100
            if w + b >= 1 { let gray = w / (w + b); return .rgba(RGBA(red: gray, green: gray, blue: gray, alpha: alpha)) }
            let base = hslToRGB(h, 1, 0.5, 1)
            w = max(w, 0); b = max(b, 0)
            func apply(_ c: Double) -> Double { c * (1 - w - b) + w }
            return .rgba(RGBA(red: apply(base.red), green: apply(base.green), blue: apply(base.blue), alpha: alpha))
        case "lab":
            let l = number(values[0], percentScale: 100), a = number(values[1], percentScale: 125), b = number(values[2], percentScale: 125)
            return .rgba(ColorSpaces.labToRGB(l, a, b, alpha))
        case "lch":
            guard let h = hue(values[2]) else { return nil }
            let l = number(values[0], percentScale: 100), c = number(values[1], percentScale: 150)
            return .rgba(ColorSpaces.labToRGB(l, c * cos(h * .pi / 180), c * sin(h * .pi / 180), alpha))
        case "oklab":
            let l = number(values[0], percentScale: 1), a = number(values[1], percentScale: 0.4), b = number(values[2], percentScale: 0.4)
            return .rgba(ColorSpaces.oklabToRGB(l, a, b, alpha))
        case "oklch":
            guard let h = hue(values[2]) else { return nil }
            let l = number(values[0], percentScale: 1), c = number(values[1], percentScale: 0.4)
            return .rgba(ColorSpaces.oklabToRGB(l, c * cos(h * .pi / 180), c * sin(h * .pi / 180), alpha))
        default:
            return nil
        }
    }

    /// `color(srgb r g b / a)` and `srgb-linear`; other spaces are valid but reported as unknown.
    private static func colorFunction(_ tokens: [CSSToken], _ range: Range<Int>) -> CSSColor? {
        let trimmed = CSSParser.trimmed(tokens, range)
        guard let first = trimmed.first, let space = tokens[first].keyword else { return nil }
        guard let (values, alphaChannel, legacy) = channels(tokens, first + 1..<trimmed.upperBound), !legacy else { return nil }
        let rgb = values.map { number($0, percentScale: 1) }
        let alpha = alphaValue(alphaChannel)
        switch space {
        case "srgb": return .rgba(RGBA(red: rgb[0], green: rgb[1], blue: rgb[2], alpha: alpha))
        case "srgb-linear":
            let encoded = rgb.map(ColorSpaces.gammaEncode)
            return .rgba(RGBA(red: encoded[0], green: encoded[1], blue: encoded[2], alpha: alpha))
        case "display-p3", "a98-rgb", "prophoto-rgb", "rec2020", "xyz", "xyz-d50", "xyz-d65": return .unknown
        default: return nil
        }
    }

    static func hslToRGB(_ hue: Double, _ saturation: Double, _ lightness: Double, _ alpha: Double) -> RGBA {
        let h = (hue.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360)
        let s = min(max(saturation, 0), 1), l = min(max(lightness, 0), 1)
        func f(_ n: Double) -> Double {
            let k = (n + h / 30).truncatingRemainder(dividingBy: 12)
            let a = s * min(l, 1 - l)
            return l - a * max(-1, min(k - 3, 9 - k, 1))
        }
        return RGBA(red: f(0), green: f(8), blue: f(4), alpha: alpha)
    }
}

/// Conversions from CIE Lab (D50) and OKLab to sRGB, with the matrices published in CSS Color 4.
enum ColorSpaces {
    static func gammaEncode(_ linear: Double) -> Double {
        let sign: Double = linear < 0 ? -1 : 1
        let value = abs(linear)
        return value > 0.0031308 ? sign * (1.055 * pow(value, 1 / 2.4) - 0.055) : 12.92 * linear
    }

    static func linearToRGB(_ r: Double, _ g: Double, _ b: Double, _ alpha: Double) -> RGBA {
        RGBA(red: gammaEncode(r), green: gammaEncode(g), blue: gammaEncode(b), alpha: alpha)
    }

    static func oklabToRGB(_ l: Double, _ a: Double, _ b: Double, _ alpha: Double) -> RGBA {
        let l1 = l + 0.3963377774 * a + 0.2158037573 * b
        let m1 = l - 0.1055613458 * a - 0.0638541728 * b
        let s1 = l - 0.0894841775 * a - 1.2914855480 * b
        let (lc, mc, sc) = (l1 * l1 * l1, m1 * m1 * m1, s1 * s1 * s1)
        return linearToRGB(
            4.0767416621 * lc - 3.3077115913 * mc + 0.2309699292 * sc,
            -1.2684380046 * lc + 2.6097574011 * mc - 0.3413193965 * sc,
            -0.0041960863 * lc - 0.7034186147 * mc + 1.7076147010 * sc, alpha)
    }

    static func labToRGB(_ l: Double, _ a: Double, _ b: Double, _ alpha: Double) -> RGBA {
        // Lab → XYZ (D50)
        let kappa = 24389.0 / 27.0, epsilon = 216.0 / 24389.0
        let fy = (l + 16) / 116, fx = fy + a / 500, fz = fy - b / 200
        let x = (pow(fx, 3) > epsilon ? pow(fx, 3) : (116 * fx - 16) / kappa) * 0.3457 / 0.3585
        let y = l > kappa * epsilon ? pow(fy, 3) : l / kappa
        let z = (pow(fz, 3) > epsilon ? pow(fz, 3) : (116 * fz - 16) / kappa) * (1 - 0.3457 - 0.3585) / 0.3585
        // Bradford D50 → D65
        let x65 = 0.955473421488075 * x - 0.02309845494876471 * y + 0.06325924320057072 * z
        let y65 = -0.0283697093338637 * x + 1.0099953980813041 * y + 0.021041441191917323 * z
        let z65 = 0.012314014864481998 * x - 0.020507649298898964 * y + 1.330365926242124 * z
        // XYZ (D65) → linear sRGB
        return linearToRGB(
            3.2409699419045226 * x65 - 1.537383177570094 * y65 - 0.4986107602930034 * z65,
            -0.9692436362808796 * x65 + 1.8759675015077202 * y65 + 0.04155505740717559 * z65,
            0.05563007969699366 * x65 - 0.20397695888897652 * y65 + 1.0569715142428786 * z65, alpha)
    }
}
