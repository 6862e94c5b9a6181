import CProj
import Dispatch
import Foundation

extension Transformer {
    /// Transforms a large batch in place on several threads, with one transformer per worker.
    ///
    /// The array is cut into `workers` contiguous slices; each is transformed by
    /// `proj_trans_generic` (as ``forward(_:)-(inout_[XY])``) on its own transformer and PROJ context
    /// inside `DispatchQueue.concurrentPerform`. The extra transformers are made on the first call and
    /// kept for the next. Results are bit-for-bit those of the one-thread call.
    ///
    /// - Parameters:
    ///   - points: Source positions, replaced by target positions.
    ///   - workers: Threads to use; defaults to the active processor count. Batches under 16,384
    ///     points per worker use fewer workers.
    /// - Returns: The combined report, indices into `points`.
    /// - Throws: ``ProjectionError`` when a worker's transformer cannot be made.
    @discardableResult
    public func forwardParallel(_ points: inout [XY], workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> TransformReport {
        try parallel(&points, PJ_FWD, workers)
    }

    /// ``forwardParallel(_:workers:)`` from the target back to the source CRS.
    ///
    /// - Parameters:
    ///   - points: Target positions, replaced by source positions.
    ///   - workers: Threads to use; defaults to the active processor count.
    /// - Returns: The combined report, indices into `points`.
    /// - Throws: ``ProjectionError`` when a worker's transformer cannot be made.
    @discardableResult
    public func inverseParallel(_ points: inout [XY], workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> TransformReport {
        try parallel(&points, PJ_INV, workers)
    }

    private func parallel(_ points: inout [XY], _ direction: PJ_DIRECTION, _ wanted: Int) throws -> TransformReport {
        let n = max(1, min(wanted, points.count / 16_384))
        if n == 1 { return try points.withUnsafeMutableBufferPointer { try run($0, direction) } }
        while workers.count < n - 1 {
            workers.append(try TransformerPrototypes.shared.copy(of: self))
        }
        let team = [self] + workers.prefix(n - 1)
        var results = [Result<TransformReport, any Error>](repeating: .success(TransformReport()), count: n)
        points.withUnsafeMutableBufferPointer { buffer in
            results.withUnsafeMutableBufferPointer { out in
                // Each worker touches only its own slice and its own result slot.
                let shared = SliceBoard(points: buffer, results: out, size: (buffer.count + n - 1) / n)
                DispatchQueue.concurrentPerform(iterations: n) { w in
                    let slice = shared.slice(w)
                    shared.results[w] = Result { try team[w].run(slice, direction) }
                }
            }
        }
        var report = TransformReport()
        let size = (points.count + n - 1) / n
        for (w, result) in results.enumerated() { report.append(try result.get(), offset: w * size) }
        return report
    }
}

/// The buffers a parallel batch shares between workers; each worker uses disjoint parts.
private struct SliceBoard: @unchecked Sendable {
    let points: UnsafeMutableBufferPointer<XY>
    let results: UnsafeMutableBufferPointer<Result<TransformReport, any Error>>
    let size: Int

    /// Worker `w`'s contiguous slice of the points.
    func slice(_ w: Int) -> UnsafeMutableBufferPointer<XY> {
        let lo = min(points.count, w * size), hi = min(points.count, lo + size)
        return UnsafeMutableBufferPointer(rebasing: points[lo..<hi])
    }
}
