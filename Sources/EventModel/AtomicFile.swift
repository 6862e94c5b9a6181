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
    /// The temporary file is removed when `body` throws. A failure to create or rename the file
    /// throws a `CocoaError` naming `url` whose `NSUnderlyingErrorKey` is the system's error (`NSPOSIXErrorDomain`)
    /// (`ENOENT` for a missing folder, `EACCES` for one that is not writable, ...).
    public static func write(to url: URL, _ body: (FileHandle) throws -> Void) throws {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure(.fileWriteUnknown, url) }
        do {
            let h = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
            do {
                try body(h)
                try h.close()
            } catch {
                try? h.close()
                throw error
            }
            if rename(tmp.path, url.path) != 0 {
                throw failure(.fileWriteUnknown, url)
            }
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        }
    }

    /// The error for a failed system call on `url`, carrying `errno` as its underlying error.
    private static func failure(_ code: CocoaError.Code, _ url: URL) -> CocoaError {
        let posix = NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
        return CocoaError(code, userInfo: [NSFilePathErrorKey: url.path, NSUnderlyingErrorKey: posix])
    }
}
