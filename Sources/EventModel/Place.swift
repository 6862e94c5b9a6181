/// What kind of place a gazetteer entry is.
public enum PlaceKind: String, Sendable, Codable, CaseIterable {
    case country, governorate, district, city, town, village, neighbourhood, camp, airbase
    case crossing, mountain, region, dam, prison, other
    /// A city outside Syria.
    case foreignCity = "foreign_city"

    /// Whether the kind names an area rather than a point (governorate, district, region, country).
    public var isArea: Bool {
        switch self {
        case .country, .governorate, .district, .region: return true
        default: return false
        }
    }
}

/// One gazetteer entry: a named place with a position, a kind and a governorate.
public struct Place: Hashable, Sendable, Codable {
    /// Stable identifier, e.g. `geonames:170063` or `ref:khan-shaykhun`.
    public var id: String
    /// Canonical English name.
    public var name: String
    /// Representative point (for areas: the capital's or the centroid's position).
    public var coordinate: Coordinate
    public var kind: PlaceKind
    /// Governorate (admin-1) name for Syrian places, one of the 14; `nil` abroad.
    public var admin1: String?
    /// ISO 3166-1 alpha-2 country code (`SY` for Syria).
    public var country: String
    /// Population or another importance figure used to break ties; 0 when unknown.
    public var population: Int

    public init(id: String, name: String, coordinate: Coordinate, kind: PlaceKind,
                admin1: String?, country: String, population: Int = 0) {
        self.id = id
        self.name = name
        self.coordinate = coordinate
        self.kind = kind
        self.admin1 = admin1
        self.country = country
        self.population = population
    }

    /// Whether the place is in Syria. (Inlinable: a call across modules would copy the place.)
    @inlinable public var isSyrian: Bool { country == "SY" }
}
