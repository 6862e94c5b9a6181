/// What a batch transform could not do well: the points PROJ could not transform, and the points
/// that lie outside the area where the source or target CRS is meant to be used.
///
/// Indices are positions in the array passed to the batch call, in increasing order. A point in
/// `failed` holds `HUGE_VAL` (infinite) coordinates after the call and must not be drawn. A point in
/// `outsideAreaOfUse` was transformed, but the result may be far less accurate than the CRS promises.
public struct TransformReport: Hashable, Sendable {
    /// Indices of points PROJ returned as `HUGE_VAL`/infinite (or NaN).
    public var failed: [Int]
    /// Indices of points outside the source's or target's area of use (see ``AreaOfUse``).
    public var outsideAreaOfUse: [Int]
    /// PROJ's own message for the first failure (from `proj_errno` and `proj_context_errno_string`),
    /// or `nil` when nothing failed.
    public var message: String?

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - failed: Indices of points that could not be transformed.
    ///   - outsideAreaOfUse: Indices of points outside the area of use.
    ///   - message: PROJ's message for the failures, if any.
    public init(failed: [Int] = [], outsideAreaOfUse: [Int] = [], message: String? = nil) {
        self.failed = failed
        self.outsideAreaOfUse = outsideAreaOfUse
        self.message = message
    }

    /// `true` when every point was transformed and lies inside the area of use.
    public var isClean: Bool { failed.isEmpty && outsideAreaOfUse.isEmpty }

    /// Appends another report whose indices start at `offset` in the combined batch.
    mutating func append(_ other: TransformReport, offset: Int) {
        failed.append(contentsOf: other.failed.lazy.map { $0 + offset })
        outsideAreaOfUse.append(contentsOf: other.outsideAreaOfUse.lazy.map { $0 + offset })
        if message == nil { message = other.message }
    }
}
