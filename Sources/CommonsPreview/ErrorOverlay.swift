import CommonsSupport
import CommonsModel
import CommonsSite

/// While the content or the theme has errors, every page is served with them on top, as
/// `commons check` prints them, over the last good site: part of the page's HTML, so it
/// reads without JavaScript, and a `<details>` a reader can fold away to see the page.
struct ErrorOverlay: Sendable {
    /// The diagnostics as `check` prints them, warnings included.
    let text: String
    /// "2 errors, 1 warning".
    let summary: String

    init(_ diagnostics: [Diagnostic], folder: String) {
        text = DiagnosticFormat.text.render(diagnostics, folder: folder)
        summary = DiagnosticFormat.summary(diagnostics)
    }

    /// At the top of the page and kept there on scrolling (sticky, so it pushes the page
    /// down rather than hiding its header), in colours and type of its own.
    private func element(_ state: String) -> String {
        """
        <details open id="commons-serve-errors" role="alert" style="position:sticky;top:0;\
        z-index:2147483647;max-height:75vh;overflow:auto;margin:0;padding:0.75rem 1.25rem;background:#fff4f4;\
        color:#1b1b1b;border-bottom:4px solid #b3261e;box-shadow:0 4px 18px rgba(0,0,0,0.3);\
        font:15px/1.45 system-ui,sans-serif;text-align:left"><summary style="cursor:pointer;font-weight:bold;\
        color:#b3261e">commons serve: \(summary.escaped(as: .html)) — \(state)</summary><pre style="margin:0.5rem 0 0;\
        white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;color:#1b1b1b;\
        background:transparent">\(text.escaped(as: .html))</pre></details>
        """
    }

    /// A page of the last good site, with the errors over it.
    func insert(into page: [UInt8]) -> [UInt8] {
        PageSplice.afterBodyStart(element("the page below is the last good build; save a fix and it reloads"), in: page)
    }

    /// What every address answers before any build has succeeded.
    func page(build: String) -> [UInt8] {
        let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>commons serve: \(summary.escaped(as: .html))</title>\n</head>\n<body style=\"margin:0\">\n</body>\n</html>\n"
        let overlay = element("nothing could be built yet; save a fix and this page reloads")
        return LiveReload.insert(into: PageSplice.afterBodyStart(overlay, in: Array(page.utf8)), build: build)
    }
}
