import EventModel
import Foundation
import Testing
@testable import Extraction

/// A temporary folder removed when the test ends.
final class TempFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("extraction-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let f = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: f.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: f)
        return f.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

@Suite struct ArticleSourceTests {
    @Test func frontMatterBOMAndCRLF() throws {
        let dir = try TempFolder()
        let text = "---\r\ntitle: Shelling on the old market\r\nsource: Test Wire\r\npublished: 2019-08-20\r\nurl: https://example.org/a\r\n---\r\nShelling on the old market\r\nShells hit the market on Monday.\r\n"
        let path = try dir.write("a.txt", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let (articles, problems) = ArticleSource(inputs: [path]).articles()
        #expect(problems.isEmpty)
        let a = try #require(articles.first)
        #expect(a.id == "a.txt")
        #expect(a.title == "Shelling on the old market")
        #expect(a.outlet == "Test Wire")
        #expect(a.published?.description == "2019-08-20")
        #expect(a.url == "https://example.org/a")
        #expect(!a.text.contains("\r"))
        #expect(a.text.hasPrefix("Shelling on the old market\nShells hit"))
    }

    @Test func headlineAndDateFromText() throws {
        let dir = try TempFolder()
        let path = try dir.write("b.md", "\n\nTwo towns shelled\nWire, September 3, 2015\nShells fell on Wednesday.\n")
        let (articles, _) = ArticleSource(inputs: [path]).articles()
        #expect(articles.first?.title == "Two towns shelled")
        #expect(articles.first?.published?.description == "2015-09-03")
    }

    @Test func manifestThenPublishedOption() throws {
        let dir = try TempFolder()
        try dir.write("news/one.txt", "Clashes in the north\nFighting went on.\n")
        try dir.write("news/two.txt", "Quiet day\nNothing happened.\n")
        try dir.write("news/manifest.csv", "file,published,title,source,url\none.txt,2014-05-03,\"Clashes, north\",AFP,\n")
        let source = ArticleSource(inputs: [dir.url.appendingPathComponent("news").path],
                                   manifest: dir.url.appendingPathComponent("news/manifest.csv"),
                                   published: Day(iso: "2020-01-01"))
        let (articles, problems) = source.articles()
        #expect(problems.isEmpty)
        #expect(articles.map(\.id) == ["one.txt", "two.txt"])  // the .csv is not an article
        #expect(articles[0].published?.description == "2014-05-03")
        #expect(articles[0].title == "Clashes, north")
        #expect(articles[0].outlet == "AFP")
        #expect(articles[1].published?.description == "2020-01-01")
    }

    @Test func jsonLinesWithABadLine() throws {
        let dir = try TempFolder()
        let path = try dir.write("feed.jsonl", """
            {"id": "r1", "title": "T1", "source": "Wire", "published": "2018-03-18", "url": "", "text": "Clashes erupted."}
            {"id": "r2", "text": broken}
            {"id": "r3", "published": "18/03/2018", "text": "Bad date."}

            {"id": "r4", "title": "T4", "text": "Line one.\\r\\nLine two."}
            """)
        let (articles, problems) = ArticleSource(inputs: [path]).articles()
        #expect(articles.map(\.id) == ["r1", "r4"])
        #expect(articles[1].text == "Line one.\nLine two.")
        #expect(articles[0].origin == "\(path):1")
        #expect(articles[1].origin == "\(path):5")  // (after a blank line)
        #expect(problems.map(\.description) == ["\(path):2: not valid JSON, skipped",
                                               "\(path):3: published '18/03/2018' is not YYYY-MM-DD, skipped"])
    }

    @Test func badFilesAreNamedAndSkipped() throws {
        let dir = try TempFolder()
        let good = try dir.write("good.txt", "Fine\nText.\n")
        let invalid = try dir.write("latin1.txt", [0x53, 0x79, 0x72, 0x69, 0x65, 0x6E, 0xE9, 0x0A, 0xFF])
        let empty = try dir.write("empty.txt", "  \n\n")
        let binary = try dir.write("bin.txt", [0x41, 0x00, 0x42, 0x43])
        let missing = dir.url.appendingPathComponent("missing.txt").path
        let (articles, problems) = ArticleSource(inputs: [invalid, good, empty, binary, missing]).articles()
        #expect(articles.map(\.id) == ["good.txt"])
        #expect(problems.map(\.description) == [
            "\(invalid): not valid UTF-8, skipped", "\(empty): empty file, skipped",
            "\(binary): binary file (NUL bytes), skipped", "\(missing): no such file or folder",
        ])
    }

    @Test func oversizeFilesAreSkipped() throws {
        let dir = try TempFolder()
        let big = try dir.write("big.txt", [UInt8](repeating: 0x61, count: ArticleText.maximumBytes + 1))
        let (articles, problems) = ArticleSource(inputs: [big]).articles()
        #expect(articles.isEmpty)
        #expect(problems.first?.description == "\(big): larger than 16 MB, skipped")
    }

    @Test func csvParserHandlesQuotes() {
        let r = CSV.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n")
        #expect(r.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["multi\nline", "z"]])
        #expect(r.map(\.line) == [1, 2, 3])
    }
}
