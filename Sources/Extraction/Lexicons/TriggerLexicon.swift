import EventModel

/// The event trigger lexicon: words and phrases mapped to ACLED sub-types (CONTRACT.md table).
enum TriggerLexicon {
    /// (phrase, kind, is a verb)
    private static let entries: [(String, TriggerKind, Bool)] = {
        var e: [(String, TriggerKind, Bool)] = []
        func add(_ kind: TriggerKind, verb: Bool = false, _ phrases: String...) {
            for p in phrases { e.append((p, kind, verb)) }
        }
        // Battles
        add(.fixed(.armedClash), "clash", "clashes", "fighting", "battle", "battles", "firefight", "firefights",
            "skirmish", "skirmishes", "exchange of fire", "gunfight", "offensive", "ground offensive", "assault",
            "ambush", "infiltration attempt", "combat", "street battles", "heavy fighting", "fierce fighting", "incursion",
            "ground incursion", "ground operation")
        add(.fixed(.armedClash), verb: true, "clashed", "clashing", "fought", "battled", "battling", "ambushed",
            "exchanged fire", "stormed", "assaulted", "repelled", "repulsed", "attacking",
            // (state media: "units of the army inflicted heavy losses upon terrorists in X")
            "inflicted heavy losses", "inflicted losses", "inflicting heavy losses", "inflicting losses")
        add(.territory(governmentByDefault: true), verb: true, "recaptured", "recapture", "retook", "retake", "retaken",
            "regained", "regain", "regained control", "liberated", "restored control", "advanced", "advancing",
            "advance into", "advanced into", "advancing into", "made gains", "gained ground")
        add(.territory(governmentByDefault: false), verb: true, "captured", "capture", "seized", "seize", "took control",
            "taken control", "take control", "gained control", "seized control", "took over", "taken over", "overran",
            "overrun", "entered", "moved into", "pushed into", "swept into", "fell to", "fallen to", "came under",
            "falls to", "fall to", "seizing", "capturing", "recapturing", "retaking",
            "took full control", "taken full control", "take full control", "took complete control",
            "taken complete control", "seized full control", "gained full control", "cleared of", "was freed",
            "were freed", "been freed", "flushing out", "flushed out", "driving out", "drove out", "driven out",
            "pushed out", "expelled", "ousted", "crossed into")
        add(.territory(governmentByDefault: false), "capture", "takeover", "fall of", "liberation of")
        add(.genericAttack, "attack", "attacks")
        add(.bombing, "raid", "raids", "strike", "strikes", "wave of strikes")
        add(.genericAttack, verb: true, "attacked", "targeted", "targeting", "struck", "hit", "opened fire", "open fire",
            "fired on", "fired at", "fired into")
        add(.genericAttack, "gunfire")
        // Explosions/Remote violence
        add(.fixed(.airStrike), "air strike", "air strikes", "airstrike", "airstrikes", "air raid", "air raids",
            "airraid", "airraids", "air attack", "air attacks", "aerial bombardment", "aerial offensive",
            "aerial attack", "aerial attacks", "aerial bombing", "barrel bomb", "barrel bombs", "drone strike",
            "drone strikes", "drone attack", "drone attacks", "russian strikes", "coalition strikes", "air bombardment",
            "bombing raid", "bombing raids", "dropped barrel bombs", "air campaign")
        add(.bombing, "bombardment", "bombardments", "bombing", "bombings", "bombs")
        add(.bombing, verb: true, "bombed", "bombarded", "bombard", "pounded", "pounding")
        add(.fixed(.shelling), "shelling", "shells", "shell", "mortar", "mortars", "mortar rounds", "mortar attack",
            "mortar attacks", "mortar fire", "rocket", "rockets", "rocket attack", "rocket attacks", "rocket fire",
            "artillery", "artillery fire", "missile", "missiles", "missile attack", "missile strike", "missile strikes",
            "shellfire", "tank fire", "projectiles", "surface to surface", "cluster munitions", "cluster bombs")
        add(.fixed(.shelling), verb: true, "shelled")
        add(.fixed(.remoteExplosive), "explosion", "explosions", "blast", "blasts", "car bomb", "car bombs",
            "car bombing", "car bombings", "bomb blast", "explosive device", "explosive devices", "ied", "ieds",
            "landmine", "landmines", "land mine", "a mine", "roadside bomb", "booby trapped", "motorcycle bomb", "bomb attack",
            "truck bomb", "truck bombs", "bomb laden", "explosives laden", "tanker bomb", "packed with explosives",
            "laden with explosives", "rigged with explosives", "loaded with explosives", "filled with explosives",
            "bomb rigged")
        add(.fixed(.remoteExplosive), verb: true, "exploded", "detonated", "blew up", "blown up")
        add(.fixed(.suicideBomb), "suicide bomber", "suicide bombers", "suicide bombing", "suicide bombings",
            "suicide attack", "suicide attacks", "suicide car bomb", "suicide bomb", "blew himself up", "explosive vest",
            "explosive belt", "suicide vest", "suicide belt", "blew themselves up", "suicide truck bomb")
        add(.fixed(.grenade), "grenade", "grenades", "hand grenade")
        add(.fixed(.chemicalWeapon), "chemical attack", "chemical weapons attack", "chemical weapons", "gas attack",
            "chlorine", "sarin", "toxic gas", "poison gas", "chemical agents", "chemical agent", "nerve agent",
            "nerve gas", "chemical munitions", "chlorine gas", "chemical weapon", "chemical strike",
            "chemical materials", "chemical substances", "toxic chemicals", "toxic substances", "chemical rocket",
            "chemical rockets", "chemical shells")
        // Violence against civilians
        add(.fixed(.attack), "massacre", "massacres", "execution", "executions", "assassination", "summary execution")
        add(.fixed(.attack), verb: true, "massacred", "executed", "assassinated", "murdered", "gunned down", "shot dead",
            "beheaded", "crucified")
        add(.fixed(.attack), "beheading", "beheadings")
        add(.fixed(.abduction), "abduction", "abductions", "kidnapping", "kidnappings", "hijacking", "forced disappearance")
        add(.fixed(.abduction), "human shields", "human shield")
        add(.fixed(.abduction), verb: true, "abducted", "kidnapped", "hijacked", "highjacked", "taken hostage")
        add(.fixed(.sexualViolence), "rape", "sexual violence", "sexual assault")
        add(.fixed(.sexualViolence), verb: true, "raped")
        add(.killing, verb: true, "killed", "killing", "kills", "died", "dead")
        // Protests and riots
        add(.protest, "protest", "protests", "demonstration", "demonstrations", "protesters", "protestors",
            "demonstrators", "rally", "rallies", "sit in", "protester", "demonstrator", "marchers", "protest march", "protest marches",
            "peaceful march", "peaceful marches", "funeral procession", "funeral processions", "mourners")
        add(.protest, verb: true, "protested", "demonstrated", "rallied", "took to the streets", "chanting against",
            "chanted against", "chanting slogans", "chanted slogans", "marched peacefully")
        add(.fixed(.violentDemonstration), "riot", "riots", "rioting", "rioters")
        add(.fixed(.mobViolence), "mob", "lynching")
        add(.fixed(.mobViolence), verb: true, "lynched")
        // Strategic developments
        add(.fixed(.agreement), "ceasefire", "cease fire", "truce", "agreement", "accord", "a deal", "the deal",
            "final deal", "evacuation deal", "reconciliation deal", "surrender deal", "withdrawal deal", "settlement",
            "reconciliation agreement", "de escalation")
        add(.fixed(.agreement), verb: true, "agreed", "signed")
        add(.fixed(.arrests), "arrests", "arrest campaign", "detentions", "raids and arrests", "house to house raids",
            "arrest raids", "detention campaign")
        add(.fixed(.arrests), verb: true, "arrested", "detained", "rounded up", "detaining", "arresting")
        add(.fixed(.changeToGroup), verb: true, "merged", "defected", "dissolved", "announced the formation")
        add(.fixed(.headquartersEstablished), verb: true, "established a base", "set up a base", "set up a military",
            "established a military", "new military base", "opened a base")
        add(.fixed(.looting), "looting", "arson")
        add(.fixed(.looting), verb: true, "looted", "torched", "razed", "demolished", "set fire", "burned down",
            "burnt down", "ransacked", "plundered")
        add(.fixed(.nonViolentTransfer), "handover", "handed over control", "evacuated their positions")
        add(.fixed(.disruptedWeaponsUse), verb: true, "intercepted", "shot down", "defused", "dismantled", "seized weapons")
        add(.withdrawal, verb: true, "pulled out", "withdrew", "withdrawn", "retreated", "pulled back")
        add(.fixed(.displacement), "exodus", "displacement", "mass displacement")
        add(.fixed(.displacement), verb: true, "fled", "flee", "fleeing", "displaced", "emptied", "forced to leave",
            "left their homes", "uprooted", "evacuated")
        return e
    }()

    /// The lexicon as a phrase table.
    static let table = PhraseTable<(TriggerKind, Bool)>(entries.map { ($0.0, ($0.1, $0.2)) })

    /// Every phrase, for tests and documentation.
    static var phrases: [String] { entries.map(\.0) }
}
