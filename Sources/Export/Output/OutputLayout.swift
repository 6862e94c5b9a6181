import EventModel
import Foundation

/// Where a map run puts its files, and how it writes them.
///
/// ```
/// DIR/events.geojson   DIR/events.csv   DIR/map.svg          the whole range
/// DIR/2019-05/events.geojson   …/events.csv   …/map.svg      one folder per period (--by)
/// DIR/index.svg   DIR/index.html                             small multiples and links (--by)
/// ```
/// Folder and file names come from dates only. Every file is written atomically (a temporary
/// file beside it, then a rename), so a reader never sees half a file and a failed run leaves
/// the previous file in place. Only these names are ever written; nothing else in `DIR` is
/// touched or removed.
public struct OutputLayout: Sendable {
    /// The output folder (`--out`).
    public let directory: URL
    /// GeoJSON layout, which also picks the file name (`events.geojson` or `events.geojsons`).
    public let format: GeoJSONFormat

    /// The CSV file's name.
    public static let csvName = "events.csv"
    /// The map's file name.
    public static let mapName = "map.svg"
    /// The small multiples' file name.
    public static let indexSVGName = "index.svg"
    /// The index page's file name.
    public static let indexHTMLName = "index.html"

    /// Creates a layout rooted at `directory`.
    /// - Parameters:
    ///   - directory: the output folder; created by ``prepare()``.
    ///   - format: FeatureCollection or RFC 8142 sequence.
    public init(directory: URL, format: GeoJSONFormat = .geojson) {
        self.directory = directory
        self.format = format
    }

    /// Creates the output folder if needed and checks that files can be created in it.
    ///
    /// Call before any expensive work, so a bad `--out` fails at once.
    /// - Throws: ``OutputError`` naming the folder.
    public func prepare() throws {
        try Self.makeWritableFolder(directory)
    }

    /// The folder for `period` (`DIR/2019-05`), or `DIR` itself for the whole range.
    public func folder(for period: Period?) -> URL {
        guard let period else { return directory }
        return directory.appendingPathComponent(period.name, isDirectory: true)
    }

    /// Writes the GeoJSON, the CSV and the map of `events` into the folder of `period`.
    ///
    /// The map is rendered before anything is written, so a failing render leaves no files.
    /// - Parameters:
    ///   - events: the events of the period (or of the whole range).
    ///   - period: the period, or `nil` for the whole range in `DIR`.
    ///   - mapSVG: renders the map; called once.
    /// - Throws: ``OutputError`` for a folder or file that cannot be written, or what `mapSVG` throws.
    public func writeEventFiles(_ events: [Event], period: Period?, mapSVG: () throws -> String) throws {
        let svg = try mapSVG()
        let folder = folder(for: period)
        try Self.makeWritableFolder(folder)
        try write(folder.appendingPathComponent(format.fileName)) {
            try GeoJSONWriter.write(events, to: $0, format: format)
        }
        try write(folder.appendingPathComponent(Self.csvName)) { try CSVWriter.write(events, to: $0) }
        try write(text: svg, to: folder.appendingPathComponent(Self.mapName))
    }

    /// Writes `DIR/index.svg`.
    /// - Throws: ``OutputError``.
    public func writeIndexSVG(_ svg: String) throws {
        try write(text: svg, to: directory.appendingPathComponent(Self.indexSVGName))
    }

    /// Writes `DIR/index.html`.
    /// - Throws: ``OutputError``.
    public func writeIndexHTML(_ page: IndexPage) throws {
        try write(text: page.html(), to: directory.appendingPathComponent(Self.indexHTMLName))
    }

    /// Writes UTF-8 text to `url` atomically.
    func write(text: String, to url: URL) throws {
        try write(url) { try $0.write(contentsOf: Data(text.utf8)) }
    }

    /// Streams into `url` atomically, turning file system errors into ``OutputError``.
    func write(_ url: URL, _ body: (FileHandle) throws -> Void) throws {
        do {
            try AtomicFile.write(to: url, body)
        } catch let e as OutputError {
            throw e
        } catch {
            throw OutputError(path: url.path, reason: "cannot write: \(Self.reason(error))")
        }
    }

    /// Creates `folder` (with parents) and checks it is a writable folder.
    static func makeWritableFolder(_ folder: URL) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw OutputError(path: folder.path, reason: "exists and is not a folder")
            }
        } else {
            do {
                try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: folder.path, reason: "cannot create folder: \(reason(error))")
            }
        }
        guard access(folder.path, W_OK | X_OK) == 0 else {
            throw OutputError(path: folder.path, reason: "folder is not writable")
        }
    }

    /// A short reason for a Foundation error, without the path (which the caller names):
    /// "No such file or directory", "permission denied", ...
    public static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain,
           let msg = strerror(Int32(posix.code)) {
            return String(cString: msg)
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileWriteNoPermissionError: return "permission denied"
            case NSFileWriteOutOfSpaceError: return "no space left on device"
            case NSFileWriteVolumeReadOnlyError: return "read-only file system"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
