/// One dated, geolocated event, with ACLED's fields (see CONTRACT.md, "Events out").
public struct Event: Hashable, Sendable {
    /// Stable across runs for the same article and event.
    public var eventID: String
    /// First day of the event.
    public var date: Day
    /// Last day; equal to ``date`` for a one-day event.
    public var dateEnd: Day
    public var timePrecision: TimePrecision
    public var subEventType: SubEventType
    public var actor1: String?
    public var actor2: String?
    /// Reported dead; `nil` when the text gives no number.
    public var fatalities: Int?
    /// The gazetteer's canonical name.
    public var location: String
    /// The name as written in the article.
    public var locationMention: String
    /// Governorate.
    public var admin1: String
    /// ISO 3166-1 alpha-2; `SY`.
    public var country: String
    public var coordinate: Coordinate
    public var geoPrecision: GeoPrecision
    /// The gazetteer entry's id.
    public var gazetteerID: String
    /// Article file names (or JSONL ids) that report the event; joined with `; ` on output.
    public var sources: [String]
    public var sourceTitle: String
    public var published: Day?
    /// Outlets (AFP, Xinhua …) of the reporting articles, for map attribution.
    public var outlets: [String]
    /// The sentence(s) the event was read from.
    public var notes: String

    /// ACLED event type, derived from the sub-type.
    public var eventType: EventType { subEventType.eventType }

    /// The `source` field: every reporting article, joined with `; `.
    public var source: String { sources.joined(separator: "; ") }

    @inlinable
    public init(eventID: String, date: Day, dateEnd: Day? = nil, timePrecision: TimePrecision,
                subEventType: SubEventType, actor1: String? = nil, actor2: String? = nil,
                fatalities: Int? = nil, location: String, locationMention: String, admin1: String,
                country: String = "SY", coordinate: Coordinate, geoPrecision: GeoPrecision,
                gazetteerID: String, sources: [String], sourceTitle: String = "", published: Day? = nil,
                outlets: [String] = [], notes: String = "") {
        self.eventID = eventID
        self.date = date
        self.dateEnd = dateEnd ?? date
        self.timePrecision = timePrecision
        self.subEventType = subEventType
        self.actor1 = actor1
        self.actor2 = actor2
        self.fatalities = fatalities
        self.location = location
        self.locationMention = locationMention
        self.admin1 = admin1
        self.country = country
        self.coordinate = coordinate
        self.geoPrecision = geoPrecision
        self.gazetteerID = gazetteerID
        self.sources = sources
        self.sourceTitle = sourceTitle
        self.published = published
        self.outlets = outlets
        self.notes = notes
    }
}
