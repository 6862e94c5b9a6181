import EventModel

extension Event {
    /// Appends this event as one CSV record (columns as ``CSVColumn``, CRLF included).
    ///
    /// Numbers and dates are written as they are; every text cell goes through
    /// ``ByteSink/append(csvText:)`` (RFC 4180 quoting, formula neutralising).
    func appendCSVRecord(to sink: inout ByteSink) {
        let comma = UInt8(ascii: ",")
        sink.append(csvText: eventID); sink.append(comma)
        sink.append(day: date); sink.append(comma)
        sink.append(int: date.year); sink.append(comma)
        sink.append(uint: UInt(timePrecision.rawValue)); sink.append(comma)
        sink.append(csvText: eventType.rawValue); sink.append(comma)
        sink.append(csvText: subEventType.rawValue); sink.append(comma)
        sink.append(csvText: actor1 ?? ""); sink.append(comma)
        sink.append(csvText: actor2 ?? ""); sink.append(comma)
        sink.append(csvText: admin1); sink.append(comma)
        sink.append(csvText: location); sink.append(comma)
        sink.append(fixed6: coordinate.lat); sink.append(comma)
        sink.append(fixed6: coordinate.lon); sink.append(comma)
        sink.append(uint: UInt(geoPrecision.rawValue)); sink.append(comma)
        sink.append(csvText: source); sink.append(comma)
        sink.append(csvText: notes); sink.append(comma)
        if let fatalities { sink.append(int: fatalities) }
        sink.append(comma)
        sink.append(day: dateEnd); sink.append(comma)
        sink.append(csvText: locationMention); sink.append(comma)
        sink.append(csvText: country); sink.append(comma)
        sink.append(csvText: gazetteerID); sink.append(comma)
        sink.append(csvText: sourceTitle); sink.append(comma)
        if let published { sink.append(day: published) }
        sink.append("\r\n")
    }
}
