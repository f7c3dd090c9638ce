/// The measures of each priced event of a journey, for one network, profile, cargo, rail service and truck crew.
///
/// Speeds are per country where the sheet has a row for it (rail per service, road moving speed), else the
/// general figure; tariffs likewise. A link with its own speed or tariff (``Link/speed``, ``Link/tariff``) uses it
/// instead, on its whole length and for every service. The rail service changes two things. Rail legs run at the block-train speed for express service
/// and at the regular freight speed (dwell included) for regular service. At the rail crossings between China and Kazakhstan
/// (Alashankou–Dostyk, Khorgos–Altynkol; either way, as priority holds both ways: an assumption, the row is
/// measured from China) express trains take ``CostProfile/expressBorderDwell`` instead of the CPMM time.
///
/// Either border time covers the break of gauge there: the express dwell is measured for the whole border, and CPMM's
/// rail times include "loading/unloading and, at break of gauge, transloading" (the reference's parameters.md, §2.2:
/// do not add a gauge-change time again when using CPMM rail times). So a gauge change at either end of such a
/// crossing adds no time for either service (its fee and hub emissions are still paid); every train changing gauge
/// there crosses that border, since the other gauge reaches the place only over the border link. Fees do not depend
/// on the service.
struct Pricing {
    let network: Network
    let profile: CostProfile
    let load: CargoLoad
    let service: RouteRequest.Service
    /// Minutes of driving in a day for the request's crew.
    let driving: Estimate
    /// Crossings priced with the express dwell (empty for regular service).
    let expressCrossings: Set<Int>
    /// The places at the ends of the rail crossings whose border time includes the break of gauge.
    let gaugeBreakPlaces: Set<Place.ID>

    /// The countries whose rail crossings include the break of gauge in their border time (CPMM's and the express
    /// dwell), and take the express dwell for express service.
    static let gaugeBreakCountries: Set<String> = ["CN", "KZ"]

    /// - Complexity: O(*c*) for *c* border crossings.
    init(network: Network, profile: CostProfile, load: CargoLoad, service: RouteRequest.Service, drivers: Int = 1) {
        self.network = network
        self.profile = profile
        self.load = load
        self.service = service
        self.driving = profile.driving(drivers: drivers)
        var crossings = Set<Int>(), places = Set<Place.ID>()
        for (i, c) in network.crossings.enumerated() where c.mode == .rail {
            let countries = Set([c.from, c.to].compactMap { network.place($0)?.country })
            if countries == Self.gaugeBreakCountries {
                crossings.insert(i)
                places.formUnion([c.from, c.to])
            }
        }
        expressCrossings = service == .express ? crossings : []
        gaugeBreakPlaces = places
    }

    /// The part of a link traversal inside one country.
    struct Piece {
        var country: String
        var measures: Measures
        /// The speed the piece is timed at, in metres per hour.
        var speed: Estimate
    }

    /// The measures of traversing link `index`, split by country: a link between two countries counts its length
    /// up to the border (``Link/borderDistance``, else half) in the country it leaves and the rest in the other.
    /// A ferry link's waiting time goes to its first piece.
    func link(_ index: Int, forward: Bool) -> (pieces: [Piece], total: Measures) {
        let l = network.links[index]
        let first = network.place(forward ? l.from : l.to)?.country ?? "", second = network.place(forward ? l.to : l.from)?.country ?? ""
        var pieces: [Piece]
        func piece(_ country: String, _ length: Metres) -> Piece {
            let speed = l.speed ?? profile.speed(l.mode, in: country, service: service)
            let tariff = l.tariff ?? profile.tariff(l.mode, in: country)
            return Piece(country: country, measures: measures(l.mode, speed: speed, tariff: tariff, length: length), speed: speed)
        }
        if first == second {
            pieces = [piece(first, l.length)]
        } else {
            let fromStart = min(max(l.borderDistance ?? l.length / 2, 0), l.length)
            let before = forward ? fromStart : l.length - fromStart
            pieces = [piece(first, before), piece(second, l.length - before)]
        }
        if l.mode == .ferry { pieces[0].measures.time += profile.ferryWait }
        return (pieces, pieces.reduce(Measures.zero) { $0 + $1.measures })
    }

    /// Line-haul measures of `length` metres by `mode` at `speed` (metres per hour) and `tariff` (millicents per
    /// FEU-km, per tonne-km for pipelines).
    ///
    /// Time is length ÷ speed; on road, length ÷ moving speed × 24 h ÷ the crew's driving hours per
    /// day, so the crew's rest is spread evenly over the leg. The factor is linear, so a route's time stays the sum
    /// of its arcs' times and the compiled graph's weights stay additive; a plan then credits the time a truck
    /// waits at borders as rest (see `RouteGraph.plan(for:request:)`). The low time takes the high speed and the
    /// most driving hours.
    func measures(_ mode: Link.Mode, speed: Estimate, tariff: Estimate, length: Metres) -> Measures {
        let time: Estimate
        if mode == .road {
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
        let cost = tariff.map { rate in
            (rate * length / 1000).scaled(by: share, dividedBy: 1_000_000)   // millicents per unit → cents
        }
        let co2 = (profile.emissionFactors[mode] ?? .zero).map { factor in
            (factor * length / 1000).scaled(by: load.kilograms, dividedBy: 1_000_000)   // mg/(t·km) × km × kg ÷ 10⁶ = g
        }
        return Measures(distance: length, time: time, cost: cost, co2: co2)
    }

    /// The driving time of a road piece without the crew's rest: its length at its moving speed.
    func drivingTime(_ piece: Piece) -> Estimate {
        let speed = piece.speed, length = piece.measures.distance
        return Estimate(low: minutes(length, speed.high), typical: minutes(length, speed.typical), high: minutes(length, speed.low))
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

    /// The measures of border crossing `index`: its time (the express dwell where it applies), and its fee per container.
    func crossing(_ index: Int) -> Measures {
        let c = network.crossings[index]
        let time = expressCrossings.contains(index) ? profile.expressBorderDwell : c.time
        return Measures(distance: 0, time: time, cost: c.fee.map { $0 * load.containers }, co2: .zero)
    }

    /// Whether transfer `index` is a gauge change whose time the adjacent border's time covers (the express dwell,
    /// or CPMM's rail time, both with transloading), so it adds no time of its own.
    func transferTimeInBorderDwell(_ index: Int) -> Bool {
        let t = network.transfers[index]
        return t.kind == .gaugeChange && gaugeBreakPlaces.contains(t.place)
    }

    /// The measures of transfer `index`: its time (none for a gauge change the border's time covers), its cost per
    /// container, and the hub emissions of the TEUs handled.
    func transfer(_ index: Int) -> Measures {
        let t = network.transfers[index]
        let time = transferTimeInBorderDwell(index) ? .zero : t.time
        return Measures(distance: 0, time: time, cost: t.cost.map { $0 * load.containers },
                        co2: profile.hubEmissionPerTEU.map { $0.scaled(by: load.teuPermille, dividedBy: 1000) })
    }
}
