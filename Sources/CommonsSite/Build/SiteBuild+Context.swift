import CommonsAnalysis
import CommonsModel

extension SiteBuild {
    /// What the template of one page receives, for theme authors.
    public struct PageContextReport: Sendable {
        /// The template that draws the page, without `.mustache`.
        public let template: String
        /// "project pages".
        public let kind: String
        /// The values, as pretty JSON.
        public let json: String
    }

    /// The context of the page published at `url` ("/projects/maps/"): the build's steps
    /// up to its plan, nothing written. nil when the build stops (see `diagnostics`) or
    /// no page is published there (see `pageAddresses`).
    public mutating func context(ofPageAt url: String) -> PageContextReport? {
        guard Pipeline(SiteBuild.planning).run(&self), let plan, let page = plan.page(at: url) else { return nil }
        let json = ContextReading.json(plan.context(of: page), as: .object(page.kind.shape))
        return PageContextReport(template: page.kind.template, kind: page.kind.name, json: json.text)
    }

    /// A few of the addresses the planned site has, for a message when a URL is not one.
    public var pageAddresses: [String] { plan?.pages.map { "/" + $0.path.url } ?? [] }
}
