/// A basemap file that cannot be used, with the file named.
public struct BasemapError: Error, CustomStringConvertible, Sendable {
    /// The file's path.
    public var file: String
    /// What is wrong with it.
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}
