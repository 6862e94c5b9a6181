import EventModel

extension Event {
    /// The GeoJSON `Feature` for this event, as one line of JSON (RFC 7946 §3.2).
    ///
    /// A `Point` in WGS 84 `[lon, lat]` with at most six decimals, and the contract's
    /// properties in the contract's order (CONTRACT.md, "Events out").
    public var geoJSONFeature: String {
        var sink = ByteSink(handle: nil, chunkSize: 1024)
        appendGeoJSONFeature(to: &sink)
        return sink.text
    }

    /// Appends this event's `Feature` object to `sink`.
    func appendGeoJSONFeature(to sink: inout ByteSink) {
        sink.append(#"{"type":"Feature","geometry":{"type":"Point","coordinates":["#)
        sink.append(fixed6: coordinate.lon)
        sink.append(UInt8(ascii: ","))
        sink.append(fixed6: coordinate.lat)
        sink.append(#"]},"properties":{"event_id":"#)
        sink.append(jsonString: eventID)
        sink.append(#","event_date":""#)
        sink.append(day: date)
        sink.append(#"","event_date_end":""#)
        sink.append(day: dateEnd)
        sink.append(#"","time_precision":"#)
        sink.append(uint: UInt(timePrecision.rawValue))
        sink.append(#","event_type":"#)
        sink.append(jsonString: eventType.rawValue)
        sink.append(#","sub_event_type":"#)
        sink.append(jsonString: subEventType.rawValue)
        sink.append(#","actor1":"#)
        sink.append(jsonStringOrNull: actor1)
        sink.append(#","actor2":"#)
        sink.append(jsonStringOrNull: actor2)
        sink.append(#","fatalities":"#)
        if let fatalities { sink.append(int: fatalities) } else { sink.append("null") }
        sink.append(#","location":"#)
        sink.append(jsonString: location)
        sink.append(#","location_mention":"#)
        sink.append(jsonString: locationMention)
        sink.append(#","admin1":"#)
        sink.append(jsonString: admin1)
        sink.append(#","country":"#)
        sink.append(jsonString: country)
        sink.append(#","geo_precision":"#)
        sink.append(uint: UInt(geoPrecision.rawValue))
        sink.append(#","gazetteer_id":"#)
        sink.append(jsonString: gazetteerID)
        sink.append(#","source":"#)
        appendJoinedSources(to: &sink)
        sink.append(#","source_title":"#)
        sink.append(jsonString: sourceTitle)
        sink.append(#","published":"#)
        if let published {
            sink.append(UInt8(ascii: "\""))
            sink.append(day: published)
            sink.append(UInt8(ascii: "\""))
        } else {
            sink.append("null")
        }
        sink.append(#","notes":"#)
        sink.append(jsonString: notes)
        sink.append("}}")
    }

    /// Appends ``source`` (every source joined with `; `) as a JSON string without building it.
    private func appendJoinedSources(to sink: inout ByteSink) {
        if sources.count == 1 { sink.append(jsonString: sources[0]); return }
        sink.append(UInt8(ascii: "\""))
        for (i, s) in sources.enumerated() {
            if i > 0 { sink.append("; ") }
            var s = s
            s.withUTF8 { sink.appendJSONEscaped($0) }
        }
        sink.append(UInt8(ascii: "\""))
    }
}
