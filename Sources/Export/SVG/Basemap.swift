import EventModel
import Foundation
import Projection

/// The reference layers under the events: country areas, optional user boundaries and
/// labelled reference places (governorate capitals).
///
/// ``standard()`` reads the committed Natural Earth clip of the Levant
/// (`Gazetteer/basemap/levant-countries.geojson`) and the capitals
/// (`Gazetteer/basemap/capitals.tsv`). ``init(geoJSONFile:)`` adds a user's boundaries in any
/// CRS PROJ knows on top of them.
public struct Basemap: Sendable {
    /// One named area or line.
    public struct Feature: Sendable {
        /// Display name (may be empty).
        public var name: String
        /// ISO 3166-1 alpha-3 style code for countries (`SYR`); empty for user features.
        public var code: String
        /// Polygons: outer ring first, then holes; x/y in the layer's CRS.
        public var polygons: [[[XY]]]
        /// Line strings, in the layer's CRS.
        public var lines: [[XY]]
        /// Where to put the name, in the layer's CRS, when known.
        public var labelPoint: XY?

        public init(name: String, code: String = "", polygons: [[[XY]]] = [], lines: [[XY]] = [], labelPoint: XY? = nil) {
            self.name = name
            self.code = code
            self.polygons = polygons
            self.lines = lines
            self.labelPoint = labelPoint
        }
    }

    /// A labelled reference point (a governorate capital).
    public struct ReferencePlace: Sendable, Hashable {
        public var name: String
        public var coordinate: Coordinate
        public init(name: String, coordinate: Coordinate) {
            self.name = name
            self.coordinate = coordinate
        }
    }

    /// Countries in EPSG:4326 (lon/lat); Syria's code is `SYR`.
    public var countries: [Feature]
    /// The user's boundaries (drawn as outlines over the countries), in ``overlayCRS``.
    public var overlay: [Feature]
    /// The CRS of ``overlay``.
    public var overlayCRS: String
    /// Reference points drawn as small dots with labels.
    public var places: [ReferencePlace]
    /// Attribution lines for the boundaries ("Boundaries: Natural Earth").
    public var attribution: [String]

    /// Creates a basemap from its layers.
    public init(countries: [Feature], overlay: [Feature] = [], overlayCRS: String = "EPSG:4326",
                places: [ReferencePlace] = [], attribution: [String] = []) {
        self.countries = countries
        self.overlay = overlay
        self.overlayCRS = overlayCRS
        self.places = places
        self.attribution = attribution
    }

    /// The committed Levant basemap and governorate capitals (loaded once, then shared).
    ///
    /// - Throws: ``BasemapError`` when the data folder or a file in it is missing or unreadable.
    public static func standard() throws -> Basemap {
        try standardResult.get()
    }

    private static let standardResult: Result<Basemap, BasemapError> = {
        let countriesName = "basemap/levant-countries.geojson", capitalsName = "basemap/capitals.tsv"
        guard let cf = DataDirectory.file(countriesName) else {
            return .failure(BasemapError(file: countriesName, reason: "not found in the data folder (set EVENTMAP_DATA)"))
        }
        do {
            let layer = try GeoJSONLayer.read(cf)
            var places: [ReferencePlace] = []
            if let pf = DataDirectory.file(capitalsName) {
                places = try readPlaces(pf)
            }
            return .success(Basemap(countries: layer.features, places: places,
                                    attribution: ["Boundaries: Natural Earth"]))
        } catch let e as BasemapError {
            return .failure(e)
        } catch {
            return .failure(BasemapError(file: cf.path, reason: "\(error)"))
        }
    }()

    /// The standard basemap with a user's boundaries on top (`--basemap FILE`).
    ///
    /// Reads Polygon, MultiPolygon, LineString and MultiLineString features (also inside
    /// GeometryCollections). The CRS is the legacy GeoJSON `crs` member when present, else
    /// EPSG:4326 (RFC 7946). Names come from a `name`-like property.
    ///
    /// - Parameter geoJSONFile: a GeoJSON FeatureCollection, Feature or geometry.
    /// - Throws: ``BasemapError`` naming the file when it cannot be read, is not GeoJSON or holds
    ///   no boundaries, or when PROJ does not know its CRS.
    public init(geoJSONFile: URL) throws {
        let layer = try GeoJSONLayer.read(geoJSONFile)
        guard !layer.features.isEmpty else {
            throw BasemapError(file: geoJSONFile.path, reason: "no Polygon, MultiPolygon or LineString features")
        }
        do {
            _ = try Transformer(from: layer.crs, to: "EPSG:4326")
        } catch {
            throw BasemapError(file: geoJSONFile.path, reason: "unknown CRS \(layer.crs): \(error)")
        }
        var base = (try? Basemap.standard()) ?? Basemap(countries: [])
        base.overlay = layer.features
        base.overlayCRS = layer.crs
        base.attribution = ["Boundaries: \(geoJSONFile.lastPathComponent)"]
            + (base.countries.isEmpty ? [] : ["Natural Earth"])
        self = base
    }

    /// Reads `name<TAB>admin1<TAB>lat<TAB>lon…` rows (header first).
    static func readPlaces(_ url: URL) throws -> [ReferencePlace] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw BasemapError(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        var out: [ReferencePlace] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i > 0 && !line.isEmpty {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 4, let lat = Double(f[2]), let lon = Double(f[3]) else {
                throw BasemapError(file: "\(url.path):\(i + 1)", reason: "expected name, admin1, lat, lon")
            }
            out.append(ReferencePlace(name: String(f[0]), coordinate: Coordinate(lon: lon, lat: lat)))
        }
        return out
    }
}
