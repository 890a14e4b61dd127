import CommonsReport
import CommonsSupport

/// Pagefind's bundle made byte-reproducible. Pagefind keeps filters in hash maps, so the
/// order of a filter's values in its file, and of the filters in a language's metadata
/// file, changes from run to run — and with it those files' names, which are hashes of
/// their bytes, and the metadata's name in `pagefind-entry.json` (a known limit upstream:
/// its source says the filter indexes should be B-trees "to give them a stable hash").
///
/// This puts the values and the filters in order, names each rewritten file by a hash of
/// its new bytes, and points the metadata and the entry file at the new names. The files
/// it rewrites are stored uncompressed behind Pagefind's `pagefind_dcd` signature, which
/// Pagefind's script reads as it is (it gunzips only a file without it); they are small.
struct PagefindBundle {
    /// The site's `pagefind/` folder.
    let folder: String
    /// An empty folder for unpacking Pagefind's gzipped files.
    let scratch: String

    static let signature = Array("pagefind_dcd".utf8)

    func makeReproducible() throws {
        let entryPath = folder + "/pagefind-entry.json"
        guard var entry = FileSystem.readText(entryPath) else { throw failure("there is no pagefind-entry.json") }
        guard case .object(let languages)? = try JSONValue(parsing: entry)["languages"] else {
            throw failure("pagefind-entry.json lists no languages")
        }
        for (_, language) in languages.sorted(by: { $0.key < $1.key }) {
            guard let hash = language["hash"]?.stringValue else { continue }
            let rewritten = try rewriteMetadata(hash)
            entry = entry.replacing("\"\(hash)\"", with: "\"\(rewritten)\"")
        }
        try FileSystem.write(entry, to: entryPath)
    }

    /// `pagefind.<hash>.pf_meta` — [version, pages, index chunks, filters, …], each filter
    /// a [name, file hash] — with its filters rewritten and sorted by name.
    private func rewriteMetadata(_ hash: String) throws -> String {
        let path = folder + "/pagefind.\(hash).pf_meta"
        let meta = try unpacked(path)
        let parts = try CBOR.items(ofArrayIn: meta, at: 0)
        guard parts.count > 3 else { throw failure("\(path) has no filters where Pagefind 1 puts them") }
        var filters: [(name: String, hash: String)] = []
        for filter in try CBOR.items(ofArrayIn: meta, at: parts[3].lowerBound) {
            let pair = try CBOR.items(ofArrayIn: meta, at: filter.lowerBound)
            guard pair.count == 2 else { throw failure("\(path) has a filter that is not a name and a hash") }
            let name = try CBOR.text(in: meta, at: pair[0].lowerBound)
            filters.append((name, try rewriteFilter(try CBOR.text(in: meta, at: pair[1].lowerBound), language: language(of: hash))))
        }
        filters.sort { Array($0.name.utf8).lexicographicallyPrecedes($1.name.utf8) }
        var sortedFilters = CBOR.head(CBOR.Major.array, filters.count)
        for filter in filters { sortedFilters += CBOR.head(CBOR.Major.array, 2) + CBOR.text(filter.name) + CBOR.text(filter.hash) }
        var rebuilt = Array(meta[0..<parts[0].lowerBound])
        for (index, part) in parts.enumerated() { rebuilt += index == 3 ? sortedFilters : Array(meta[part]) }
        return try store(rebuilt, replacing: path, language: language(of: hash)) { "pagefind.\($0).pf_meta" }
    }

    /// `filter/<hash>.pf_filter` — [name, [[value, pages], …]] — with its values sorted.
    private func rewriteFilter(_ hash: String, language: String) throws -> String {
        let path = folder + "/filter/\(hash).pf_filter"
        let index = try unpacked(path)
        let parts = try CBOR.items(ofArrayIn: index, at: 0)
        guard parts.count == 2 else { throw failure("\(path) is not a filter's name and values") }
        let values = try CBOR.items(ofArrayIn: index, at: parts[1].lowerBound)
        let keyed = try values.map { value in
            (key: Array(try CBOR.text(in: index, at: try CBOR.items(ofArrayIn: index, at: value.lowerBound)[0].lowerBound).utf8), value: value)
        }
        let sorted = keyed.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.value)
        var rebuilt = Array(index[0..<parts[1].lowerBound])
        rebuilt += index[parts[1].lowerBound..<(values.first?.lowerBound ?? parts[1].upperBound)]
        for value in sorted { rebuilt += index[value] }
        return try store(rebuilt, replacing: path, language: language) { "filter/\($0).pf_filter" }
    }

    /// "en" of "en_c193258e49".
    private func language(of hash: String) -> String { String(hash.prefix { $0 != "_" }) }

    /// A file's bytes after the signature, gunzipped (by Debian's gzip) unless they are not.
    private func unpacked(_ path: String) throws -> [UInt8] {
        guard case .success(let bytes) = FileSystem.contents(of: path) else { throw failure("cannot read \(path)") }
        if bytes.starts(with: Self.signature) { return Array(bytes.dropFirst(Self.signature.count)) }
        let packed = scratch + "/unpacking.gz", unpacked = scratch + "/unpacking"
        defer { try? FileSystem.remove(unpacked) }
        try FileSystem.write(bytes, to: packed)
        let gzip = Command.run(["gzip", "-d", "-f", packed])
        guard gzip.succeeded, case .success(let data) = FileSystem.contents(of: unpacked), data.starts(with: Self.signature)
        else { throw failure("cannot unpack \(path): \(gzip.errors)") }
        return Array(data.dropFirst(Self.signature.count))
    }

    /// Writes `bytes` behind the signature under a name made from their hash, in place of
    /// `replacing`; returns the new hash.
    private func store(_ bytes: [UInt8], replacing path: String, language: String,
                       at name: (String) -> String) throws -> String {
        let hash = language + "_" + Self.hash(bytes)
        let newPath = folder + "/" + name(hash)
        try FileSystem.write(Self.signature + bytes, to: newPath)
        if newPath != path { try FileSystem.remove(path) }
        return hash
    }

    /// FNV-1a, 64 bits, in hex: a name that changes with the bytes, not a safeguard.
    static func hash(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private func failure(_ description: String) -> Pagefind.Failure {
        Pagefind.Failure(description: "cannot make Pagefind's index reproducible: \(description)")
    }
}
