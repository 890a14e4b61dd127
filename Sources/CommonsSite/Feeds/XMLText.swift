/// Text made safe for XML content and attribute values (the feed, the sitemap). Unlike
/// a chart label, feed text keeps its line ends: an entry's HTML may hold a `<pre>`.
func xmlText(_ text: String) -> String {
    text.xmlEscaped(keepingLineEnds: true)
}
