import EventModel
import Foundation

/// Streams events as ACLED-style CSV (RFC 4180).
///
/// A header line, then one record per event, every line ended by CRLF as RFC 4180 asks.
/// Columns follow ``CSVColumn``: ACLED's names in ACLED's order (`event_id` … `fatalities`),
/// then `event_date_end`, `location_mention`, `country`, `gazetteer_id`, `source_title`,
/// `published`. Unknown values (`actor2`, `fatalities`, `published`) are empty cells.
/// Text cells starting with `=`, `+`, `-`, `@`, TAB or CR get a leading `'` against
/// spreadsheet formula injection; numeric columns (coordinates, counts) are never changed.
public enum CSVWriter {
    /// Writes the header and `events` to `handle`.
    ///
    /// - Parameters:
    ///   - events: the events, written in this order.
    ///   - handle: an open, writable handle; it is not closed.
    /// - Throws: the handle's write error.
    /// - Complexity: O(total size of the output); memory stays at about one 1 MiB buffer.
    public static func write(_ events: [Event], to handle: FileHandle) throws {
        var sink = ByteSink(handle: handle)
        try encode(events, into: &sink) { try $0.flushIfNeeded() }
        try sink.flush()
    }

    /// The CSV text for `events` (header included), for small outputs and tests.
    public static func string(_ events: [Event]) -> String {
        var sink = ByteSink(handle: nil)
        encode(events, into: &sink) { _ in }
        return sink.text
    }

    private static func encode(_ events: [Event], into sink: inout ByteSink,
                               after: (inout ByteSink) throws -> Void) rethrows {
        for (i, name) in CSVColumn.header.enumerated() {
            if i > 0 { sink.append(UInt8(ascii: ",")) }
            sink.appendRaw(name)
        }
        sink.append("\r\n")
        for e in events {
            e.appendCSVRecord(to: &sink)
            try after(&sink)
        }
    }
}
