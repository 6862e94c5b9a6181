import CProj

extension Transformer {
    /// Transforms every position in `points` in place, from the source to the target CRS.
    ///
    /// One call to [`proj_trans_generic`](https://proj.org/development/reference/functions.html#c.proj_trans_generic)
    /// over the array's own storage (stride `MemoryLayout<XY>.stride`): no copy, no per-point allocation.
    /// Points PROJ cannot transform come back infinite and are listed in ``TransformReport/failed``;
    /// points outside the source's or target's area of use are listed in
    /// ``TransformReport/outsideAreaOfUse``.
    ///
    /// - Parameter points: Source positions, replaced by target positions.
    /// - Returns: What failed or lies outside the area of use.
    /// - Throws: ``ProjectionError`` `.transformFailed` only when the area-of-use check cannot be set up.
    /// - Complexity: O(n), one thread; see ``forwardParallel(_:workers:)`` for large batches.
    @discardableResult
    public func forward(_ points: inout [XY]) throws -> TransformReport {
        try points.withUnsafeMutableBufferPointer { try run($0, PJ_FWD) }
    }

    /// Transforms every position in `points` in place, from the target back to the source CRS
    /// (`proj_trans_generic` with `PJ_INV`). See ``forward(_:)-(inout_[XY])``.
    ///
    /// - Parameter points: Target positions, replaced by source positions.
    /// - Returns: What failed or lies outside the area of use.
    /// - Throws: ``ProjectionError`` `.transformFailed` only when the area-of-use check cannot be set up.
    @discardableResult
    public func inverse(_ points: inout [XY]) throws -> TransformReport {
        try points.withUnsafeMutableBufferPointer { try run($0, PJ_INV) }
    }

    /// The batch transform behind ``forward(_:)-(inout_[XY])``, ``inverse(_:)-(inout_[XY])`` and the
    /// parallel calls, over one contiguous buffer.
    func run(_ buffer: UnsafeMutableBufferPointer<XY>, _ direction: PJ_DIRECTION) throws -> TransformReport {
        var report = TransformReport()
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return report }
        let forward = direction == PJ_FWD
        let inputIsLonLat = forward ? source.isGeographic : target.isGeographic
        let outputIsLonLat = forward ? target.isGeographic : source.isGeographic
        if !areas.isEmpty, inputIsLonLat { report.outsideAreaOfUse = outside(UnsafeBufferPointer(buffer)) }

        context.clearMessages()
        proj_errno_reset(handle)
        Self.transGeneric(handle, direction, base, buffer.count)

        for i in buffer.indices where !buffer[i].isFinite { report.failed.append(i) }
        if !report.failed.isEmpty {
            report.message = context.lastMessage.isEmpty ? "PROJ returned no coordinates" : context.lastMessage
        }
        if !areas.isEmpty, !inputIsLonLat {
            if outputIsLonLat {
                report.outsideAreaOfUse = outside(UnsafeBufferPointer(buffer))
            } else if let helper = try geographicHelper(forTarget: forward) {
                report.outsideAreaOfUse = try outside(UnsafeBufferPointer(buffer), via: helper)
            }
        }
        return report
    }

    /// `proj_trans_generic` over `count` contiguous ``XY`` values, in place.
    @inline(__always)
    static func transGeneric(_ pj: OpaquePointer, _ direction: PJ_DIRECTION, _ base: UnsafeMutablePointer<XY>, _ count: Int) {
        let stride = MemoryLayout<XY>.stride
        UnsafeMutableRawPointer(base).withMemoryRebound(to: Double.self, capacity: count * 2) { d in
            _ = proj_trans_generic(pj, direction, d, stride, count, d + 1, stride, count, nil, 0, 0, nil, 0, 0)
        }
    }

    /// Indices of finite longitude/latitude positions outside any of ``areas``.
    private func outside(_ lonLat: UnsafeBufferPointer<XY>, offset: Int = 0) -> [Int] {
        var result: [Int] = []
        // Copy the bounds without their names, so the per-point loop touches plain doubles only.
        let boxes = areas.map { AreaOfUse(west: $0.west, south: $0.south, east: $0.east, north: $0.north) }
        boxes.withUnsafeBufferPointer { boxes in
            for i in lonLat.indices {
                let p = lonLat[i]
                guard p.isFinite else { continue }   // failures are reported as failed
                for b in boxes where !b.contains(p) {
                    result.append(i + offset)
                    break
                }
            }
        }
        return result
    }

    /// Indices of positions outside the areas of use, turned into longitude/latitude in chunks.
    private func outside(_ points: UnsafeBufferPointer<XY>, via helper: GeographicHelper) throws -> [Int] {
        var result: [Int] = []
        let chunk = 4096
        var scratch = [XY](repeating: XY(x: 0, y: 0), count: min(chunk, points.count))
        var start = 0
        while start < points.count {
            let n = min(chunk, points.count - start)
            scratch.withUnsafeMutableBufferPointer { s in
                for i in 0..<n { s[i] = points[start + i] }
                Self.transGeneric(helper.handle, PJ_FWD, s.baseAddress!, n)
                result += outside(UnsafeBufferPointer(rebasing: s[0..<n]), offset: start)
            }
            start += n
        }
        return result
    }

    /// The helper from the target (or source) CRS to its own geographic CRS, made on first use.
    private func geographicHelper(forTarget: Bool) throws -> GeographicHelper? {
        if forTarget {
            if targetToGeographic == nil { targetToGeographic = .some(try GeographicHelper(target)) }
            return targetToGeographic!
        } else {
            if sourceToGeographic == nil { sourceToGeographic = .some(try GeographicHelper(source)) }
            return sourceToGeographic!
        }
    }
}

/// Owns a normalised operation from a projected CRS to its base geographic CRS, used to put
/// projected positions into longitude/latitude for the area-of-use check.
final class GeographicHelper {
    let crs: CRS
    let handle: OpaquePointer

    /// Makes the helper (`proj_crs_get_geodetic_crs`, `proj_create_crs_to_crs_from_pj`,
    /// `proj_normalize_for_visualization`); `nil` when the CRS has no geographic base.
    convenience init?(_ crs: CRS) throws {
        let ctx = crs.context
        ctx.clearMessages()
        guard let geodetic = proj_crs_get_geodetic_crs(ctx.handle, crs.handle) else { return nil }
        defer { proj_destroy(geodetic) }
        let type = proj_get_type(geodetic)
        guard type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS else { return nil }
        guard let raw = proj_create_crs_to_crs_from_pj(ctx.handle, crs.handle, geodetic, nil, nil) else {
            throw ctx.error(.transformFailed, crs.definition + " -> its geographic CRS")
        }
        let normalized = proj_normalize_for_visualization(ctx.handle, raw)
        proj_destroy(raw)
        guard let normalized else { throw ctx.error(.transformFailed, crs.definition + " -> its geographic CRS") }
        self.init(crs: crs, handle: normalized)
    }

    private init(crs: CRS, handle: OpaquePointer) {
        self.crs = crs
        self.handle = handle
    }

    deinit {
        proj_destroy(handle)
    }
}
