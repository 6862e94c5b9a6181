import Foundation

/// Three short articles written for these tests (our own words), with front matter:
/// an air strike in Idlib (May 2019, 12 dead), a clash in Hama (June 2019, no toll)
/// and a protest in Daraa (March 2013).
let mapTestArticles: [String: String] = [
    "strike.txt": """
        ---
        title: Jets pound southern Idlib town
        source: Test Wire
        published: 2019-05-15
        ---
        Jets pound southern Idlib town

        Government warplanes bombed Maarat al-Numan in Idlib province on Tuesday, killing 12 civilians, \
        a monitoring group said.
        """,
    "clash.txt": """
        ---
        title: Rebels and army clash near Hama
        source: Test Wire
        published: 2019-06-03
        ---
        Rebels and army clash near Hama

        Rebel fighters clashed with Syrian government forces near Kafr Nabuda in Hama province on Sunday.
        """,
    "protest.txt": """
        ---
        title: "Protest in Daraa <b>&</b> \\"quotes\\""
        source: Test Wire
        published: 2013-03-20
        ---
        Hundreds of people protested peacefully in Daraa on Monday, residents said.
        """,
]

/// A temporary folder holding ``mapTestArticles`` in `articles/`, removed by `body`'s caller.
func withMapFixture(_ body: (_ root: URL, _ articles: URL) throws -> Void) throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-map-\(UUID().uuidString)")
    let articles = root.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    for (name, text) in mapTestArticles {
        try Data(text.utf8).write(to: articles.appendingPathComponent(name))
    }
    try body(root, articles)
}

/// Every file below `dir`, relative and sorted (empty when `dir` does not exist).
func filesBelow(_ dir: URL) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: dir.path) else { return [] }
    return e.compactMap { $0 as? String }.sorted()
}

/// `ogrinfo -ro -al -so` of `file`: feature count and field types by name, or `nil` without GDAL.
func ogrFieldTypes(_ file: URL) throws -> (count: Int, types: [String: String])? {
    let tool = "/usr/bin/ogrinfo"
    guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: tool)
    p.arguments = ["-ro", "-al", "-so", file.path]
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    var count = -1
    var types: [String: String] = [:]
    for line in text.split(separator: "\n") {
        if line.hasPrefix("Feature Count: ") { count = Int(line.dropFirst(15)) ?? -1; continue }
        // Field lines look like `event_date: Date (0.0)`.
        let parts = line.split(separator: " ")
        if parts.count == 3, parts[0].hasSuffix(":"), parts[2].hasPrefix("(") {
            types[String(parts[0].dropLast())] = String(parts[1])
        }
    }
    return (count, types)
}
