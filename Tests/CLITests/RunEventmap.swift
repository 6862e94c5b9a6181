import Foundation

/// The result of running the built `eventmap` binary.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The built `eventmap` executable (beside the test bundle in the build folder).
var eventmapBinary: URL {
    let build = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    var dir = Bundle.main.bundleURL
    for candidate in [build, dir, dir.deletingLastPathComponent()] {
        let f = candidate.appendingPathComponent("eventmap")
        if FileManager.default.isExecutableFile(atPath: f.path) { return f }
    }
    dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/eventmap")
    return dir
}

/// Repository root (for Examples/ and ../shared).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Runs `eventmap` with `arguments`, feeding `stdin` if given, and captures everything.
func runEventmap(_ arguments: [String], stdin: String? = nil, cwd: URL? = nil) throws -> RunResult {
    let p = Process()
    p.executableURL = eventmapBinary
    p.arguments = arguments
    if let cwd { p.currentDirectoryURL = cwd }
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = stdin == nil ? FileHandle.nullDevice : inp
    try p.run()
    if let stdin {
        inp.fileHandleForWriting.write(Data(stdin.utf8))
        try inp.fileHandleForWriting.close()
    }
    // Read both pipes concurrently so a full stderr cannot block the child.
    nonisolated(unsafe) var errData = Data()
    let g = DispatchGroup()
    g.enter()
    DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); g.leave() }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    g.wait()
    p.waitUntilExit()
    return RunResult(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
}
