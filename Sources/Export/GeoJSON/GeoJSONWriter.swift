import EventModel
import Foundation

/// Streams events as GeoJSON (RFC 7946) or as a GeoJSON text sequence (RFC 8142).
///
/// Features are encoded by hand on UTF-8 bytes into a buffer that goes to the file handle in
/// chunks of about 1 MiB, so memory stays flat however many events there are.
///
/// GDAL (and so QGIS) infers field types from the values: `event_date`, `event_date_end` and
/// `published` read as Date, `time_precision`, `geo_precision` and `fatalities` as Integer.
/// RFC 7946 has no schema, so a file in which *every* `fatalities` is `null` (no event gave a
/// toll) reads as String in GDAL 3.6: a null carries no type.
///
/// ```swift
/// try AtomicFile.write(to: url) { try GeoJSONWriter.write(events, to: $0) }
/// ```
public enum GeoJSONWriter {
    /// Writes `events` to `handle`.
    ///
    /// - Parameters:
    ///   - events: the events, written in this order.
    ///   - handle: an open, writable handle; it is not closed.
    ///   - sequence: `false` for one `FeatureCollection` (no `crs` member, one feature per
    ///     line); `true` for RFC 8142: every feature prefixed by RS (0x1E) and ended by LF.
    /// - Throws: the handle's write error.
    /// - Complexity: O(total size of the output).
    public static func write(_ events: [Event], to handle: FileHandle, sequence: Bool = false) throws {
        let stream = Stream(handle: handle, sequence: sequence)
        for e in events { try stream.write(e) }
        try stream.finish()
    }

    /// Writes `events` in `format` to `handle` (see ``write(_:to:sequence:)``).
    public static func write(_ events: [Event], to handle: FileHandle, format: GeoJSONFormat) throws {
        try write(events, to: handle, sequence: format == .geojsonseq)
    }

    /// Writes `events` to `handle` as JSON Lines (newline-delimited GeoJSON): one Feature per line,
    /// the RFC 8142 sequence without its RS bytes. Streams like ``write(_:to:sequence:)``.
    /// - Throws: the handle's write error.
    public static func writeLines(_ events: [Event], to handle: FileHandle) throws {
        let stream = Stream(sink: ByteSink(handle: handle), layout: .lines)
        for e in events { try stream.write(e) }
        try stream.finish()
    }

    /// How features are laid out in the output.
    enum Layout {
        /// One `FeatureCollection`, one feature per line.
        case collection
        /// RFC 8142: RS (0x1E) before each feature, LF after it.
        case textSequence
        /// JSON Lines: each feature on its own line, nothing else.
        case lines
    }

    /// The GeoJSON text for `events`, for small outputs and tests.
    /// - Parameters:
    ///   - events: the events.
    ///   - sequence: RFC 8142 text sequence instead of a `FeatureCollection`.
    /// - Returns: the whole document.
    public static func string(_ events: [Event], sequence: Bool = false) -> String {
        let stream = Stream(sink: ByteSink(handle: nil), layout: sequence ? .textSequence : .collection)
        for e in events { try? stream.write(e) }
        try? stream.finish()
        return stream.bufferedText
    }

    /// An incremental writer: one event at a time, for producers that stream.
    ///
    /// Call ``write(_:)`` for each event, then ``finish()`` exactly once. Not thread safe.
    public final class Stream {
        private var sink: ByteSink
        private let layout: Layout
        private var count = 0
        private var finished = false

        /// Starts a document on `handle`.
        /// - Parameters:
        ///   - handle: an open, writable handle; it is not closed.
        ///   - sequence: RFC 8142 text sequence instead of a `FeatureCollection`.
        public convenience init(handle: FileHandle, sequence: Bool = false) {
            self.init(sink: ByteSink(handle: handle), layout: sequence ? .textSequence : .collection)
        }

        init(sink: consuming ByteSink, layout: Layout) {
            self.sink = sink
            self.layout = layout
            if layout == .collection { self.sink.append(#"{"type":"FeatureCollection","features":["#) }
        }

        /// What is buffered and not yet flushed (everything, for a sink without a handle).
        var bufferedText: String { sink.text }

        /// Number of features written so far.
        public var written: Int { count }

        /// Appends one feature.
        /// - Throws: the handle's write error.
        public func write(_ event: Event) throws {
            precondition(!finished, "GeoJSONWriter.Stream used after finish()")
            switch layout {
            case .collection: sink.append(count == 0 ? "\n" : ",\n")
            case .textSequence: sink.append(0x1E)
            case .lines: break
            }
            event.appendGeoJSONFeature(to: &sink)
            if layout != .collection { sink.append(0x0A) }
            count += 1
            try sink.flushIfNeeded()
        }

        /// Closes the collection and flushes everything buffered.
        /// - Throws: the handle's write error.
        public func finish() throws {
            guard !finished else { return }
            finished = true
            if layout == .collection { sink.append("\n]}\n") }
            try sink.flush()
        }
    }
}
