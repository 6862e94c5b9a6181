import Foundation

/// An error from the projection layer, carrying PROJ's own message and the definition asked for.
///
/// ```swift
/// do { _ = try Transformer(from: "EPSG:4326", to: "EPSG:999999") }
/// catch let error as ProjectionError {
///     print(error)   // projection: unknown CRS "EPSG:999999": crs not found: EPSG:999999 (...)
/// }
/// ```
public struct ProjectionError: Error, CustomStringConvertible, Hashable, Sendable {
    /// What went wrong.
    public enum Kind: String, Hashable, Sendable {
        /// An `AUTHORITY:CODE` that PROJ's database does not know (e.g. `EPSG:999999`).
        case unknownCRS = "unknown CRS"
        /// Text PROJ could not parse as a CRS (not WKT, PROJJSON, a proj string or a known code),
        /// or an object that is not a CRS.
        case invalidDefinition = "invalid CRS definition"
        /// PROJ found no way to transform between the two CRSs, or a point could not be transformed.
        case transformFailed = "transform failed"
        /// PROJ's database `proj.db` could not be found or opened (install `proj-data`, or set `PROJ_DATA`).
        case missingDatabase = "proj.db not found"
        /// PROJ could not even create a context (out of memory).
        case contextCreationFailed = "cannot create PROJ context"
    }

    /// What went wrong.
    public var kind: Kind
    /// The CRS definition (or `"SOURCE -> TARGET"` pair) that was asked for.
    public var definition: String
    /// PROJ's own message: its log messages and/or `proj_context_errno_string`.
    public var message: String
    /// PROJ's error number (`proj_context_errno`), 0 when PROJ set none.
    public var code: Int

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - definition: The CRS definition asked for.
    ///   - message: PROJ's message.
    ///   - code: PROJ's error number.
    public init(_ kind: Kind, definition: String, message: String, code: Int = 0) {
        self.kind = kind
        self.definition = definition
        self.message = message
        self.code = code
    }

    /// One line: `projection: KIND "DEFINITION": PROJ's message`. Long definitions (WKT, PROJJSON)
    /// are shortened and put on one line.
    public var description: String {
        var shown = definition.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        if shown.count > 80 { shown = String(shown.prefix(77)) + "..." }
        let text = message.isEmpty ? "no message from PROJ" : message
        return "projection: \(kind.rawValue) \"\(shown)\": \(text)"
    }
}
