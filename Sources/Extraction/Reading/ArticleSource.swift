import EventModel
import Foundation

/// Reads articles from files, folders (recursive: `.txt`, `.md`, `.jsonl`), JSON Lines and stdin (`-`).
///
/// Metadata precedence for each article: front matter (or the JSONL record's own fields), then the
/// `--manifest` row, then `--published`, then a date written in the text ("Xinhua, September 3, 2015").
/// Unreadable inputs (missing, invalid UTF-8, empty, binary, larger than 16 MB; a bad JSONL line)
/// are reported as ``ReadProblem``s and skipped; the rest is still read.
///
/// ```swift
/// let source = ArticleSource(inputs: ["Examples"], manifest: nil, published: nil)
/// let (articles, problems) = source.articles()
/// ```
public struct ArticleSource: Sendable {
    public var inputs: [String]
    public var manifest: URL?
    public var published: Day?

    /// Creates a reader.
    /// - Parameters:
    ///   - inputs: files, folders or `-` for stdin.
    ///   - manifest: an optional CSV manifest (`file,published,title,source,url`).
    ///   - published: the publication date for articles that give none themselves.
    public init(inputs: [String], manifest: URL? = nil, published: Day? = nil) {
        self.inputs = inputs
        self.manifest = manifest
        self.published = published
    }

    /// Reads every article into memory.
    /// - Returns: the articles in input order, and every problem met.
    public func articles() -> (articles: [Article], problems: [ReadProblem]) {
        var all: [Article] = []
        let problems = forEachArticle { all.append($0) }
        return (all, problems)
    }

    /// Streams articles one by one to `body`, holding only one file in memory at a time.
    /// - Parameter body: called for each article, in input order (folders sorted by path).
    /// - Returns: every problem met (also those of the manifest).
    @discardableResult
    public func forEachArticle(_ body: (Article) -> Void) -> [ReadProblem] {
        var problems: [ReadProblem] = []
        let manifestRows = manifest.map { Manifest(url: $0) }
        problems += manifestRows?.problems ?? []
        for input in inputs {
            if input == "-" {
                let data = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
                read(data: data, path: "-", id: "-", isJSONL: looksLikeJSONL(data), manifest: nil,
                     problems: &problems, body)
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
                problems.append(ReadProblem(path: input, reason: "no such file or folder"))
                continue
            }
            let files = isDir.boolValue ? Self.files(under: input) : [input]
            for file in files {
                readFile(file, manifest: manifestRows, problems: &problems, body)
            }
        }
        return problems
    }

    /// Article files under a folder, recursively, sorted by path; hidden entries are skipped.
    static func files(under folder: String) -> [String] {
        let base = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var out: [String] = []
        for case let url as URL in walker {
            let ext = url.pathExtension.lowercased()
            guard ["txt", "md", "jsonl"].contains(ext),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let rel = url.path.hasPrefix(base.path) ? String(url.path.dropFirst(base.path.count)) : "/" + url.lastPathComponent
            out.append(folder.hasSuffix("/") ? folder + rel.dropFirst() : folder + rel)
        }
        return out.sorted()
    }

    private func readFile(_ path: String, manifest: Manifest?, problems: inout [ReadProblem],
                          _ body: (Article) -> Void) {
        var size = stat()
        if stat(path, &size) == 0, Int(size.st_size) > ArticleText.maximumBytes {
            problems.append(ReadProblem(path: path, reason: "larger than \(ArticleText.maximumBytes >> 20) MB, skipped"))
            return
        }
        guard let data = fileContents(path) else {
            problems.append(ReadProblem(path: path, reason: "cannot read file"))
            return
        }
        let id = (path as NSString).lastPathComponent
        let isJSONL = path.lowercased().hasSuffix(".jsonl")
        read(data: data, path: path, id: id, isJSONL: isJSONL,
             manifest: manifest?.metadata(forFile: path), problems: &problems, body)
    }

    private func read(data: [UInt8], path: String, id: String, isJSONL: Bool, manifest: ArticleMetadata?,
                      problems: inout [ReadProblem], _ body: (Article) -> Void) {
        if isJSONL, let checked = ArticleText.checkedBytes(data) {
            // JSON Lines with no carriage return: read from the checked bytes, no String of the file
            switch checked {
            case .success(let bytes):
                problems += bytes.withUnsafeBufferPointer {
                    JSONLines.articles(in: $0, path: path, fallbackPublished: published, into: body)
                }
            case .failure(let reason):
                problems.append(ReadProblem(path: path, reason: reason.text))
            }
            return
        }
        let text: String
        switch ArticleText.decode(data) {
        case .success(let t): text = t
        case .failure(let reason):
            problems.append(ReadProblem(path: path, reason: reason.text))
            return
        }
        if isJSONL {
            problems += JSONLines.articles(in: text, path: path, fallbackPublished: published, into: body)
        } else {
            body(ArticleText.article(id: id, origin: path, text: text, outside: manifest, fallbackPublished: published))
        }
    }

    /// Stdin is JSON Lines when its first non-blank byte opens an object.
    private func looksLikeJSONL(_ data: [UInt8]) -> Bool {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{")
    }
}

/// The bytes of a file, read straight into an array (no `Data` to copy them out of);
/// `nil` when it cannot be opened or read. A file that is not a regular one, or that grows
/// while it is read, is read by `FileManager` as it stands.
private func fileContents(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
        return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
    // one byte of room more than the size: a full buffer means the file grew
    let capacity = Int(info.st_size) + 1
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        while count < capacity {
            let n = read(fd, buffer.baseAddress! + count, capacity - count)
            if n > 0 {
                count += n
            } else if n == 0 {
                return
            } else if errno != EINTR {
                failed = true
                return
            }
        }
    }
    if failed { return nil }
    if bytes.count == capacity { return FileManager.default.contents(atPath: path).map { [UInt8]($0) } }
    return bytes
}
