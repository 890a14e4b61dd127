import Foundation
import Testing
@testable import CommonsSite

extension Charts {
    /// Writes sample charts to the folder named by `CHART_PREVIEWS`, to look at them in a
    /// browser: `CHART_PREVIEWS=/tmp/charts swift test --filter ChartPreviews`.
    /// Skipped in ordinary runs.
    @Suite struct ChartPreviews {
        static let folder = ProcessInfo.processInfo.environment["CHART_PREVIEWS"]

        @Test(.enabled(if: folder != nil)) func writeSamples() throws {
            let folder = URL(fileURLWithPath: Self.folder!)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, svg) in ChartSamples.all {
                try svg.write(to: folder.appendingPathComponent("\(name).svg"), atomically: true, encoding: .utf8)
            }
        }
    }
}
