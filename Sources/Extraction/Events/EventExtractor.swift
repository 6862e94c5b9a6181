import EventModel
import Foundation
import Gazetteer

/// Reads ACLED-style events out of articles: what happened, where in Syria, when, who, how many dead.
///
/// For each sentence (headlines excepted) it finds event triggers (``TriggerLexicon``), the Syrian
/// places in it, and ties each place to the trigger of its own clause ("air strikes on the town of
/// X", "clashes in X"), or, when its clause has none, to the nearest trigger within 12 words whose
/// clause names no place ("In the district of X, clashes erupted"). A sentence with a trigger but no
/// place ("shelling the towns") falls back to the places of the last event when it speaks of "the
/// town(s)". Places only qualifying another ("X in Idlib province", "X, a suburb of Y"), foreign
/// places, "Syria" itself, and places named only as where people come from (when the sentence
/// names another) are not event locations.
///
/// Dates: the sentence's own expression resolved against the publication (or dateline) day;
/// otherwise the latest short date of an earlier sentence; otherwise the publication day. Sentences
/// dated over more than two weeks ("since April", "in recent months") are background and give no
/// event. An article with no publication date yields events only where the text gives a full date;
/// other events are skipped and a warning names the article (no year is invented).
///
/// Within one article, one event is kept per (place, sub-type) and overlapping dates: the narrower
/// date, the highest death toll. A withdrawal ("Other") at a place whose change of control the same
/// article reports is dropped.
///
/// ```swift
/// let extractor = EventExtractor(gazetteer: try .standard())
/// let (events, warnings) = extractor.events(in: article)
/// ```
public struct EventExtractor: Sendable {
    /// The gazetteer used to find and resolve places.
    public let gazetteer: Gazetteer

    /// Creates an extractor.
    /// - Parameter gazetteer: the place names to find (``Gazetteer/standard()`` or one with extra files).
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Every place mention in the article, resolved or not, in text order.
    /// - Parameter article: the article.
    /// - Returns: one mention per name found (foreign places and countries included).
    public func places(in article: Article) -> [PlaceMention] {
        let a = AnalysedText(article.text)
        return PlaceFinder(gazetteer: gazetteer).find(in: a, text: article.text).map {
            PlaceMention(source: article.id, mention: $0.mention(in: a), start: $0.bytes.lowerBound, end: $0.bytes.upperBound,
                         place: $0.place(gazetteer), matchedBy: $0.matchedBy.label)
        }
    }

    /// The events the article reports.
    /// - Parameter article: the article.
    /// - Returns: the events (one per place, sub-type and date) and warnings naming the article
    ///   (no publication date; an event place that could not be anchored).
    public func events(in article: Article) -> (events: [Event], warnings: [String]) {
        let a = AnalysedText(article.text)
        let places = PlaceFinder(gazetteer: gazetteer).find(in: a, text: article.text)
        // (the working arrays of the articles this thread read before, reused)
        let buffers = ArticleBuffers.forThisThread()
        var state = ArticleState(article: article, text: a, places: places, gazetteer: gazetteer, takesBuffers: true)
        state.take(buffers)
        state.run()
        let events = state.finish()
        state.giveBack(buffers)
        return (events, state.warnings)
    }
}
