/// One news report, as read from a file, a JSON Lines record or stdin.
public struct Article: Hashable, Sendable {
    /// The file's base name or the JSONL `id`: what events carry as `source`.
    public var id: String
    /// Headline: front matter `title`, the manifest, or the first non-empty line.
    public var title: String
    /// Outlet, e.g. `AFP`, `Xinhua`; empty when unknown.
    public var outlet: String
    /// Publication date, when known.
    public var published: Day?
    public var url: String
    /// Body text (front matter removed, line ends normalised to `\n`).
    public var text: String
    /// Where it was read from (path, `path:line` for JSONL, or `-`), for messages.
    public var origin: String

    public init(id: String, title: String = "", outlet: String = "", published: Day? = nil,
                url: String = "", text: String, origin: String = "") {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
        self.text = text
        self.origin = origin.isEmpty ? id : origin
    }
}
