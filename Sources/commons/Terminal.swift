import Glibc

/// Questions for a person at a terminal. Commands ask only when standard input is one:
/// in a script or CI nothing ever waits for an answer.
enum Terminal {
    static var isInteractive: Bool { isatty(0) == 1 }

    /// Asks on standard error (standard output stays the command's), showing the default,
    /// which an empty answer takes; nil when input ends.
    static func ask(_ question: String, default value: String? = nil) -> String? {
        FileStream.standardError.write(question + (value.map { " [\($0)]" } ?? "") + ": ")
        guard let line = readLine() else {
            FileStream.standardError.write("\n")
            return nil
        }
        let answer = line.trimmingSpaces
        return answer.isEmpty ? value : answer
    }

    /// Asks until the answer passes `check`, which says what is wrong with one that does not.
    static func ask(_ question: String, default value: String? = nil, check: (String) -> String?) -> String? {
        while let answer = ask(question, default: value) {
            guard let problem = check(answer) else { return answer }
            FileStream.standardError.write("  \(problem)\n")
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var view = Substring(self)
        while view.first?.isWhitespace == true { view.removeFirst() }
        while view.last?.isWhitespace == true { view.removeLast() }
        return String(view)
    }
}
