/// Counts in the words messages use: "1 contribution", "3 proposals", "2 people".
public enum Phrase {
    public static func counted(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : many ?? one + "s")"
    }
}
