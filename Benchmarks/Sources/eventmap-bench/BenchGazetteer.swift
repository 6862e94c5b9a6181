/// Placeholder until the Gazetteer benchmark is written.
func benchGazetteer() throws {
    print("bench: Gazetteer benchmark not built yet")
}
