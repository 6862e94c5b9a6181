/// Placeholder until the Projection benchmark is written.
func benchProjection() throws {
    print("bench: Projection benchmark not built yet")
}
