/// The colours the charts draw with, each a CSS custom property the page can set.
///
/// Text, axes and the line of equality use `currentColor`, so they follow the page's text
/// colour in light and dark schemes alike. Coloured marks read a custom property first;
/// the fallback, #3a8a62, is a mid-tone green with at least 3:1 contrast against white
/// (4.2:1) and against near-black (4.5:1 on #121212), so a page that sets nothing still
/// has visible bars in either scheme. Properties in presentation attributes, not a
/// `<style>` element: a style inside an inline SVG would leak into the whole page.
enum ChartPaint {
    /// Columns of a `ColumnChart` and bars of a `BarList`.
    static let bar = "var(--chart-bar, #3a8a62)"
    /// The Lorenz curve itself.
    static let line = "var(--chart-line, #3a8a62)"
    /// The shaded gap between the Lorenz curve and the line of equality (drawn at
    /// `areaOpacity`, so the page can hand it the same colour as the line).
    static let area = "var(--chart-area, #3a8a62)"
    static let areaOpacity = ".25"
    /// Grid lines, faint (`gridOpacity`) so they never compete with the data.
    static let grid = "var(--chart-grid, currentColor)"
    static let gridOpacity = ".25"
}
