import Foundation
@testable import CorridorModel

/// Small networks drawn by hand, with round figures so that every total can be checked by hand.
enum Fixtures {
    /// A parameter sheet with round figures: rail 0.40 USD per FEU-km at 50 km/h (1200 km/day) by express and
    /// 20 km/h (480 km/day) by regular trains, express trains 24 h at a China–Kazakhstan border, road 2.00 USD
    /// per truck-km at 60 km/h driven 12 h a day (so a road leg takes twice its driving time), ferry 1.00 USD per FEU-km at 20 km/h after a 10 h wait, pipelines 0.01 USD per
    /// tonne-km at 20 km/h; CO2e 0.03 (rail), 0.09 (road), 0.2 (ferry), 0.01 (pipeline) kg per tonne-km; 5 kg per
    /// TEU handled; 10 t per TEU, 18 t per FEU; value of time 35 USD per FEU-hour; a TEU pays half the FEU rate.
    static func parameters(overriding overrides: [String: (Decimal, Decimal, Decimal)] = [:]) -> [Parameter] {
        let figures: [(String, Decimal, Decimal, Decimal)] = [
            ("rail_linehaul_feu_km_1520_general", 0.3, 0.4, 0.5), ("truck_cost_per_km_central_asia", 1.5, 2, 3),
            ("tariff_ferry_feu_km", 1, 1, 1), ("tariff_pipeline_tonne_km", 0.01, 0.01, 0.01),
            ("teu_share_of_feu_rate", 0.5, 0.5, 0.5), ("speed_block_train_kz_km_day", 1200, 1200, 1200),
            ("speed_rail_regular_freight_km_day", 480, 480, 480), ("gauge_border_dwell_express_train", 24, 24, 24),
            ("speed_truck_moving_kmh", 60, 60, 60), ("truck_driving_hours_per_day", 12, 12, 12),
            ("speed_ferry_kmh", 20, 20, 20), ("speed_pipeline_kmh", 20, 20, 20),
            ("ferry_caspian_wait_before_sailing", 10, 10, 10), ("ef_rail_diesel_wtw", 0.03, 0.03, 0.03),
            ("ef_truck_articulated_diesel_wtw", 0.09, 0.09, 0.09), ("ef_roro_ferry_ttw", 0.2, 0.2, 0.2),
            ("ef_pipeline", 0.01, 0.01, 0.01), ("hub_emissions_per_container_handled", 5, 5, 5),
            ("payload_per_teu_default", 10, 10, 10), ("payload_per_feu_typical", 18, 18, 18),
            ("vot_usd_per_feu_hour", 35, 35, 35),
        ]
        return figures.map { key, low, typical, high in
            let (l, t, h) = overrides[key] ?? (low, typical, high)
            return Parameter(key: key, low: l, typical: t, high: h, unit: "test unit", appliesTo: "fixture",
                             source: "fixture", confidence: .assumption)
        }
    }

    static func place(_ id: Place.ID, _ country: String, gauge: Gauge? = nil, x: Double = 0) -> Place {
        Place(id: id, name: id.code.capitalized, country: country, latitude: 40, longitude: 60 + x, kind: .city, gauge: gauge,
              source: "fixture", confidence: .assumption)
    }

    static func link(_ mode: Link.Mode, _ a: Place.ID, _ b: Place.ID, km: Int64, gauge: Gauge? = nil,
                     status: Link.Status = .operational) -> Link {
        Link(id: Link.ID("\(mode.rawValue)-\(a)-\(b)"), from: a, to: b, mode: mode, gauge: gauge, length: km * 1000,
             status: status, source: "fixture", confidence: .assumption)
    }

    static func hours(_ h: Int64) -> Estimate { Estimate(exactly: h * 60) }
    static func dollars(_ d: Int64) -> Estimate { Estimate(exactly: d * 100) }

    /// Rail is cheap but slow at the border; road is fast but dear. Countries AA (left) and BB (right).
    ///
    /// ```
    ///            rail 1435, 600 km              dual gauge, 10 km: crossing 48 h, 300 USD
    ///   alpha ═══════════════════════ beta ═══════════════════ delta ═══ rail 1520, 200 km ═══ epsilon
    ///     │                                                     │ gauge change 24 h, 100 USD       │
    ///     │ road 300 km                   road 300 km           │ rail↔road 6 h, 120 USD           │
    ///     └──────────────── gamma ──────────────────────────────┘────────── road 220 km ──────────┘
    ///                                crossing gamma–delta 6 h, 200 USD
    /// ```
    /// alpha → epsilon for one FEU, by hand:
    /// - all rail: 810 km at 50 km/h = 972 min, + 48 h + 24 h = 5292 min; 810 × 0.40 + 300 + 100 = 724 USD.
    /// - all road: 820 km at 60 km/h = 820 min of driving, 1640 min with rest, + 6 h = 2000 min; 820 × 2 + 200 = 1840 USD.
    /// - road to delta, then rail: 1200 + 360 + 360 + 240 = 2160 min; 1200 + 200 + 120 + 80 = 1600 USD.
    /// So the fastest is all road and the cheapest is all rail.
    static func railOrRoad(parameters: [Parameter] = parameters()) -> Network {
        Network(
            name: "rail-or-road",
            places: [place("alpha", "AA", gauge: .standard), place("beta", "AA", gauge: .standard, x: 1),
                     place("gamma", "AA", x: 1), place("delta", "BB", gauge: .russian, x: 2),
                     place("epsilon", "BB", gauge: .russian, x: 3)],
            links: [link(.rail, "alpha", "beta", km: 600, gauge: .standard), link(.rail, "beta", "delta", km: 10),
                    link(.rail, "delta", "epsilon", km: 200, gauge: .russian), link(.road, "alpha", "gamma", km: 300),
                    link(.road, "gamma", "delta", km: 300), link(.road, "delta", "epsilon", km: 220)],
            crossings: [BorderCrossing(id: "rail-beta-delta", from: "beta", to: "delta", mode: .rail, time: hours(48),
                                       fee: dollars(300), source: "fixture", confidence: .assumption),
                        BorderCrossing(id: "road-gamma-delta", from: "gamma", to: "delta", mode: .road, time: hours(6),
                                       fee: dollars(200), source: "fixture", confidence: .assumption)],
            transfers: [Transfer(id: "gauge-change-delta", place: "delta", kind: .gaugeChange, time: hours(24), cost: dollars(100),
                                 source: "fixture", confidence: .assumption),
                        Transfer(id: "rail-road-delta", place: "delta", kind: .railRoad, time: hours(6), cost: dollars(120),
                                 source: "fixture", confidence: .assumption)],
            parameters: parameters,
            corridors: [Corridor(id: "southern", name: "Southern road", places: ["gamma"]),
                        Corridor(id: "northern", name: "Northern rail", places: ["beta", "delta"])])
    }

    /// Three corridors from alpha (country AA) to omega (BB), each best on one criterion, all on standard gauge.
    ///
    /// ```
    ///          ┌══ rail 750 km ══ north ══ rail 750 km ══┐   crossing north–omega 48 h, no fee
    ///   alpha ─┼── road 300 km ── gamma ── road 300 km ──┼─ omega   crossing gamma–omega 0 h, no fee
    ///          └══ rail 450 km ══ south ══ rail 450 km ══┘   crossing south–omega 24 h, 700 USD
    /// ```
    /// For one FEU, by hand: northern rail 600 USD, 30 h + 48 h, 810 kg (cheapest); southern rail 1060 USD,
    /// 18 h + 24 h, 486 kg (cleanest); road 1200 USD, 20 h, 972 kg (fastest).
    static func threeWays() -> Network {
        let std = Gauge.standard
        func crossing(_ id: BorderCrossing.ID, _ from: Place.ID, _ mode: Link.Mode, _ h: Int64, _ usd: Int64) -> BorderCrossing {
            BorderCrossing(id: id, from: from, to: "omega", mode: mode, time: hours(h), fee: dollars(usd),
                           source: "fixture", confidence: .assumption)
        }
        return Network(
            name: "three-ways",
            places: [place("alpha", "AA", gauge: std), place("north", "AA", gauge: std, x: 1), place("gamma", "AA", x: 1),
                     place("south", "AA", gauge: std, x: 1), place("omega", "BB", gauge: std, x: 2)],
            links: [link(.rail, "alpha", "north", km: 750, gauge: std), link(.rail, "north", "omega", km: 750, gauge: std),
                    link(.road, "alpha", "gamma", km: 300), link(.road, "gamma", "omega", km: 300),
                    link(.rail, "alpha", "south", km: 450, gauge: std), link(.rail, "south", "omega", km: 450, gauge: std)],
            crossings: [crossing("rail-north-omega", "north", .rail, 48, 0), crossing("road-gamma-omega", "gamma", .road, 0, 0),
                        crossing("rail-south-omega", "south", .rail, 24, 700)],
            transfers: [],
            parameters: parameters(),
            corridors: [Corridor(id: "northern", name: "Northern rail", places: ["north"]),
                        Corridor(id: "road", name: "Road", places: ["gamma"]),
                        Corridor(id: "southern", name: "Southern rail", places: ["south"])])
    }
}
