import Foundation
import Testing

@Suite struct VersionTests {
    @Test func printsVersion() throws {
        let r = try runEventmap(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}
