/// The length of the periods a map run is split into (`--by day|week|month`).
public enum PeriodUnit: String, Sendable, CaseIterable {
    /// One calendar day; folders named `2019-05-13`.
    case day
    /// One ISO 8601 week, Monday to Sunday; folders named `2019-W20`.
    case week
    /// One calendar month; folders named `2019-05`.
    case month
}
