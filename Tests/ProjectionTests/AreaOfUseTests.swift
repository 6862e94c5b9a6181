import Testing
@testable import Projection

/// Points outside the area of use, or that PROJ cannot transform, are reported, never silently wrong.
@Suite struct AreaOfUseTests {
    @Test func pointOutsideSyriaIsReported() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:22770")
        var points = [XY(x: 37.1612, y: 36.2012), XY(x: 2.3522, y: 48.8566), XY(x: 36.2913, y: 33.5102)]
        let report = try t.forward(&points)
        #expect(report.outsideAreaOfUse == [1])   // Paris
        #expect(report.failed.isEmpty)
        #expect(points[1].isFinite)
        // The way back checks the same area, reading the results as lon/lat.
        let back = try t.inverse(&points)
        #expect(back.outsideAreaOfUse == [1])
    }

    @Test func infiniteResultsAreReportedAsFailed() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
        var points = [XY(x: 10, y: 20), XY(x: 0, y: 91), XY(x: .nan, y: 1), XY(x: 30, y: -10)]
        let report = try t.forward(&points)
        #expect(report.failed == [1, 2])
        #expect(report.message?.isEmpty == false)
        #expect(!points[1].isFinite)
        #expect(points[0].isFinite && points[3].isFinite)
    }

    @Test func areaContainsHandlesTheAntimeridian() {
        let fiji = AreaOfUse(west: 176, south: -20, east: -178, north: -12)
        #expect(fiji.contains(XY(x: 179, y: -17)))
        #expect(fiji.contains(XY(x: -179, y: -17)))
        #expect(!fiji.contains(XY(x: 0, y: -17)))
        #expect(!fiji.contains(XY(x: 179, y: 0)))
    }

    @Test func emptyBatchIsFine() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:22770")
        var none: [XY] = []
        #expect(try t.forward(&none).isClean)
    }
}
