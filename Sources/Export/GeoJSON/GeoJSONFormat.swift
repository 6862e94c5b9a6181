/// How events are laid out as GeoJSON.
public enum GeoJSONFormat: String, Sendable, CaseIterable {
    /// One RFC 7946 `FeatureCollection` (`events.geojson`).
    case geojson
    /// A GeoJSON text sequence, RFC 8142: each `Feature` prefixed by RS (0x1E) and ended by LF
    /// (`events.geojsons`, which GDAL's GeoJSONSeq driver recognises).
    case geojsonseq

    /// The file name the map command writes events under.
    public var fileName: String {
        switch self {
        case .geojson: return "events.geojson"
        case .geojsonseq: return "events.geojsons"
        }
    }
}
