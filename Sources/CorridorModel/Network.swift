/// A freight network: places, the links between them, the border crossings and transfers that price the events of
/// a journey, the parameter sheet behind the cost profile, and named corridors.
///
/// A `Network` is a plain value: building one checks nothing. ``validate()`` (called by ``load(from:name:)``)
/// checks references, lengths, gauge breaks and corridors, and ``plan(_:)`` compiles it into a ``Graph`` per request.
/// Lookups by id are O(1) through indexes built once in the initializer.
public struct Network: Sendable {
    public let name: String
    public let places: [Place]
    public let links: [Link]
    public let crossings: [BorderCrossing]
    public let transfers: [Transfer]
    public let parameters: [Parameter]
    public let corridors: [Corridor]

    let placeIndex: [Place.ID: Int]
    let corridorIndex: [Corridor.ID: Int]
    /// The cost profile read once from ``parameters``, or the error reading it.
    let profile: Result<CostProfile, any Error>
    /// The line each row started on, per file name, when the network was read from files; else row `i` is on line `i + 2`.
    var rowLines: [String: [Int]] = [:]

    public init(name: String, places: [Place], links: [Link], crossings: [BorderCrossing] = [],
                transfers: [Transfer] = [], parameters: [Parameter] = [], corridors: [Corridor] = []) {
        self.name = name
        self.places = places
        self.links = links
        self.crossings = crossings
        self.transfers = transfers
        self.parameters = parameters
        self.corridors = corridors
        var placeIndex: [Place.ID: Int] = [:]
        for (i, place) in places.enumerated() where placeIndex[place.id] == nil { placeIndex[place.id] = i }
        self.placeIndex = placeIndex
        var corridorIndex: [Corridor.ID: Int] = [:]
        for (i, corridor) in corridors.enumerated() where corridorIndex[corridor.id] == nil { corridorIndex[corridor.id] = i }
        self.corridorIndex = corridorIndex
        self.profile = Result { try CostProfile(parameters: parameters) }
    }

    /// The place with this id, or `nil`.
    public func place(_ id: Place.ID) -> Place? {
        placeIndex[id].map { places[$0] }
    }

    /// The corridor with this id, or `nil`.
    public func corridor(_ id: Corridor.ID) -> Corridor? {
        corridorIndex[id].map { corridors[$0] }
    }

    /// The parameter with this key, or `nil`.
    public func parameter(_ key: String) -> Parameter? {
        parameters.first { $0.key == key }
    }

    /// The cost profile read from the parameter sheet.
    /// - Throws: ``NetworkError/missingParameter(key:file:)`` or ``NetworkError/invalidValue(file:line:column:value:expected:)``.
    /// - Complexity: O(1); the profile is read when the network is built.
    public func costProfile() throws -> CostProfile {
        try profile.get()
    }

    /// The line row `index` of `file` starts on.
    func line(in file: String, row index: Int) -> Int {
        if let lines = rowLines[file], index < lines.count { return lines[index] }
        return index + 2
    }
}

extension Network: Equatable {
    /// Networks are equal when their names and all their rows are equal (line numbers do not count).
    public static func == (a: Network, b: Network) -> Bool {
        a.name == b.name && a.places == b.places && a.links == b.links && a.crossings == b.crossings
            && a.transfers == b.transfers && a.parameters == b.parameters && a.corridors == b.corridors
    }
}
