/// How much a figure can be trusted, carried over from the reference data next to every number.
public enum Confidence: String, Hashable, Sendable, Codable, CaseIterable {
    /// Read from the cited public source.
    case sourced
    /// Computed from sourced figures; the notes give the arithmetic.
    case derived
    /// Own geographic knowledge: a great-circle distance times a stated detour factor, or a split of a sourced total.
    case mapEstimate = "map-estimate"
    /// Engineering judgement where nothing citable was found; such figures should be tuned by the user.
    case assumption
}
