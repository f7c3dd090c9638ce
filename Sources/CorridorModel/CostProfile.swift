import Foundation

/// The figures a route is priced with, read from a network's parameter sheet and converted to integer units.
///
/// Every figure is an ``Estimate`` (low, typical, high). Keys read (units as in the sheet):
///
/// | figure | key | sheet unit | stored as |
/// |---|---|---|---|
/// | rail tariff | `rail_linehaul_feu_km_1520_general` | USD per FEU-km | millicents per FEU-km |
/// | road tariff | `truck_cost_per_km_central_asia` | USD per truck-km (one FEU) | millicents per FEU-km |
/// | ferry tariff | `tariff_ferry_feu_km` | USD per FEU-km | millicents per FEU-km |
/// | pipeline tariff | `tariff_pipeline_tonne_km` | USD per tonne-km | millicents per tonne-km |
/// | tariff in one country | `tariff_<mode>_feu_km_<cc>` (optional) | USD per FEU-km | millicents per FEU-km |
/// | TEU share of the FEU rate (rail, ferry) | `teu_share_of_feu_rate` | fraction | permille |
/// | speeds | `speed_block_train_kz_km_day`, `speed_truck_moving_kmh`, `speed_ferry_kmh`, `speed_pipeline_kmh` | km per day, km/h | metres per hour |
/// | truck driving per day | `truck_driving_hours_per_day`, `truck_driving_hours_per_day_two_drivers` (optional) | hours | minutes |
/// | regular rail service | `speed_rail_regular_freight_km_day` | km per day | metres per hour |
/// | speeds in one country (optional) | `speed_rail_express_km_day_<cc>`, `speed_rail_regular_km_day_<cc>`, `speed_truck_moving_kmh_<cc>` | km per day, km/h | metres per hour |
/// | express train at the China–Kazakhstan rail border | `gauge_border_dwell_express_train` | hours | minutes |
/// | ferry wait before sailing | `ferry_caspian_wait_before_sailing` | hours | minutes |
/// | emission factors | `ef_rail_diesel_wtw`, `ef_truck_articulated_diesel_wtw`, `ef_roro_ferry_ttw`, `ef_pipeline` | kg CO2e per tonne-km | milligrams per tonne-km |
/// | hub emissions | `hub_emissions_per_container_handled` | kg CO2e per TEU handled | grams per TEU |
/// | payloads | `payload_per_teu_default`, `payload_per_feu_typical` | tonnes | kilograms |
/// | value of time | `vot_usd_per_feu_hour` | USD per FEU-hour | cents per FEU-hour |
public struct CostProfile: Sendable, Equatable {
    /// Line-haul tariff by mode, in millicents per FEU-km (per tonne-km for pipelines).
    public var tariffs: [Link.Mode: Estimate]
    /// Tariffs that hold in one country (ISO code, upper case), overriding ``tariffs``.
    public var countryTariffs: [Link.Mode: [String: Estimate]]
    /// The share of the FEU rate a TEU pays on rail and ferry, in permille; road charges per truck.
    public var teuShareOfFEURate: Estimate
    /// Commercial speed by mode, in metres per hour: for rail the express block trains', for road the moving
    /// speed (see ``drivingPerDay``).
    public var speeds: [Link.Mode: Estimate]
    /// Speed of regular (non-express) freight trains, dwell included, in metres per hour.
    public var regularRailSpeed: Estimate
    /// Speeds that hold in one country (ISO code, upper case), overriding ``speeds`` and ``regularRailSpeed``: rail
    /// per service (express block trains, regular freight), road moving speed.
    public var countrySpeeds: [SpeedKind: [String: Estimate]]
    /// The whole China–Kazakhstan rail border for a priority express train, transloading included, in minutes.
    /// It replaces the CPMM crossing time there for ``RouteRequest/Service/express`` (see `Pricing`).
    public var expressBorderDwell: Estimate
    /// How long a truck drives in a day, in minutes: a road leg takes its driving time × 24 h ÷ this, so the rest
    /// the driver must take is spread over the leg. The low time uses the high value (like the speeds).
    public var drivingPerDay: Estimate
    /// How long a truck with a crew of two drivers is driven in a day, in minutes (see ``drivingPerDay``).
    public var drivingPerDayTwoDrivers: Estimate
    /// Waiting for a ferry's departure, added once per ferry link, in minutes.
    public var ferryWait: Estimate
    /// Emission factor by mode, in milligrams CO2e per tonne-km.
    public var emissionFactors: [Link.Mode: Estimate]
    /// Emissions of handling one TEU at a transfer, in grams CO2e.
    public var hubEmissionPerTEU: Estimate
    /// Net cargo per TEU and per FEU, in kilograms.
    public var payloadPerTEU: Estimate
    public var payloadPerFEU: Estimate
    /// Value of time, in cents per FEU-hour.
    public var valueOfTime: Estimate

    /// The value of time `request` is weighed with, in cents per FEU-day: its own, else this profile's typical
    /// hourly value × 24.
    public func valueOfTimePerDay(for request: RouteRequest) -> Cents {
        request.valueOfTime ?? valueOfTime.typical * 24
    }

    /// What a per-country speed row is for.
    public enum SpeedKind: String, Hashable, Sendable, CaseIterable {
        case railExpress, railRegular, road

        /// The key prefix of the rows: the two-letter country code follows.
        var keyPrefix: String {
            switch self {
            case .railExpress: "speed_rail_express_km_day_"
            case .railRegular: "speed_rail_regular_km_day_"
            case .road: "speed_truck_moving_kmh_"
            }
        }

        /// Metres per hour per unit of the sheet (km per day or km/h).
        var scale: Decimal { self == .road ? 1000 : Decimal(1000) / Decimal(24) }
    }

    /// The tariff of `mode` in `country`, in millicents per FEU-km (per tonne-km for pipelines).
    public func tariff(_ mode: Link.Mode, in country: String) -> Estimate {
        countryTariffs[mode]?[country] ?? tariffs[mode] ?? .zero
    }

    /// The speed of `mode` in `country` for rail `service`, in metres per hour: the country's row where the sheet
    /// has one, else the general figure.
    public func speed(_ mode: Link.Mode, in country: String, service: RouteRequest.Service) -> Estimate {
        switch mode {
        case .rail where service == .regular: countrySpeeds[.railRegular]?[country] ?? regularRailSpeed
        case .rail: countrySpeeds[.railExpress]?[country] ?? speeds[.rail] ?? .zero
        case .road: countrySpeeds[.road]?[country] ?? speeds[.road] ?? .zero
        default: speeds[mode] ?? .zero
        }
    }

    /// Minutes of driving in a day for a crew of `drivers` (1 or 2).
    public func driving(drivers: Int) -> Estimate {
        drivers >= 2 ? drivingPerDayTwoDrivers : drivingPerDay
    }

    /// Reads the profile from `parameters`.
    /// - Throws: ``NetworkError/missingParameter(key:file:)`` when a required key is absent;
    ///   ``NetworkError/invalidValue(file:line:column:value:expected:)`` when a value is negative, disordered or zero
    ///   where a speed or payload must be positive.
    public init(parameters: [Parameter]) throws {
        var byKey: [String: (Int, Parameter)] = [:]
        for (i, p) in parameters.enumerated() where byKey[p.key] == nil { byKey[p.key] = (i, p) }
        let file = Network.File.parameters

        func read(_ key: String, times scale: Decimal, positive: Bool = false) throws -> Estimate {
            guard let (i, p) = byKey[key] else { throw NetworkError.missingParameter(key: key, file: file) }
            let e = Estimate(low: DecimalText.integer(p.low, times: scale), typical: DecimalText.integer(p.typical, times: scale),
                             high: DecimalText.integer(p.high, times: scale))
            guard e.isOrderedAndNonNegative, !positive || e.low > 0 else {
                throw NetworkError.invalidValue(file: file, line: i + 2, column: "value_low/value_typical/value_high",
                    value: "\(DecimalText.text(p.low))/\(DecimalText.text(p.typical))/\(DecimalText.text(p.high))",
                    expected: positive ? "three positive values in increasing order" : "three values of zero or more in increasing order")
            }
            return e
        }

        let usdToMillicents: Decimal = 100_000
        tariffs = [
            .rail: try read("rail_linehaul_feu_km_1520_general", times: usdToMillicents),
            .road: try read("truck_cost_per_km_central_asia", times: usdToMillicents),
            .ferry: try read("tariff_ferry_feu_km", times: usdToMillicents),
            .pipeline: try read("tariff_pipeline_tonne_km", times: usdToMillicents),
        ]
        var countryTariffs: [Link.Mode: [String: Estimate]] = [:]
        for mode in Link.Mode.allCases {
            let prefix = "tariff_\(mode.rawValue)_feu_km_"
            for key in byKey.keys where key.hasPrefix(prefix) && key.count == prefix.count + 2 {
                countryTariffs[mode, default: [:]][String(key.suffix(2)).uppercased()] = try read(key, times: usdToMillicents)
            }
        }
        self.countryTariffs = countryTariffs
        teuShareOfFEURate = try read("teu_share_of_feu_rate", times: 1000)
        // Slower speed gives the longer time, so the low time uses the high speed: see `Network.timeOf`.
        speeds = [
            .rail: try read("speed_block_train_kz_km_day", times: Decimal(1000) / Decimal(24), positive: true),
            .road: try read("speed_truck_moving_kmh", times: 1000, positive: true),
            .ferry: try read("speed_ferry_kmh", times: 1000, positive: true),
            .pipeline: try read("speed_pipeline_kmh", times: 1000, positive: true),
        ]
        regularRailSpeed = try read("speed_rail_regular_freight_km_day", times: Decimal(1000) / Decimal(24), positive: true)
        var countrySpeeds: [SpeedKind: [String: Estimate]] = [:]
        for kind in SpeedKind.allCases {
            for key in byKey.keys where key.hasPrefix(kind.keyPrefix) && key.count == kind.keyPrefix.count + 2 {
                countrySpeeds[kind, default: [:]][String(key.suffix(2)).uppercased()] = try read(key, times: kind.scale, positive: true)
            }
        }
        self.countrySpeeds = countrySpeeds
        expressBorderDwell = try read("gauge_border_dwell_express_train", times: 60)
        drivingPerDay = try read("truck_driving_hours_per_day", times: 60, positive: true)
        // A sheet written before crews of two were planned: twice the single driver's hours, at most 20 a day.
        drivingPerDayTwoDrivers = byKey["truck_driving_hours_per_day_two_drivers"] == nil
            ? drivingPerDay.map { min(2 * $0, 20 * 60) }
            : try read("truck_driving_hours_per_day_two_drivers", times: 60, positive: true)
        for key in ["truck_driving_hours_per_day", "truck_driving_hours_per_day_two_drivers"] {
            if let (i, p) = byKey[key], DecimalText.integer(p.high, times: 60) > 24 * 60 {
                throw NetworkError.invalidValue(file: file, line: i + 2, column: "value_high", value: DecimalText.text(p.high),
                                                expected: "at most 24 hours of driving in a day")
            }
        }
        ferryWait = try read("ferry_caspian_wait_before_sailing", times: 60)
        let kgToMilligrams: Decimal = 1_000_000
        emissionFactors = [
            .rail: try read("ef_rail_diesel_wtw", times: kgToMilligrams),
            .road: try read("ef_truck_articulated_diesel_wtw", times: kgToMilligrams),
            .ferry: try read("ef_roro_ferry_ttw", times: kgToMilligrams),
            .pipeline: try read("ef_pipeline", times: kgToMilligrams),
        ]
        hubEmissionPerTEU = try read("hub_emissions_per_container_handled", times: 1000)
        payloadPerTEU = try read("payload_per_teu_default", times: 1000, positive: true)
        payloadPerFEU = try read("payload_per_feu_typical", times: 1000, positive: true)
        valueOfTime = try read("vot_usd_per_feu_hour", times: 100)
    }
}
