/// Something in a network that is allowed but probably unintended.
public enum NetworkWarning: Hashable, Sendable, CustomStringConvertible {
    /// No link reaches the place, so no route can start or end there.
    case unreachablePlace(file: String, line: Int, place: Place.ID)
    /// A transfer joins a mode that no link at its place uses, so no path can pay it.
    case transferAtUnknownMode(file: String, line: Int, transfer: Transfer.ID, place: Place.ID)

    public var description: String {
        switch self {
        case let .unreachablePlace(file, line, place):
            return "'\(file)', line \(line): no link reaches the place '\(place)', so no route can start or end there."
        case let .transferAtUnknownMode(file, line, transfer, place):
            return "'\(file)', line \(line): transfer '\(transfer)' at '\(place)' joins a mode no link of that place uses; it is never paid."
        }
    }
}
