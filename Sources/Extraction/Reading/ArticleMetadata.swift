import EventModel

/// Metadata for one article from front matter, a manifest row or a JSON Lines record.
///
/// Every field is optional: an absent field falls back to the next source (see ``ArticleSource``).
public struct ArticleMetadata: Hashable, Sendable {
    public var title: String?
    public var source: String?
    public var published: Day?
    public var url: String?

    /// Creates metadata; all fields default to unknown.
    public init(title: String? = nil, source: String? = nil, published: Day? = nil, url: String? = nil) {
        self.title = title
        self.source = source
        self.published = published
        self.url = url
    }

    /// Fills fields still unknown here from `other`.
    func filling(from other: ArticleMetadata?) -> ArticleMetadata {
        guard let other else { return self }
        return ArticleMetadata(title: title ?? other.title, source: source ?? other.source,
                               published: published ?? other.published, url: url ?? other.url)
    }
}

extension Optional where Wrapped == String {
    /// `nil` for nil, empty or all-blank strings.
    var nonBlank: String? {
        guard let s = self?.trimmingSpaces, !s.isEmpty else { return nil }
        return s
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, without Foundation when the ends are ASCII and not
    /// blank (nothing to trim: other white space is never ASCII).
    var trimmingSpaces: String {
        guard let f = utf8.first, let l = utf8.last else { return self }  // empty
        if f < 0x80, l < 0x80, f != 0x20, f != 0x09, l != 0x20, l != 0x09 {
            return self
        }
        return trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
