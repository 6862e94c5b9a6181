import EventModel
import Foundation
import Testing
@testable import Export

@Suite struct CSVWriterTests {
    let events = DataSamples.events

    /// Splits RFC 4180 text into records of cells (quotes honoured, CRLF line ends).
    func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = ""
        var quoted = false, i = text.unicodeScalars.startIndex
        let s = text.unicodeScalars
        while i < s.endIndex {
            let c = s[i]
            if quoted {
                if c == "\"" {
                    let n = s.index(after: i)
                    if n < s.endIndex, s[n] == "\"" { cell.unicodeScalars.append("\""); i = n } else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(cell); cell = ""
            } else if c == "\r" {
                let n = s.index(after: i)
                #expect(n < s.endIndex && s[n] == "\n", "bare CR outside quotes")
                row.append(cell); rows.append(row); row = []; cell = ""; i = n
            } else { cell.unicodeScalars.append(c) }
            i = s.index(after: i)
        }
        #expect(cell.isEmpty && row.isEmpty, "last record not ended by CRLF")
        return rows
    }

    @Test func golden() throws {
        try expectMatchesGolden(CSVWriter.string(events), named: "events.csv")
    }

    @Test func headerIsACLEDOrderThenOurs() {
        let header = CSVWriter.string([]).components(separatedBy: "\r\n")[0]
        #expect(header == "event_id,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,admin1,"
            + "location,latitude,longitude,geo_precision,source,notes,fatalities,"
            + "event_date_end,location_mention,country,gazetteer_id,source_title,published")
    }

    @Test func recordsParseBackToTheEvents() throws {
        let rows = parse(CSVWriter.string(events))
        #expect(rows.count == events.count + 1)
        let header = rows[0]
        for (row, e) in zip(rows.dropFirst(), events) {
            #expect(row.count == header.count)
            let cell = { (name: String) in row[header.firstIndex(of: name)!] }
            #expect(cell("event_id") == e.eventID)
            #expect(cell("event_date") == e.date.description)
            #expect(cell("year") == String(e.date.year))
            #expect(cell("latitude").hasPrefix(String(e.coordinate.lat).prefix(6)))
            #expect(Double(cell("longitude"))! == (e.coordinate.lon * 1e6).rounded() / 1e6)
            #expect(cell("fatalities") == (e.fatalities.map(String.init) ?? ""))
            #expect(cell("source") == e.source)
            #expect(cell("event_date_end") == e.dateEnd.description)
            #expect(cell("published") == (e.published?.description ?? ""))
        }
        // Quotes, commas, newlines and tabs survive quoting.
        #expect(rows[2][header.firstIndex(of: "notes")!] == events[1].notes)
    }

    @Test(arguments: [
        ("=1+2", "'=1+2"), ("+Rally", "'+Rally"), ("-Protesters", "'-Protesters"), ("@police", "'@police"),
        ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=HYPERLINK(\"u\",\"c\")", "\"'=HYPERLINK(\"\"u\"\",\"\"c\"\")\""),
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("", ""), ("Kafr-Nabl = x", "Kafr-Nabl = x"),
    ])
    func textCellsAreQuotedAndNeutralised(input: String, expected: String) {
        var sink = ByteSink(handle: nil)
        sink.append(csvText: input)
        #expect(sink.text == expected)
    }

    @Test func numbersAreNeverMangled() {
        let lisbon = parse(CSVWriter.string([events[2]]))[1]
        let header = CSVColumn.header
        #expect(lisbon[header.firstIndex(of: "longitude")!] == "-9.133333")
        #expect(lisbon[header.firstIndex(of: "latitude")!] == "38.716667")
        #expect(lisbon[header.firstIndex(of: "actor1")!] == "'-Protesters")
        #expect(lisbon[header.firstIndex(of: "fatalities")!] == "0")
    }

    @Test func streamedFileEqualsString() throws {
        let dir = try makeTemporaryFolder("csv")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("e.csv")
        try AtomicFile.write(to: url) { try CSVWriter.write(events, to: $0) }
        #expect(try String(contentsOf: url, encoding: .utf8) == CSVWriter.string(events))
    }
}
