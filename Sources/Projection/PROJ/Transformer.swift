import CProj

/// Transforms positions between two CRSs, always in longitude/latitude and east/north order.
///
/// Owns its own PROJ context and the `PJ` made by
/// [`proj_create_crs_to_crs_from_pj`](https://proj.org/development/reference/functions.html#c.proj_create_crs_to_crs_from_pj)
/// and [`proj_normalize_for_visualization`](https://proj.org/development/reference/functions.html#c.proj_normalize_for_visualization);
/// both are freed in `deinit` (`proj_destroy`, then `proj_context_destroy`).
///
/// ```swift
/// let t = try Transformer(from: "EPSG:4326", to: "EPSG:22770")
/// let aleppo = try t.forward(XY(x: 37.1612, y: 36.2012))      // (282898.23, 472123.13) metres
/// var points = [XY(x: 36.2913, y: 33.5102), XY(x: 2.35, y: 48.85)]
/// let report = try t.forward(&points)                       // report.outsideAreaOfUse == [1]
/// ```
///
/// Thread safety: a transformer is **not** safe to use from two threads at once (a PROJ context is
/// not thread safe). Make one per thread — they are independent, each with its own context — or call
/// ``forwardParallel(_:workers:)``, which runs one transformer per worker. It is `@unchecked Sendable`
/// so it can be *moved* to another thread.
public final class Transformer: @unchecked Sendable {
    /// The transformer's own context; outlives `handle` and the CRSs.
    let context: ProjContext
    /// The normalised coordinate operation; never null.
    let handle: OpaquePointer
    /// The source CRS (shares this transformer's context).
    public let source: CRS
    /// The target CRS (shares this transformer's context).
    public let target: CRS
    /// The `proj.db` asked for at creation, reused for parallel workers.
    let databasePath: String?
    /// Areas of use that are not the whole world, checked by the batch calls.
    let areas: [AreaOfUse]
    /// Lazily made helpers that turn a projected side into longitude/latitude for the area check.
    var sourceToGeographic: GeographicHelper??
    var targetToGeographic: GeographicHelper??
    /// Extra transformers for ``forwardParallel(_:workers:)``, one per additional worker.
    var workers: [Transformer] = []

    /// Creates a transformer between two CRS definitions.
    ///
    /// - Parameters:
    ///   - source: Any definition PROJ accepts: `"EPSG:4326"`, `"EPSG:22770"`, WKT, PROJJSON, a proj string.
    ///   - target: Same.
    /// - Throws: ``ProjectionError``: `.unknownCRS`, `.invalidDefinition` or `.missingDatabase` for a
    ///   bad definition (naming it), `.transformFailed` when PROJ has no operation between the two.
    ///
    /// The first transformer for a pair searches PROJ's database for the operations (tens of
    /// milliseconds for a datum change such as EPSG:4326 to EPSG:22770) and is kept as a prototype;
    /// later ones for the same pair are copies of it on their own context (`proj_clone`, about a
    /// millisecond), exactly as PROJ recommends for using one transformation on several threads.
    public convenience init(from source: String, to target: String) throws {
        try self.init(cloning: TransformerPrototypes.shared.transformer(from: source, to: target))
    }

    /// A copy of `prototype` on a fresh context (`proj_clone` of the operation and both CRSs).
    /// The caller holds ``TransformerPrototypes``' lock, so nothing else reads the prototype meanwhile.
    init(cloning prototype: Transformer) throws {
        let ctx = try ProjContext()
        let src = try CRS(cloning: prototype.source, context: ctx)
        let tgt = try CRS(cloning: prototype.target, context: ctx)
        ctx.clearMessages()
        guard let pj = proj_clone(ctx.handle, prototype.handle) else {
            throw ctx.error(.transformFailed, prototype.pairName)
        }
        self.context = ctx
        self.handle = pj
        self.source = src
        self.target = tgt
        self.databasePath = nil
        self.areas = prototype.areas
    }

    /// Creates a transformer from scratch, optionally on a specific `proj.db` (tests use a missing one).
    ///
    /// Wraps `proj_create` (both CRSs), `proj_create_crs_to_crs_from_pj` and
    /// `proj_normalize_for_visualization`.
    init(from source: String, to target: String, databasePath: String?) throws {
        let ctx = try ProjContext(databasePath: databasePath)
        let src = try CRS(source, context: ctx)
        let tgt = try CRS(target, context: ctx)
        ctx.clearMessages()
        guard let raw = proj_create_crs_to_crs_from_pj(ctx.handle, src.handle, tgt.handle, nil, nil) else {
            throw ctx.error(.transformFailed, "\(source) -> \(target)")
        }
        let normalized = proj_normalize_for_visualization(ctx.handle, raw)
        proj_destroy(raw)
        guard let normalized else { throw ctx.error(.transformFailed, "\(source) -> \(target)") }
        self.context = ctx
        self.handle = normalized
        self.source = src
        self.target = tgt
        self.databasePath = databasePath
        self.areas = [src.areaOfUse, tgt.areaOfUse].compactMap { $0 }.filter { a in
            !(a.west <= -180 && a.east >= 180 && a.south <= -90 && a.north >= 90)
        }
    }

    deinit {
        proj_destroy(handle)
    }

    /// `"SOURCE -> TARGET"`, for errors.
    var pairName: String { "\(source.definition) -> \(target.definition)" }

    // MARK: - Single points

    /// Transforms one position from the source to the target CRS.
    ///
    /// Wraps [`proj_trans`](https://proj.org/development/reference/functions.html#c.proj_trans) with
    /// `PJ_FWD`. It does not check the area of use; the batch ``forward(_:)-(inout_[XY])`` does.
    ///
    /// - Parameter p: A source position (`x` longitude or easting, `y` latitude or northing).
    /// - Returns: The target position.
    /// - Throws: ``ProjectionError`` `.transformFailed` with PROJ's message when the result is infinite.
    public func forward(_ p: XY) throws -> XY {
        try transform(p, PJ_FWD)
    }

    /// Transforms one position from the target back to the source CRS (`proj_trans` with `PJ_INV`).
    ///
    /// - Parameter p: A target position.
    /// - Returns: The source position.
    /// - Throws: ``ProjectionError`` `.transformFailed` with PROJ's message when the result is infinite.
    public func inverse(_ p: XY) throws -> XY {
        try transform(p, PJ_INV)
    }

    private func transform(_ p: XY, _ direction: PJ_DIRECTION) throws -> XY {
        context.clearMessages()
        proj_errno_reset(handle)
        let out = proj_trans(handle, direction, PJ_COORD(xyzt: PJ_XYZT(x: p.x, y: p.y, z: 0, t: .infinity)))
        let result = XY(x: out.xy.x, y: out.xy.y)
        guard result.isFinite else {
            var error = context.error(.transformFailed, pairName)
            error.message = "point \(p): " + (error.message.isEmpty ? "no result" : error.message)
            throw error
        }
        return result
    }
}
