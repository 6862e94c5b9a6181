/// Placeholder until the GeoJSON benchmark is written.
func benchGeoJSON() throws {
    print("bench: GeoJSON benchmark not built yet")
}
