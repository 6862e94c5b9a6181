/// Symbol size for a number of fatalities: area proportional to the count, with a floor.
///
/// One scale serves every panel of a set of small multiples, so sizes compare across maps.
struct SymbolScale: Sendable {
    /// Radius of an event with no reported deaths (the floor), in px.
    var floor: Double = 4.5
    /// px of radius per √fatality.
    var k: Double

    /// A scale whose largest symbol (for `maxFatalities`) has a radius of at most `maxRadius`.
    init(maxFatalities: Int, maxRadius: Double = 22) {
        k = min(3.0, maxRadius / Double(max(1, maxFatalities)).squareRoot())
    }

    /// Radius in px.
    func radius(_ fatalities: Int?) -> Double {
        max(floor, k * Double(max(0, fatalities ?? 0)).squareRoot())
    }

    /// Whether any of these counts gets a symbol larger than the floor.
    func varies(_ counts: [Int?]) -> Bool { counts.contains { radius($0) > floor + 0.5 } }

    /// Fatality counts for the size key: the largest count, then round values at least 2.5
    /// times smaller, each drawn above the floor size (at most three).
    func keyValues(max m: Int) -> [Int] {
        guard m > 0, radius(m) > floor + 1 else { return [] }
        let nice = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]
        var out = [m]
        for v in nice.reversed() where Double(v) * 2.5 <= Double(out.last!) && radius(v) > floor + 1 && out.count < 3 {
            out.append(v)
        }
        return out.reversed()
    }
}
