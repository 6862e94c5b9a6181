#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The working arrays of an ``ArticleState``, kept between the articles one thread reads: an
/// article takes them (emptied, their storage kept) and gives them back when it is done, so the
/// per-sentence buffers grow once per thread instead of once per article, and are not freed and
/// allocated again at every article.
///
/// One object per thread (``forThisThread()``): no locks, no sharing between threads.
final class ArticleBuffers {
    var triggerStarts: [Int] = []
    var keptFound: [Trigger] = [], silencedFound: [Trigger] = []
    var placeStarts: [Int] = [], placeEnds: [Int] = []
    var clauseBuffer: [Int] = []
    var candidateBuffer: [ArticleState.PlaceRef] = [], madeBuffer: [ArticleState.PlaceRef] = []
    var lastEventPlaces: [ArticleState.PlaceRef] = []
    var dateBuffer: [(span: DateSpan, range: Range<Int>)] = []
    var actorBuffer: [(actor: Actor, at: Int)] = []
    var clauseDateBuffer: [(clause: Int, span: DateSpan)] = []
    var unreadDates: [Bool] = []
    var drafts: [ArticleState.Draft] = []

    /// The thread-specific key the buffers of each thread are kept under (released when the
    /// thread ends).
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { object in
            if let object { Unmanaged<ArticleBuffers>.fromOpaque(object).release() }
        }
        return key
    }()

    /// The buffers of the calling thread (made at its first article).
    static func forThisThread() -> ArticleBuffers {
        if let object = pthread_getspecific(key) {
            return Unmanaged<ArticleBuffers>.fromOpaque(object).takeUnretainedValue()
        }
        let buffers = ArticleBuffers()
        pthread_setspecific(key, Unmanaged.passRetained(buffers).toOpaque())
        return buffers
    }
}

extension ArticleState {
    /// Takes the buffers of `b` into this state (``ArticleBuffers`` is left with empty arrays
    /// until ``giveBack(_:)``; an article read meanwhile on the same thread makes its own).
    mutating func take(_ b: ArticleBuffers) {
        exchangeBuffers(with: b)
        // one mark per sentence, all clear
        unreadDates.append(contentsOf: repeatElement(false, count: a.sentences.count))
    }

    /// Empties the buffers (keeping their storage) and hands them back to `b` for the next article.
    mutating func giveBack(_ b: ArticleBuffers) {
        // (most are empty already: each sentence empties what it used)
        triggerStarts.empty(); keptFound.empty(); silencedFound.empty()
        placeStarts.empty(); placeEnds.empty()
        candidateBuffer.empty(); madeBuffer.empty(); lastEventPlaces.empty()
        dateBuffer.empty(); actorBuffer.empty(); clauseDateBuffer.empty()
        drafts.empty()
        if !clauseBuffer.isEmpty { clauseBuffer.removeAll(keepingCapacity: true) }
        if !unreadDates.isEmpty { unreadDates.removeAll(keepingCapacity: true) }
        exchangeBuffers(with: b)
    }

    /// Trades every buffer of this state for the same one of `b`.
    private mutating func exchangeBuffers(with b: ArticleBuffers) {
        swap(&triggerStarts, &b.triggerStarts)
        swap(&keptFound, &b.keptFound)
        swap(&silencedFound, &b.silencedFound)
        swap(&placeStarts, &b.placeStarts)
        swap(&placeEnds, &b.placeEnds)
        swap(&clauseBuffer, &b.clauseBuffer)
        swap(&candidateBuffer, &b.candidateBuffer)
        swap(&madeBuffer, &b.madeBuffer)
        swap(&lastEventPlaces, &b.lastEventPlaces)
        swap(&dateBuffer, &b.dateBuffer)
        swap(&actorBuffer, &b.actorBuffer)
        swap(&clauseDateBuffer, &b.clauseDateBuffer)
        swap(&drafts, &b.drafts)
        swap(&unreadDates, &b.unreadDates)
    }
}
