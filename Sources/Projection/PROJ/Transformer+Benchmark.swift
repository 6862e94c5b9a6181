import CProj

extension Transformer {
    /// PROJ's raw batch speed baseline: one `proj_trans_generic` call over `points` with this
    /// transformer's `PJ`, and nothing else (no area check, no failure scan, no report).
    ///
    /// For the benchmark only (`@_spi(Benchmark) import Projection`), so it can compare the wrapper
    /// with PROJ itself in the same run.
    ///
    /// - Parameter points: Source positions, replaced by target positions.
    @_spi(Benchmark)
    public func rawForward(_ points: inout [XY]) {
        points.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            Self.transGeneric(handle, PJ_FWD, base, buffer.count)
        }
    }
}
