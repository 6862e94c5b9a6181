import Foundation
import Testing

/// Compares `text` with the golden file `Fixtures/<name>`.
///
/// With the environment variable `RECORD_SNAPSHOTS` set, rewrites the golden file and fails the
/// test, so that a new baseline never passes unnoticed.
func expectMatchesGolden(_ text: String, named name: String,
                         sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
        try Data(text.utf8).write(to: url)
        Issue.record("Recorded golden file \(name); unset RECORD_SNAPSHOTS and run again.",
                     sourceLocation: sourceLocation)
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("Missing golden file \(url.path); run with RECORD_SNAPSHOTS=1.", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(text == expected, "output differs from golden file \(name)", sourceLocation: sourceLocation)
}

/// A fresh temporary folder, removed by the caller with `FileManager.default.removeItem`.
func makeTemporaryFolder(_ label: String = "export") throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("eventmap-\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs a command, returning its exit status and standard output (stderr folded in).
func runTool(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Field types as `ogrinfo -al -so` reports them (`event_date` → `Date`), and the feature count.
func ogrinfoSummary(_ file: URL) throws -> (count: Int, fields: [String: String])? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/ogrinfo") else { return nil }
    let r = try runTool("/usr/bin/ogrinfo", ["-ro", "-al", "-so", file.path])
    guard r.status == 0 else { return (-1, [:]) }
    var count = -1
    var fields: [String: String] = [:]
    for line in r.output.split(separator: "\n") {
        if line.hasPrefix("Feature Count: ") { count = Int(line.dropFirst(15)) ?? -1 }
        let parts = line.split(separator: ":", maxSplits: 1)
        if parts.count == 2, !parts[0].contains(" "), parts[1].hasSuffix(")") {
            let type = parts[1].trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
            fields[String(parts[0])] = type
        }
    }
    return (count, fields)
}
