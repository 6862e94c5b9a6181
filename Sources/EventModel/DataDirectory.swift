import Foundation

/// Locates eventmap's committed data (the `Gazetteer/` folder: gazetteer tables, basemap).
///
/// Order: the `EVENTMAP_DATA` environment variable; `share/eventmap` beside the executable's
/// `bin/` (an installed copy); then the `Gazetteer/` folder of the source checkout the binary
/// was built from.
public enum DataDirectory {
    /// The folder holding the data files, or `nil` when none of the candidates exists.
    public static var url: URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["EVENTMAP_DATA"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(exe.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/eventmap"))
        // Sources/EventModel/DataDirectory.swift -> repository root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent("Gazetteer"))
        for c in candidates {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: c.path, isDirectory: &isDir), isDir.boolValue { return c }
        }
        return nil
    }

    /// The URL of a data file, or `nil` when the data folder or the file is missing.
    public static func file(_ name: String) -> URL? {
        guard let dir = url else { return nil }
        let f = dir.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: f.path) ? f : nil
    }
}
