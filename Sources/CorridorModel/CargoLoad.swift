/// How much is shipped, in the quantities each price is per.
struct CargoLoad: Sendable, Equatable {
    /// Containers (trucks, wagon shipments): crossings and transfers are paid per container, road per truck.
    var containers: Int64
    /// FEU-equivalents × 1000 paying rail and ferry tariffs (a TEU pays the profile's share of the FEU rate).
    var tariffPermille: Int64
    /// FEU-equivalents × 1000 of cargo value, for the value of time.
    var feuEquivalentPermille: Int64
    /// Net cargo mass in kilograms, for emissions and pipeline tariffs.
    var kilograms: Int64
    /// TEU × 1000 handled at each transfer, for hub emissions.
    var teuPermille: Int64

    /// The most containers (FEU or TEU) one request may ship: a year of a busy corridor, and small enough that every
    /// figure of a plan, summed in 64-bit integers, stays exact.
    static let maximumContainers = 1_000_000
    /// The most tonnes one request may ship (the same reasoning: a large pipeline's year).
    static let maximumTonnes = 100_000_000

    /// - Throws: ``NetworkError/invalidRequest(_:)`` for a quantity below one or above the maximum, or containers of gas.
    init(_ cargo: RouteRequest.Cargo, commodity: RouteRequest.Commodity, profile: CostProfile) throws {
        switch cargo {
        case let .feu(n), let .teu(n):
            guard n <= Self.maximumContainers else {
                throw NetworkError.invalidRequest("the quantity \(n) is above the \(Self.maximumContainers) containers one request can price; split the shipment")
            }
        case let .tonnes(t):
            guard t <= Self.maximumTonnes else {
                throw NetworkError.invalidRequest("the quantity \(t) is above the \(Self.maximumTonnes) tonnes one request can price; split the shipment")
            }
        }
        let feuKilograms = profile.payloadPerFEU.typical, teuKilograms = profile.payloadPerTEU.typical
        switch cargo {
        case let .feu(n):
            guard n > 0, commodity == .container else { throw Self.invalid(cargo, commodity) }
            containers = Int64(n)
            tariffPermille = 1000 * Int64(n)
            feuEquivalentPermille = 1000 * Int64(n)
            kilograms = Int64(n) * feuKilograms
            teuPermille = 2000 * Int64(n)
        case let .teu(n):
            guard n > 0, commodity == .container else { throw Self.invalid(cargo, commodity) }
            containers = Int64(n)
            tariffPermille = Int64(n) * profile.teuShareOfFEURate.typical
            kilograms = Int64(n) * teuKilograms
            feuEquivalentPermille = kilograms.scaled(by: 1000, dividedBy: feuKilograms)
            teuPermille = 1000 * Int64(n)
        case let .tonnes(t):
            guard t > 0 else { throw Self.invalid(cargo, commodity) }
            kilograms = Int64(t) * 1000
            feuEquivalentPermille = kilograms.scaled(by: 1000, dividedBy: feuKilograms)
            containers = (kilograms + feuKilograms - 1) / feuKilograms
            tariffPermille = feuEquivalentPermille
            teuPermille = 2 * feuEquivalentPermille
        }
    }

    static func invalid(_ cargo: RouteRequest.Cargo, _ commodity: RouteRequest.Commodity) -> NetworkError {
        if commodity == .gas { return .invalidRequest("gas is measured in tonnes, not containers (\(cargo))") }
        return .invalidRequest("the cargo must be at least one container or one tonne, not \(cargo)")
    }
}
