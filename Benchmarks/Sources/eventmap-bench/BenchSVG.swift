/// Placeholder until the SVG benchmark is written.
func benchSVG() throws {
    print("bench: SVG benchmark not built yet")
}
