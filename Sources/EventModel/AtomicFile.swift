import Foundation

/// Writes files atomically: into a temporary file beside the target, then `rename(2)`.
///
/// A reader never sees a half-written file, and a failed write leaves the old file (if any).
public enum AtomicFile {
    /// Writes `data` to `url` atomically.
    /// - Throws: the underlying file system error, naming the path.
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { handle in try handle.write(contentsOf: data) }
    }

    /// Streams into a temporary file through `body`, then renames it over `url`.
    ///
    /// The temporary file is removed when `body` throws.
    public static func write(to url: URL, _ body: (FileHandle) throws -> Void) throws {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        guard FileManager.default.createFile(atPath: tmp.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        do {
            let h = try FileHandle(forWritingTo: tmp)
            do {
                try body(h)
                try h.close()
            } catch {
                try? h.close()
                throw error
            }
            if rename(tmp.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        }
    }
}
