import CProj
import Foundation

/// A coordinate reference system, made from any definition PROJ accepts.
///
/// Accepted definitions: `AUTHORITY:CODE` (`"EPSG:22770"`), OGC URNs, WKT1/WKT2, PROJJSON, and proj
/// strings (`"+proj=utm +zone=37 +datum=WGS84"`; `+type=crs` is added when missing). Created with
/// [`proj_create`](https://proj.org/development/reference/functions.html#c.proj_create) and freed with
/// `proj_destroy` in `deinit`.
///
/// ```swift
/// let crs = try CRS("EPSG:22770")
/// crs.name            // "Deir ez Zor / Syria Lambert"
/// crs.areaOfUse?.name // "Syria."
/// ```
///
/// Thread safety: a `CRS` uses a PROJ context, which is not thread safe; use each `CRS` from one
/// thread at a time. That is why it is not `Sendable`.
public final class CRS {
    /// The context this handle was made on; kept so it outlives the handle.
    let context: ProjContext
    /// The `PJ` of the CRS; never null.
    let handle: OpaquePointer
    /// The definition as the caller wrote it.
    public let definition: String
    /// The CRS's name (`proj_get_name`), e.g. `"Deir ez Zor / Syria Lambert"`.
    public let name: String
    /// Where the CRS may be used (`proj_get_area_of_use`), `nil` when PROJ records none (proj strings).
    public let areaOfUse: AreaOfUse?
    /// Whether coordinates are longitude/latitude degrees (geographic 2D/3D CRS, also under a bound CRS).
    public let isGeographic: Bool

    /// Creates a CRS on a fresh PROJ context.
    ///
    /// - Parameter definition: Any definition PROJ accepts (see the type's discussion).
    /// - Throws: ``ProjectionError`` — `.unknownCRS` for an `AUTHORITY:CODE` PROJ does not know,
    ///   `.invalidDefinition` for text it cannot parse or that is not a CRS, `.missingDatabase` when
    ///   `proj.db` cannot be found.
    public convenience init(_ definition: String) throws {
        try self.init(definition, context: ProjContext())
    }

    /// Creates a CRS on an existing context (shared with a ``Transformer``).
    init(_ definition: String, context: ProjContext) throws {
        context.clearMessages()
        guard let pj = proj_create(context.handle, Self.prepared(definition)) else {
            try context.requireDatabase(for: definition)
            throw context.error(Self.looksLikeCode(definition) ? .unknownCRS : .invalidDefinition, definition)
        }
        guard proj_is_crs(pj) != 0 else {
            let what = proj_get_name(pj).map { String(cString: $0) } ?? "an object"
            proj_destroy(pj)
            throw ProjectionError(.invalidDefinition, definition: definition,
                                  message: "PROJ read \"\(what)\", which is not a coordinate reference system")
        }
        self.context = context
        self.handle = pj
        self.definition = definition
        self.name = proj_get_name(pj).map { String(cString: $0) } ?? ""
        self.areaOfUse = Self.area(of: pj, context)
        self.isGeographic = Self.geographic(pj, context)
    }

    /// Wraps a copy of `other`'s handle made on `context` (`proj_clone`), for a ``Transformer`` made
    /// from a cached prototype. Reads `other`; the caller keeps others from using it meanwhile.
    init(cloning other: CRS, context: ProjContext) throws {
        context.clearMessages()
        guard let pj = proj_clone(context.handle, other.handle) else {
            throw context.error(.invalidDefinition, other.definition)
        }
        self.context = context
        self.handle = pj
        self.definition = other.definition
        self.name = other.name
        self.areaOfUse = other.areaOfUse
        self.isGeographic = other.isGeographic
    }

    deinit {
        proj_destroy(handle)
    }

    /// The CRS as WKT2:2019 text (`proj_as_wkt`), or `nil` if PROJ cannot write it.
    public var wkt: String? {
        proj_as_wkt(context.handle, handle, PJ_WKT2_2019, nil).map { String(cString: $0) }
    }

    /// The CRS as PROJJSON text (`proj_as_projjson`), or `nil` if PROJ cannot write it.
    public var projJSON: String? {
        proj_as_projjson(context.handle, handle, nil).map { String(cString: $0) }
    }

    /// The CRS as a PROJ.5 string (`proj_as_proj_string`), or `nil` if it has no such form.
    public var projString: String? {
        proj_as_proj_string(context.handle, handle, PJ_PROJ_5, nil).map { String(cString: $0) }
    }

    /// `AUTHORITY:CODE` of the CRS (`proj_get_id_auth_name`, `proj_get_id_code`), if it has one.
    public var identifier: String? {
        guard let auth = proj_get_id_auth_name(handle, 0), let code = proj_get_id_code(handle, 0) else { return nil }
        return "\(String(cString: auth)):\(String(cString: code))"
    }

    // MARK: - Helpers

    /// A proj string without `+type=crs` describes an operation, not a CRS; add it.
    static func prepared(_ definition: String) -> String {
        let trimmed = definition.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("+"), !trimmed.contains("+type=crs"), !trimmed.contains("pipeline") {
            return trimmed + " +type=crs"
        }
        return trimmed
    }

    /// Whether the definition is an `AUTHORITY:CODE` or an OGC URN, so a failure means "unknown code".
    static func looksLikeCode(_ definition: String) -> Bool {
        let t = definition.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.lowercased().hasPrefix("urn:ogc:def:crs") { return true }
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let auth = parts.first, let code = parts.last,
              !auth.isEmpty, !code.isEmpty else { return false }
        return auth.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            && code.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" }
    }

    private static func area(of pj: OpaquePointer, _ context: ProjContext) -> AreaOfUse? {
        var w = 0.0, s = 0.0, e = 0.0, n = 0.0
        var name: UnsafePointer<CChar>?
        guard proj_get_area_of_use(context.handle, pj, &w, &s, &e, &n, &name) != 0,
              w > -1000, s > -1000, e > -1000, n > -1000 else { return nil }
        return AreaOfUse(west: w, south: s, east: e, north: n, name: name.map { String(cString: $0) } ?? "")
    }

    private static func geographic(_ pj: OpaquePointer, _ context: ProjContext) -> Bool {
        var type = proj_get_type(pj)
        if type == PJ_TYPE_BOUND_CRS, let base = proj_get_source_crs(context.handle, pj) {
            type = proj_get_type(base)
            proj_destroy(base)
        }
        return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS
    }
}
