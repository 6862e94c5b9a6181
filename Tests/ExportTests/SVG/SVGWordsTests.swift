import EventModel
import Testing
@testable import Export

@Suite("SVG map words")
struct SVGWordsTests {
    @Test(arguments: [
        ("2019-05-01", "2019-05-31", "1–31 May 2019"),
        ("2019-05-13", "2019-05-13", "13 May 2019"),
        ("2019-04-28", "2019-05-04", "28 April – 4 May 2019"),
        ("2018-12-28", "2019-01-03", "28 December 2018 – 3 January 2019"),
    ])
    func dateRanges(_ a: String, _ b: String, _ words: String) {
        #expect(MapWords.range(SVGSamples.day(a)...SVGSamples.day(b)) == words)
    }

    @Test func regionsFromAdmin1() {
        #expect(MapWords.regions(SVGSamples.idlibMay2019) == "Idlib and Hama")
        #expect(MapWords.regions(Array(SVGSamples.idlibMay2019.prefix(1))) == "Idlib")
        #expect(MapWords.regions(SVGSamples.synthetic(400)) == "Syria")
        #expect(MapWords.regions([]) == "Syria")
    }

    @Test func numbersRoundToATenth() {
        #expect(SVGWriter.num(12.34) == "12.3")
        #expect(SVGWriter.num(-0.04) == "0")
        #expect(SVGWriter.num(-2.05) == "-2.1" || SVGWriter.num(-2.05) == "-2")
        #expect(SVGWriter.num(7) == "7")
        #expect(SVGWriter.num(0.96) == "1")
    }

    @Test func symbolStylesDifferByHueAndShape() {
        let styles = SymbolStyle.order.map(SymbolStyle.of)
        #expect(Set(styles.map(\.colour)).count == 6)
        #expect(Set(styles.map(\.shape)).count == 6)
    }

    @Test func hexClassesSpreadOverTheRange() {
        let c = HexClasses(maxCount: 2022)
        #expect(c.lowerBounds == [1, 5, 10, 50, 200, 500, 2000])
        #expect(c.label(0) == "1–4")
        #expect(c.label(6) == "2000 or more")
        #expect(c.index(7) == 1)
        #expect(HexClasses(maxCount: 3).lowerBounds == [1, 2])
    }

    @Test func hexCellsRoundTrip() {
        let g = HexGrid(radius: 5000)
        for i in 0..<200 {
            let p = XY(x: Double(i * 7919 % 100_000), y: Double(i * 104_729 % 90_000))
            let c = g.cell(p), o = g.centre(c)
            #expect(((p.x - o.x) * (p.x - o.x) + (p.y - o.y) * (p.y - o.y)).squareRoot() <= 5000 + 1e-6)
        }
    }
}

import Projection
