import Foundation
import Testing
@testable import Projection

/// Errors name the definition asked for and carry PROJ's own message.
@Suite struct ErrorTests {
    @Test func unknownCode() {
        #expect {
            _ = try Transformer(from: "EPSG:4326", to: "EPSG:999999")
        } throws: { error in
            guard let e = error as? ProjectionError else { return false }
            return e.kind == .unknownCRS && e.definition == "EPSG:999999"
                && e.message.contains("crs not found") && e.code != 0
                && e.description.hasPrefix("projection: unknown CRS \"EPSG:999999\": ")
                && !e.description.contains("\n")
        }
    }

    @Test(arguments: ["not a crs at all", "PROJCRS[\"broken\", BASEGEOGCRS[", "{\"type\": \"ProjectedCRS\""])
    func garbageText(definition: String) {
        #expect {
            _ = try CRS(definition)
        } throws: { error in
            guard let e = error as? ProjectionError else { return false }
            return e.kind == .invalidDefinition && e.definition == definition && !e.message.isEmpty
                && e.description.contains("invalid CRS definition")
        }
    }

    @Test func notACRS() throws {
        // A coordinate operation, not a CRS.
        let error = try #require(throws: ProjectionError.self) { try CRS("+proj=pipeline +step +proj=axisswap +order=2,1") }
        #expect(error.kind == .invalidDefinition)
        #expect(error.message.contains("not a coordinate reference system"))
    }

    @Test func missingDatabase() {
        let error = #expect(throws: ProjectionError.self) {
            _ = try Transformer(from: "EPSG:4326", to: "EPSG:22770", databasePath: "/nonexistent/proj.db")
        }
        #expect(error?.kind == .missingDatabase)
        #expect(error?.message.isEmpty == false)
        #expect(error?.description.hasPrefix("projection: proj.db not found") == true)
    }

    @Test func failedSinglePointThrowsWithPROJMessage() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
        let error = try #require(throws: ProjectionError.self) { try t.forward(XY(x: 0, y: 91)) }
        #expect(error.kind == .transformFailed)
        #expect(error.definition == "EPSG:4326 -> EPSG:3857")
        #expect(error.message.contains("point (0.0, 91.0)"))
        #expect(error.message.count > "point (0.0, 91.0): ".count)
    }

    @Test func longDefinitionsAreShortenedToOneLine() throws {
        let wkt = try Fixture.text("EPSG-22770.wkt")
        let e = ProjectionError(.invalidDefinition, definition: wkt, message: "m")
        #expect(!e.description.contains("\n"))
        #expect(e.description.count < 140)
    }
}
