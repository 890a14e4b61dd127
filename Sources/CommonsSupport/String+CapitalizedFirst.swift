extension String {
    /// "Code", "Translation": a word that starts a sentence.
    public var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
