/// Why a gazetteer could not be loaded at all (bad rows are reported in `loadIssues` instead).
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    /// The file concerned, if any.
    public var path: String?
    /// What went wrong.
    public var reason: String

    /// Creates an error about `path`.
    public init(path: String?, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        if let path { return "\(path): \(reason)" }
        return reason
    }
}
