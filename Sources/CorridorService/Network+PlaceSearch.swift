import CorridorModel

extension Network {
    /// Up to `limit` places whose id, name or an alternative name starts with `prefix`, compared as
    /// ``Network/place(matching:)`` compares (`xi` finds Xi'an): those whose name matches first, then by name.
    /// An empty prefix matches nothing.
    /// - Complexity: O(*n*) in the number of names, then a sort of the matches.
    public func places(withPrefix prefix: String, limit: Int = 20) -> [Place] {
        let key = Network.searchKey(prefix)
        guard !key.isEmpty, limit > 0 else { return [] }
        let matches = places.compactMap { place -> (rank: Int, place: Place)? in
            if Network.searchKey(place.name).hasPrefix(key) { return (0, place) }
            if ([place.id.code] + place.alternativeNames).contains(where: { Network.searchKey($0).hasPrefix(key) }) {
                return (1, place)
            }
            return nil
        }
        return matches.sorted { ($0.rank, $0.place.name, $0.place.id.code) < ($1.rank, $1.place.name, $1.place.id.code) }
            .prefix(limit).map(\.place)
    }
}
