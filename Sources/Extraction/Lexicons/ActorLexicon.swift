/// An armed or civilian party named in a sentence.
struct Actor: Hashable, Sendable {
    /// ACLED-style name written on events (`Syrian government forces`).
    var name: String
    /// On the government's side (the army, Russia, Hezbollah, Iran): their gains are
    /// "Government regains territory".
    var isProGovernment: Bool
    /// Flies (an air force, Russia, the coalition): its "attacks" are air strikes.
    var isAirborne: Bool
    /// Civilians (victims, never attackers).
    var isCivilian: Bool
}

/// The actor lexicon: phrases mapped to actor names.
enum ActorLexicon {
    static let government = Actor(name: "Syrian government forces", isProGovernment: true, isAirborne: false, isCivilian: false)
    static let airForce = Actor(name: "Syrian government forces", isProGovernment: true, isAirborne: true, isCivilian: false)
    static let russia = Actor(name: "Russian forces", isProGovernment: true, isAirborne: true, isCivilian: false)
    static let hezbollah = Actor(name: "Hezbollah", isProGovernment: true, isAirborne: false, isCivilian: false)
    static let iran = Actor(name: "Iranian forces", isProGovernment: true, isAirborne: false, isCivilian: false)
    static let hts = Actor(name: "Hayat Tahrir al-Sham", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let nusra = Actor(name: "Nusra Front", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let isil = Actor(name: "Islamic State", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let ahrar = Actor(name: "Ahrar al-Sham", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let fateh = Actor(name: "Jaish al-Fateh", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let jaishIslam = Actor(name: "Jaish al-Islam", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let rebels = Actor(name: "Rebels", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let islamists = Actor(name: "Islamist militants", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let sdf = Actor(name: "Syrian Democratic Forces", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let kurds = Actor(name: "Kurdish forces (YPG)", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let turkey = Actor(name: "Turkish forces", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let turkishBacked = Actor(name: "Turkish-backed rebels", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let coalition = Actor(name: "US-led coalition", isProGovernment: false, isAirborne: true, isCivilian: false)
    static let israel = Actor(name: "Israeli forces", isProGovernment: false, isAirborne: true, isCivilian: false)
    static let gunmen = Actor(name: "Unidentified armed group", isProGovernment: false, isAirborne: false, isCivilian: false)
    static let civilians = Actor(name: "Civilians", isProGovernment: false, isAirborne: false, isCivilian: true)
    static let protesters = Actor(name: "Protesters", isProGovernment: false, isAirborne: false, isCivilian: true)

    private static let entries: [(String, Actor)] = [
        ("government forces", government), ("government troops", government), ("regime forces", government),
        ("regime troops", government), ("syrian army", government), ("the army", government), ("army", government),
        ("syrian troops", government), ("troops", government), ("soldiers", government), ("regime", government),
        ("pro government forces", government), ("pro regime fighters", government), ("pro regime forces", government),
        ("loyalist forces", government), ("loyalists", government), ("assad s forces", government),
        ("republican guard", government), ("tiger forces", government), ("national defence forces", government),
        ("national defense forces", government), ("government", government),
        ("security forces", government), ("security agents", government), ("security men", government),
        ("police", government), ("riot police", government), ("intelligence agents", government),
        ("air force", airForce), ("syrian air force", airForce), ("syrian warplanes", airForce),
        ("regime warplanes", airForce), ("government warplanes", airForce), ("helicopters", airForce),
        ("russian", russia), ("russia", russia), ("russian warplanes", russia), ("russian forces", russia),
        ("russian jets", russia), ("russian air power", russia),
        ("hezbollah", hezbollah), ("hizbollah", hezbollah), ("iranian", iran), ("iran backed", iran),
        ("hayat tahrir al sham", hts), ("tahrir al sham", hts), ("hts", hts),
        ("nusra front", nusra), ("al nusra front", nusra), ("al nusra", nusra), ("nusra", nusra),
        ("jabhat al nusra", nusra), ("jabhat fateh al sham", nusra),
        ("isil", isil), ("isis", isil), ("islamic state", isil), ("daesh", isil),
        ("islamic state of iraq and the levant", isil),
        ("ahrar al sham", ahrar), ("jaish al fateh", fateh), ("army of conquest", fateh), ("jaish al islam", jaishIslam),
        ("rebels", rebels), ("rebel", rebels), ("free syrian army", rebels), ("fsa", rebels),
        ("opposition fighters", rebels), ("insurgents", rebels), ("insurgent", rebels), ("militants", rebels),
        ("opposition forces", rebels), ("armed opposition", rebels),
        ("jihadists", islamists), ("jihadist", islamists), ("islamists", islamists),
        ("syrian democratic forces", sdf), ("sdf", sdf), ("ypg", kurds), ("kurdish fighters", kurds),
        ("kurdish forces", kurds), ("kurdish units", kurds), ("kurdish militia", kurds),
        ("kurdish local committees", kurds), ("people s protection units", kurds),
        ("kurdish security forces", kurds), ("asayish", kurds), ("internal security forces", kurds),
        ("turkish security forces", turkey),
        ("turkish forces", turkey), ("turkish troops", turkey), ("turkish army", turkey), ("turkish military", turkey),
        ("turkish warplanes", turkey), ("turkey backed rebels", turkishBacked), ("turkish backed", turkishBacked),
        ("syrian national army", turkishBacked),
        ("us led coalition", coalition), ("coalition", coalition), ("international coalition", coalition),
        ("american", coalition), ("us forces", coalition), ("u s led coalition", coalition),
        ("israeli", israel), ("israel", israel), ("gunmen", gunmen), ("unidentified gunmen", gunmen),
        ("civilians", civilians), ("civilian", civilians), ("children", civilians), ("child", civilians),
        ("women", civilians), ("residents", civilians), ("passengers", civilians), ("students", civilians),
        ("protesters", protesters), ("demonstrators", protesters),
    ]

    static let table = PhraseTable<Actor>(entries)
}
