import StyleEngine

extension ComputedStyle {
    /// Borders that show. A `none` border's colour follows the text colour, so comparing whole borders
    /// would count a colour change as a border cue; only visible sides are compared.
    var visibleBorders: [BorderSide?] {
        [border.top, border.right, border.bottom, border.left].map { $0.width > 0 && $0.style != "none" ? $0 : nil }
    }
}
