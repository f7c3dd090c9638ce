/// The measures of each priced event of a journey, for one network, profile and cargo.
struct Pricing {
    let network: Network
    let profile: CostProfile
    let load: CargoLoad

    /// The part of a link traversal inside one country.
    struct Piece {
        var country: String
        var measures: Measures
    }

    /// The measures of traversing link `index`, split by country: a link between two countries counts half its
    /// length in each (the first half in the country it leaves). A ferry link's waiting time goes to its first piece.
    func link(_ index: Int, forward: Bool) -> (pieces: [Piece], total: Measures) {
        let l = network.links[index]
        let first = network.place(forward ? l.from : l.to)?.country ?? "", second = network.place(forward ? l.to : l.from)?.country ?? ""
        var pieces: [Piece]
        if first == second {
            pieces = [Piece(country: first, measures: measures(l.mode, country: first, length: l.length))]
        } else {
            let half = l.length / 2
            pieces = [Piece(country: first, measures: measures(l.mode, country: first, length: half)),
                      Piece(country: second, measures: measures(l.mode, country: second, length: l.length - half))]
        }
        if l.mode == .ferry { pieces[0].measures.time += profile.ferryWait }
        return (pieces, pieces.reduce(Measures.zero) { $0 + $1.measures })
    }

    /// Line-haul measures of `length` metres by `mode` in `country`.
    ///
    /// Time is length ÷ speed; on road, length ÷ moving speed × 24 h ÷ the driving hours per day, so the driver's
    /// rest is spread evenly over the leg. The factor is linear, so a route's time stays the sum of its arcs' times
    /// and the compiled graph's weights stay additive; the price is that a short leg driven within one shift is
    /// charged its share of a night's rest too. The low time takes the high speed and the most driving hours.
    func measures(_ mode: Link.Mode, country: String, length: Metres) -> Measures {
        let speed = profile.speeds[mode] ?? .zero
        let time: Estimate
        if mode == .road {
            let driving = profile.drivingPerDay
            time = Estimate(low: minutes(length, speed.high, drivingPerDay: driving.high),
                            typical: minutes(length, speed.typical, drivingPerDay: driving.typical),
                            high: minutes(length, speed.low, drivingPerDay: driving.low))
        } else {
            // A higher speed gives the lower time.
            time = Estimate(low: minutes(length, speed.high), typical: minutes(length, speed.typical), high: minutes(length, speed.low))
        }
        let share: Int64 = switch mode {
        case .rail, .ferry: load.tariffPermille
        case .road: load.containers * 1000
        case .pipeline: load.kilograms          // tonnes × 1000
        }
        let cost = profile.tariff(mode, in: country).map { rate in
            (rate * length / 1000).scaled(by: share, dividedBy: 1_000_000)   // millicents per unit → cents
        }
        let co2 = (profile.emissionFactors[mode] ?? .zero).map { factor in
            (factor * length / 1000).scaled(by: load.kilograms, dividedBy: 1_000_000)   // mg/(t·km) × km × kg ÷ 10⁶ = g
        }
        return Measures(distance: length, time: time, cost: cost, co2: co2)
    }

    /// Minutes to cover `length` at `metresPerHour`, rounded once.
    func minutes(_ length: Metres, _ metresPerHour: Int64) -> Minutes {
        metresPerHour > 0 ? length.scaled(by: 60, dividedBy: metresPerHour) : 0
    }

    /// Minutes to cover `length` at `metresPerHour` when only `drivingPerDay` minutes of each 1440 are spent
    /// driving, rounded once: length × 60 × 1440 ÷ (speed × driving minutes).
    func minutes(_ length: Metres, _ metresPerHour: Int64, drivingPerDay: Minutes) -> Minutes {
        metresPerHour > 0 && drivingPerDay > 0 ? length.scaled(by: 60 * 1440, dividedBy: metresPerHour * drivingPerDay) : 0
    }

    /// The measures of border crossing `index`: its time, and its fee per container.
    func crossing(_ index: Int) -> Measures {
        let c = network.crossings[index]
        return Measures(distance: 0, time: c.time, cost: c.fee.map { $0 * load.containers }, co2: .zero)
    }

    /// The measures of transfer `index`: its time, its cost per container, and the hub emissions of the TEUs handled.
    func transfer(_ index: Int) -> Measures {
        let t = network.transfers[index]
        return Measures(distance: 0, time: t.time, cost: t.cost.map { $0 * load.containers },
                        co2: profile.hubEmissionPerTEU.map { $0.scaled(by: load.teuPermille, dividedBy: 1000) })
    }
}
