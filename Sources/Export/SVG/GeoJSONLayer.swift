import Foundation
import Projection

/// Boundaries read from a GeoJSON file: features and the CRS their coordinates are in.
struct GeoJSONLayer {
    var features: [Basemap.Feature]
    /// `EPSG:4326` unless the legacy `crs` member says otherwise.
    var crs: String

    /// Reads a FeatureCollection, a Feature or a bare geometry.
    /// - Throws: ``BasemapError`` naming the file.
    static func read(_ url: URL) throws -> GeoJSONLayer {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw BasemapError(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw BasemapError(file: url.path, reason: "not valid JSON")
        }
        guard let root = json as? [String: Any], let type = root["type"] as? String else {
            throw BasemapError(file: url.path, reason: "not a GeoJSON object (no \"type\")")
        }
        var layer = GeoJSONLayer(features: [], crs: crsName(root["crs"]) ?? "EPSG:4326")
        switch type {
        case "FeatureCollection":
            guard let fs = root["features"] as? [Any] else {
                throw BasemapError(file: url.path, reason: "FeatureCollection without a \"features\" array")
            }
            for (i, f) in fs.enumerated() {
                guard let obj = f as? [String: Any] else {
                    throw BasemapError(file: url.path, reason: "feature \(i) is not an object")
                }
                if let feature = try feature(obj, index: i, file: url.path) { layer.features.append(feature) }
            }
        case "Feature":
            if let f = try feature(root, index: 0, file: url.path) { layer.features.append(f) }
        default:
            var f = Basemap.Feature(name: "")
            try addGeometry(root, to: &f, file: url.path, index: 0)
            if !f.polygons.isEmpty || !f.lines.isEmpty { layer.features.append(f) }
        }
        return layer
    }

    /// The CRS named by a legacy `crs` member, in a form PROJ accepts.
    static func crsName(_ member: Any?) -> String? {
        guard let m = member as? [String: Any], let p = m["properties"] as? [String: Any],
              let name = p["name"] as? String, !name.isEmpty else { return nil }
        let lower = name.lowercased()
        if lower.hasSuffix("crs84") { return "OGC:CRS84" }
        if lower.hasPrefix("urn:ogc:def:crs:epsg:"), let code = name.split(separator: ":").last, Int(code) != nil {
            return "EPSG:\(code)"
        }
        return name
    }

    private static func feature(_ obj: [String: Any], index: Int, file: String) throws -> Basemap.Feature? {
        let props = obj["properties"] as? [String: Any] ?? [:]
        var f = Basemap.Feature(name: displayName(props), code: props["adm0_a3"] as? String ?? "")
        if let lon = props["label_lon"] as? Double, let lat = props["label_lat"] as? Double {
            f.labelPoint = XY(x: lon, y: lat)
        }
        guard let g = obj["geometry"] as? [String: Any] else { return nil }
        try addGeometry(g, to: &f, file: file, index: index)
        return f.polygons.isEmpty && f.lines.isEmpty ? nil : f
    }

    /// The first non-empty name-like property (English first).
    static func displayName(_ props: [String: Any]) -> String {
        let keys = ["name_en", "NAME_EN", "ADM2_EN", "ADM1_EN", "admin1Name_en", "admin2Name_en", "name", "NAME", "Name"]
        for k in keys { if let s = props[k] as? String, !s.isEmpty { return s } }
        return ""
    }

    private static func addGeometry(_ g: [String: Any], to f: inout Basemap.Feature, file: String, index: Int) throws {
        let type = g["type"] as? String ?? ""
        func bad() -> BasemapError { BasemapError(file: file, reason: "feature \(index): malformed \(type) coordinates") }
        switch type {
        case "Polygon":
            guard let c = g["coordinates"] as? [Any], let poly = rings(c) else { throw bad() }
            f.polygons.append(poly)
        case "MultiPolygon":
            guard let c = g["coordinates"] as? [Any] else { throw bad() }
            for p in c {
                guard let pa = p as? [Any], let poly = rings(pa) else { throw bad() }
                f.polygons.append(poly)
            }
        case "LineString":
            guard let c = g["coordinates"] as? [Any], let l = line(c) else { throw bad() }
            f.lines.append(l)
        case "MultiLineString":
            guard let c = g["coordinates"] as? [Any], let ls = rings(c) else { throw bad() }
            f.lines += ls
        case "GeometryCollection":
            for sub in g["geometries"] as? [Any] ?? [] {
                if let s = sub as? [String: Any] { try addGeometry(s, to: &f, file: file, index: index) }
            }
        default:
            break  // points are not boundaries
        }
    }

    private static func rings(_ a: [Any]) -> [[XY]]? {
        var out: [[XY]] = []
        for r in a {
            guard let ra = r as? [Any], let l = line(ra) else { return nil }
            out.append(l)
        }
        return out
    }

    private static func line(_ a: [Any]) -> [XY]? {
        var out: [XY] = []
        out.reserveCapacity(a.count)
        for p in a {
            guard let pa = p as? [Any], pa.count >= 2, let x = number(pa[0]), let y = number(pa[1]) else { return nil }
            out.append(XY(x: x, y: y))
        }
        return out
    }

    private static func number(_ v: Any) -> Double? {
        if let d = v as? Double { return d }
        if let n = v as? NSNumber { return n.doubleValue }
        return nil
    }
}
