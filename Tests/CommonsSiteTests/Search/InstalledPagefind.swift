import Foundation
import Testing
@testable import CommonsSite

/// The Pagefind the search tests index with, found as `commons build` finds it. `make
/// test` installs it (make search-tools) and CI sets `CI`, so there the tests that need
/// it run, and fail without it, rather than being skipped.
enum InstalledPagefind {
    static let pagefind: Pagefind? = {
        if case .found(let path) = Pagefind.locate(explicit: nil, environment: ProcessInfo.processInfo.environment) {
            return Pagefind(path: path)
        }
        return nil
    }()

    static var required: Bool { pagefind != nil || ProcessInfo.processInfo.environment["CI"] != nil }

    static let condition = ConditionTrait.enabled(if: required, "Pagefind is not installed: `make search-tools` installs it")
}
