import CorridorModel

/// What `compare` answers, for the tool and the server alike: the corridors on the network requests run on and, when
/// a scenario is run or another network named (``WhatIf/base``), the same corridors there.
public struct ComparisonAnswer: Sendable {
    public let request: RouteRequest
    public let result: ComparisonResult
    /// The comparison on the compared network, with the labels of both sides; `nil` when nothing is compared.
    public let against: (base: ComparisonResult, label: String, baseLabel: String)?

    /// Compares `corridors` (ids; all when empty) between the places named `from` and `to` on `whatIf`'s networks.
    /// - Throws: ``NetworkError`` for a name that matches nothing or several places, or an unknown corridor.
    /// - Complexity: one search per corridor and one for the best route, on each network.
    public init(from: String, to: String, corridors: [String], options: TripOptions, on whatIf: WhatIf) throws {
        request = try whatIf.network.request(from: from, to: to, options: options)
        result = try whatIf.network.comparison(request, corridors: corridors)
        against = try whatIf.base.map { base in
            let baseRequest = try base.network.request(from: from, to: to, options: options)
            return (try base.network.comparison(baseRequest, corridors: corridors), whatIf.label, base.label)
        }
    }

    /// The error to report when no row serves the pair (after printing the rows, in the tool), else `nil`.
    public var noRouteError: ServiceError? {
        result.servesNothing ? result.network.noRouteError(for: request) : nil
    }

    /// ``ComparisonResult/json()``, or ``ComparisonResult/json(against:label:baseLabel:)`` when compared.
    public func json() -> JSONValue {
        against.map { result.json(against: $0.base, label: $0.label, baseLabel: $0.baseLabel) } ?? result.json()
    }
}
