extension ThemeReference {
    /// How a theme works with search, after the pages' values.
    static let search = """

        ### Search

        On a site with search (`search: true` in commons.md, or `build --search`), Pagefind
        indexes the built pages before the site goes live and writes its bundle into
        `pagefind/` at the site root. It indexes only what a page marks `data-pagefind-body`
        (the default layout marks `<main>` where `searchBody` is present), leaves out anything
        marked `data-pagefind-ignore` and the elements of class `breadcrumb` and `facts`, and
        takes each page's filters from elements with `data-pagefind-filter="name:value"` (the
        default layout writes `searchFilters` as empty hidden spans). Result addresses keep
        their `index.html`.

        The default `search.mustache` loads Pagefind's UI (`{{root}}pagefind/pagefind-ui.js` and
        its CSS) on that page only, gives it `bundlePath` and `baseUrl` worked out from `{{root}}`
        (so it works under any sub-path), repeats its result count in a `role="status"` region
        for screen readers, starts a search from `?q=`, and lists `letters` — the A to Z that
        readers without JavaScript get. Pagefind's UI takes its colours from `--pagefind-ui-*`
        custom properties, which the default style.css sets from the theme's own.

        """
}
