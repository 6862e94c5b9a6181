/// An input that could not be read: a file, or one JSON Lines record, skipped with a reason.
///
/// Its description is the line printed on stderr: `path[:line]: reason`.
public struct ReadProblem: Error, CustomStringConvertible, Sendable, Hashable {
    /// The file (or `-` for stdin).
    public var path: String
    /// The 1-based line for a JSON Lines or manifest record; `nil` for a whole file.
    public var line: Int?
    /// What was wrong, in a few words.
    public var reason: String

    /// Creates a problem report.
    /// - Parameters:
    ///   - path: the file, or `-` for stdin.
    ///   - line: the 1-based line, when one record of a file is at fault.
    ///   - reason: a short explanation.
    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `path[:line]: reason`.
    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
