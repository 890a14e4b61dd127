extension FileSystem {
    /// Writes bytes that need not be text (an index file), as `write(_:to:making:)` does text.
    public static func write(_ bytes: [UInt8], to path: String, making folder: String? = nil) throws {
        try bytes.withUnsafeBytes { try write($0, to: path, making: folder) }
    }
}
