import Foundation

/// Wall-clock seconds for `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    var t0 = timespec(), t1 = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t0)
    try body()
    clock_gettime(CLOCK_MONOTONIC, &t1)
    return Double(t1.tv_sec - t0.tv_sec) + Double(t1.tv_nsec - t0.tv_nsec) / 1e9
}

/// Prints one figure in the contract's format: `bench NAME VALUE UNIT`.
func report(_ name: String, _ value: Double, _ unit: String) {
    print("bench \(name) \(String(format: "%.2f", value)) \(unit)")
}

/// Runs a shell command, returning its exit status and wall-clock seconds.
@discardableResult
func shell(_ command: String) -> (status: Int32, seconds: Double) {
    var status: Int32 = 0
    let s = seconds {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        do { try p.run(); p.waitUntilExit(); status = p.terminationStatus } catch { status = -1 }
    }
    return (status, s)
}

/// Resets the process's peak resident memory (Linux: "5" written to /proc/self/clear_refs), so
/// that ``peakMemoryMiB()`` measures one benchmark, not the benchmarks that ran before it in the
/// same process (the gazetteer scan holds 100 MB of text).
func resetPeakMemory() {
    if let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
        h.write(Data("5".utf8))
        try? h.close()
    }
}

/// Peak resident set size of this process so far (or since ``resetPeakMemory()``), in MiB
/// (from /proc/self/status VmHWM).
func peakMemoryMiB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}
