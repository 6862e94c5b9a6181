import EventModel

/// What surrounds a name: the sentence (for cues such as "province of X" or "X countryside")
/// and the places already resolved in the same article.
public struct GeocodeContext: Sendable {
    /// The sentence around the name.
    public var sentence: String?
    /// Other places resolved in the same article, used to prefer nearby namesakes.
    public var articlePlaces: [Place]

    /// Creates a context.
    /// - Parameters:
    ///   - sentence: the sentence the name was read in, if known.
    ///   - articlePlaces: places already resolved in the same article.
    public init(sentence: String? = nil, articlePlaces: [Place] = []) {
        self.sentence = sentence
        self.articlePlaces = articlePlaces
    }
}
