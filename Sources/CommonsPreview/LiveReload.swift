/// The one `<script>` element `commons serve` adds to every HTML page, and nothing else
/// it adds: it listens to the preview's events (Server-Sent Events, since a reload only
/// needs the server to speak) and reloads the page when a build other than the one it
/// was drawn by is announced — after a rebuild, and after `serve` restarts, since every
/// run names its builds afresh. It never appears in `build`'s output.
enum LiveReload {
    /// No page can be published here: slugs, handles and ids are lowercase letters,
    /// digits and '-', and assets live under /assets/.
    static let eventsPath = "/_commons/events"

    /// Retries a connection the browser gave up on (a refused connection while `serve`
    /// restarts); EventSource retries a dropped one by itself.
    static func script(build: String) -> String {
        "<script>(function(){var shown=\"\(build)\";function listen(){var events=new EventSource(\"\(eventsPath)\");"
            + "events.addEventListener(\"build\",function(e){if(e.data!==shown){events.close();location.reload();}});"
            + "events.onerror=function(){if(events.readyState===2){setTimeout(listen,1000);}};}listen();})();</script>"
    }

    static func insert(into page: [UInt8], build: String) -> [UInt8] {
        PageSplice.beforeBodyEnd(script(build: build), in: page)
    }
}
