import EventModel
import Testing
@testable import Extraction

@Suite struct LexiconTests {
    func triggers(_ text: String) -> [TriggerKind] {
        let a = AnalysedText(text)
        return a.sentences.flatMap { TriggerFinder.triggers(a, $0).kept.map(\.kind) }
    }

    @Test func longestPhraseWins() {
        #expect(triggers("Air strikes hit the market.") == [.fixed(.airStrike), .genericAttack])
        #expect(triggers("A car bombing shook the square.") == [.fixed(.remoteExplosive)])
        #expect(triggers("A suicide car bomb exploded.") == [.fixed(.suicideBomb), .fixed(.remoteExplosive)])
        #expect(triggers("Mortar rounds landed near the school.") == [.fixed(.shelling)])
    }

    @Test func intentionsNegationsAndBackgroundAreSilenced() {
        #expect(triggers("The army vowed to retake the town.").isEmpty)
        #expect(triggers("Officials said no clashes took place.").isEmpty)
        #expect(triggers("After months of bombardment the town is empty.").isEmpty)
        #expect(triggers("Talks entered their final phase.").isEmpty)
        // "forced ... to flee" reports the flight
        #expect(triggers("Shelling forced thousands to flee.") == [.fixed(.shelling), .fixed(.displacement)])
    }

    @Test func actorsAreFound() {
        let a = AnalysedText("Hayat Tahrir al-Sham fighters and Russian jets fought government troops near the SDF lines.")
        var names: [String] = []
        var i = 0
        while i < a.tokens.count {
            if let (actor, n) = ActorLexicon.table.match(a.tokens, at: i, end: a.tokens.count) { names.append(actor.name); i += n } else { i += 1 }
        }
        #expect(names == ["Hayat Tahrir al-Sham", "Russian forces", "Syrian government forces", "Syrian Democratic Forces"])
    }

    @Test func everySubTypeOfTheContractHasATrigger() {
        let phrases = Set(TriggerLexicon.phrases)
        #expect(phrases.count > 150)
        for p in ["clashes", "air strike", "shelling", "car bomb", "suicide bomber", "grenade", "chemical attack",
                  "abducted", "arrested", "looted", "ceasefire", "fled", "protest", "riot", "captured", "retook"] {
            #expect(phrases.contains(p), "\(p)")
        }
    }
}
