import Foundation
import Glibc
import Testing

/// `commons serve` as a person starts and stops it.
@Suite struct ServeCommandTests {
    let cli = CommandLineTests()

    @Test func ctrlCEndsItCleanlyAndLeavesNoFiles() throws {
        let content = try cli.folder(cli.clean)
        let temporary = try cli.folder(["keep": ""])
        defer { try? FileManager.default.removeItem(atPath: content); try? FileManager.default.removeItem(atPath: temporary) }
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["serve", "--content", content, "--port", "0", "--as-of", "2026-06-30"]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary]) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        var printed = ""
        let deadline = Date().addingTimeInterval(20)
        while !printed.contains("built ") && Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        #expect(printed.contains(#/serving http://127\.0\.0\.1:\d+//#))
        #expect(printed.contains(#/built \d+ files in /#))
        kill(process.processIdentifier, SIGINT)
        printed += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(printed.hasSuffix("stopped\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == ["keep"])
        #expect(!FileManager.default.fileExists(atPath: content + "/_site"))
    }

    @Test func aPortAskedForAndTakenIsAUsageError() throws {
        let content = try cli.folder(cli.clean)
        defer { try? FileManager.default.removeItem(atPath: content) }
        let (holder, port) = try listeningSocket()
        defer { close(holder) }
        let run = try cli.run(["serve", "--content", content, "--port", String(port)])
        #expect(run.status == 2)
        #expect(run.stderr.contains("port \(port) is taken"))
    }

    @Test func anotherAddressIsWarnedAbout() throws {
        let content = try cli.folder(cli.clean)
        defer { try? FileManager.default.removeItem(atPath: content) }
        let (holder, port) = try listeningSocket()
        defer { close(holder) }
        // Taken, so it ends at once, after the warning.
        let run = try cli.run(["serve", "--content", content, "--bind", "127.0.0.1", "--port", String(port)])
        #expect(!run.stderr.contains("warning"))
        let open = try cli.run(["serve", "--content", content, "--bind", "not-an-address", "--port", "1"])
        #expect(open.status == 2)
        #expect(open.stderr.contains("warning: --bind not-an-address: the preview can be reached by others"))
    }

    /// A socket listening on an ephemeral port of 127.0.0.1, and the port.
    func listeningSocket() throws -> (Int32, UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound, listen(fd, 8) == 0 else { throw CocoaError(.fileWriteUnknown) }
        return (fd, UInt16(bigEndian: address.sin_port))
    }
}
