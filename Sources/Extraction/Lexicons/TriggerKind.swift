import EventModel

/// What a trigger word says about an event, before the sentence's actors refine it.
enum TriggerKind: Hashable, Sendable {
    /// A fixed ACLED sub-type ("clashes", "air strike", "car bomb").
    case fixed(SubEventType)
    /// A change of control ("captured", "entered", "retook"): government regains or a
    /// non-state actor overtakes, by the actor; `governmentByDefault` when none is named.
    case territory(governmentByDefault: Bool)
    /// "attacks", "attacked": an air strike when the attacker is an air force or Russia,
    /// otherwise an armed clash.
    case genericAttack
    /// "bombardment", "bombed": an air strike unless the sentence speaks of artillery.
    case bombing
    /// "withdrew from X", "pulled out of X": Strategic developments/Other, only with a named place.
    case withdrawal
    /// "killed", "shot dead": violence against civilians when civilians are the victims and no
    /// other trigger explains the deaths.
    case killing
    /// "protest", "demonstration": peaceful, unless force or arrests are reported.
    case protest

    /// Weak triggers only count when the sentence has no other.
    var isWeak: Bool { self == .killing }
}

/// One phrase of the trigger lexicon.
struct Trigger: Hashable, Sendable {
    var kind: TriggerKind
    /// A verb, subject to "to"/"would"/"could" (intentions and hypotheses are not events).
    var isVerb: Bool
    /// Token positions in the article.
    var range: Range<Int>
}
