/// The columns of eventmap's CSV, in order: ACLED's names and order first, then ours.
public enum CSVColumn: String, CaseIterable, Sendable {
    case eventID = "event_id"
    case eventDate = "event_date"
    case year
    case timePrecision = "time_precision"
    case eventType = "event_type"
    case subEventType = "sub_event_type"
    case actor1
    case actor2
    case admin1
    case location
    case latitude
    case longitude
    case geoPrecision = "geo_precision"
    case source
    case notes
    case fatalities
    // Ours, after ACLED's.
    case eventDateEnd = "event_date_end"
    case locationMention = "location_mention"
    case country
    case gazetteerID = "gazetteer_id"
    case sourceTitle = "source_title"
    case published

    /// The header line's cells.
    public static var header: [String] { allCases.map(\.rawValue) }
}
