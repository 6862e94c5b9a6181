/// One sentence of an article: a byte range and the range of its tokens.
struct Sentence: Hashable, Sendable {
    /// UTF-8 byte offsets in the article text.
    var start: Int
    var end: Int
    /// Indices into the article's token array.
    var tokens: Range<Int>
    /// Index of the paragraph (blank-line separated block) holding the sentence.
    var paragraph: Int
}
