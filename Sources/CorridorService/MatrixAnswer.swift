import CorridorModel

/// What `matrix` answers on a corridor network, for the tool and the server alike: the matrix on the network requests
/// run on and, when a scenario is run or another network named (``WhatIf/base``), the matrix there to subtract.
public struct MatrixAnswer: Sendable {
    public let result: MatrixResult
    /// The matrix on the compared network, with the labels of both sides; `nil` when nothing is compared.
    public let against: (base: MatrixResult, label: String, baseLabel: String)?

    /// The objective from each place named in `origins` to each named in `destinations`, on `whatIf`'s networks.
    /// - Precondition: both lists are non-empty.
    /// - Throws: ``NetworkError`` for a name that matches nothing or several places.
    /// - Complexity: one one-to-many search per origin on each network.
    public init(from origins: [String], to destinations: [String], options: TripOptions, on whatIf: WhatIf) throws {
        result = try whatIf.network.matrix(from: origins, to: destinations, options: options)
        against = try whatIf.base.map { base in
            (try base.network.matrix(from: origins, to: destinations, options: options), whatIf.label, base.label)
        }
    }

    /// ``MatrixResult/json()``, or ``MatrixResult/differenceJSON(from:label:baseLabel:)`` when compared.
    public func json() -> JSONValue {
        against.map { result.differenceJSON(from: $0.base, label: $0.label, baseLabel: $0.baseLabel) } ?? result.json()
    }
}
