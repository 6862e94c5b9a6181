/// Placeholder until the Extract benchmark is written.
func benchExtract() throws {
    print("bench: Extract benchmark not built yet")
}
