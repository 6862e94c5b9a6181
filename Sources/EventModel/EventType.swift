/// ACLED's six event types.
public enum EventType: String, Sendable, Codable, CaseIterable {
    case battles = "Battles"
    case explosions = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case strategicDevelopments = "Strategic developments"
    case protests = "Protests"
    case riots = "Riots"
}

/// ACLED's sub-event types, each under one ``EventType``, plus `Displacement` (ours).
public enum SubEventType: String, Sendable, Codable, CaseIterable {
    // Battles
    case armedClash = "Armed clash"
    case governmentRegainsTerritory = "Government regains territory"
    case nonStateActorOvertakesTerritory = "Non-state actor overtakes territory"
    // Explosions/Remote violence
    case airStrike = "Air/drone strike"
    case shelling = "Shelling/artillery/missile attack"
    case remoteExplosive = "Remote explosive/landmine/IED"
    case suicideBomb = "Suicide bomb"
    case grenade = "Grenade"
    case chemicalWeapon = "Chemical weapon"
    // Violence against civilians
    case attack = "Attack"
    case abduction = "Abduction/forced disappearance"
    case sexualViolence = "Sexual violence"
    // Protests
    case peacefulProtest = "Peaceful protest"
    case protestWithIntervention = "Protest with intervention"
    case excessiveForce = "Excessive force against protesters"
    // Riots
    case violentDemonstration = "Violent demonstration"
    case mobViolence = "Mob violence"
    // Strategic developments
    case agreement = "Agreement"
    case arrests = "Arrests"
    case changeToGroup = "Change to group/activity"
    case headquartersEstablished = "Headquarters or base established"
    case looting = "Looting/property destruction"
    case nonViolentTransfer = "Non-violent transfer of territory"
    case disruptedWeaponsUse = "Disrupted weapons use"
    case other = "Other"
    case displacement = "Displacement"

    /// The event type this sub-type belongs to.
    public var eventType: EventType {
        switch self {
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: return .battles
        case .airStrike, .shelling, .remoteExplosive, .suicideBomb, .grenade, .chemicalWeapon: return .explosions
        case .attack, .abduction, .sexualViolence: return .violenceAgainstCivilians
        case .peacefulProtest, .protestWithIntervention, .excessiveForce: return .protests
        case .violentDemonstration, .mobViolence: return .riots
        case .agreement, .arrests, .changeToGroup, .headquartersEstablished, .looting,
             .nonViolentTransfer, .disruptedWeaponsUse, .other, .displacement:
            return .strategicDevelopments
        }
    }
}

/// How exactly an event's date is known (ACLED's `time_precision`).
public enum TimePrecision: Int, Sendable, Codable, Comparable {
    /// The day is known.
    case day = 1
    /// Within about a week.
    case week = 2
    /// Only the month, or vaguer.
    case month = 3
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// How exactly an event's place is known (ACLED's `geo_precision`).
public enum GeoPrecision: Int, Sendable, Codable, Comparable {
    /// The place itself.
    case exact = 1
    /// Near or part of it ("countryside of", "outskirts of").
    case near = 2
    /// The governorate or a wider region.
    case region = 3
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
