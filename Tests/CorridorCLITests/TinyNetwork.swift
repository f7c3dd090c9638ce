import Foundation

/// A network of six places small enough to check every figure by hand:
///
/// ```
///                rail 1435 670 km            rail 1435 10 km         rail 1520 330 km
///   Ürümqi (CN) ══════════════════ Khorgos (CN) ══════╪══════ Altynkol (KZ) ══════════════════ Almaty (KZ)
///        └──────── road 680 km ──────── Khorgos ─── road 10 km ─╪─ Altynkol ──── road 340 km ───────┘
///                                       border crossings: rail 30 h $300, road 8 h $150; gauge change at Altynkol 2 h $100
///   Island (KZ) ══ rail 1520 50 km ══ Islet (KZ)        (joined to nothing else)
/// ```
/// Rail costs $0.40 per FEU-km and runs 1,000 km a day by express train (the default service), 300 km a day by
/// regular train; an express train takes 24 h for the whole Khorgos border, gauge change included, a regular one
/// 30 h plus 2 h. Trucks cost $2.00 per km and run 50 km/h for 16 h a day (two drivers), so a road leg takes 1.5
/// times its driving time. Rail is the cheapest route Ürümqi → Almaty ($404 + $300 + $100 = $804) and road the
/// fastest (20.6 h at the wheel, 30.9 h with rest, + 8 h; express rail 24.2 h + 24 h).
enum TinyNetwork {
    static let places = """
        id,name,alt_names,country,lat,lon,kind,gauge_mm,confidence,source
        urumqi,Ürümqi,Urumqi|Wulumuqi,CN,43.83,87.62,city,1435,map-estimate,test fixture
        khorgos,Khorgos,,CN,44.21,80.42,border-station,1435,map-estimate,test fixture
        altynkol,Altynkol,,KZ,44.19,80.36,border-station,1520,map-estimate,test fixture
        almaty,Almaty,Alma-Ata,KZ,43.24,76.95,city,1520,map-estimate,test fixture
        island,Island,,KZ,47.00,70.00,city,1520,map-estimate,test fixture
        islet,Islet,,KZ,47.10,70.10,city,1520,map-estimate,test fixture

        """

    static let links = """
        id,from,to,mode,gauge_mm,length_km,status,opened,confidence,source,notes
        rail-urumqi-khorgos,urumqi,khorgos,rail,1435,670,operational,,sourced,test fixture,
        rail-khorgos-altynkol,khorgos,altynkol,rail,1435,10,operational,,sourced,test fixture,
        rail-altynkol-almaty,altynkol,almaty,rail,1520,330,operational,,sourced,test fixture,
        road-urumqi-khorgos,urumqi,khorgos,road,,680,operational,,sourced,test fixture,
        road-khorgos-altynkol,khorgos,altynkol,road,,10,operational,,sourced,test fixture,
        road-altynkol-almaty,altynkol,almaty,road,,340,operational,,sourced,test fixture,
        rail-island-islet,island,islet,rail,1520,50,operational,,sourced,test fixture,

        """

    static let crossings = """
        id,from,to,mode,direction,time_low_h,time_typical_h,time_high_h,fee_low_usd,fee_typical_usd,fee_high_usd,confidence,source,notes
        rail-khorgos,khorgos,altynkol,rail,both,20,30,50,200,300,400,sourced,test fixture,
        road-khorgos,khorgos,altynkol,road,both,5,8,20,100,150,300,sourced,test fixture,

        """

    static let transfers = """
        id,place,kind,time_low_h,time_typical_h,time_high_h,cost_low_usd,cost_typical_usd,cost_high_usd,confidence,source,notes
        gauge-altynkol,altynkol,gauge-change,1,2,4,50,100,150,sourced,test fixture,

        """

    static let parameters = """
        key,value_low,value_typical,value_high,unit,applies_to,confidence,source,notes
        rail_linehaul_feu_km_1520_general,0.3,0.4,0.6,USD per FEU-km,rail,assumption,test fixture,
        truck_cost_per_km_central_asia,1.5,2.0,3.0,USD per truck-km,road,assumption,test fixture,
        tariff_ferry_feu_km,3,4,5,USD per FEU-km,ferry,assumption,test fixture,
        tariff_pipeline_tonne_km,0.01,0.014,0.03,USD per tonne-km,pipeline,assumption,test fixture,
        teu_share_of_feu_rate,0.5,0.5,0.75,fraction,rail and ferry,assumption,test fixture,
        speed_block_train_kz_km_day,800,1000,1200,km per day,rail,assumption,test fixture,
        speed_rail_regular_freight_km_day,240,300,480,km per day,rail,assumption,test fixture,
        gauge_border_dwell_express_train,6,24,48,hours per crossing,rail,assumption,test fixture,
        speed_truck_moving_kmh,40,50,60,km/h,road,assumption,test fixture,
        truck_driving_hours_per_day,12,16,16,hours of driving per day,road,assumption,test fixture,
        speed_ferry_kmh,15,20,25,km/h,ferry,assumption,test fixture,
        speed_pipeline_kmh,10,18,30,km/h,pipeline,assumption,test fixture,
        ferry_caspian_wait_before_sailing,10,24,72,hours,ferry,assumption,test fixture,
        ef_rail_diesel_wtw,0.02,0.03,0.04,kg CO2e per tonne-km,rail,assumption,test fixture,
        ef_truck_articulated_diesel_wtw,0.07,0.09,0.11,kg CO2e per tonne-km,road,assumption,test fixture,
        ef_roro_ferry_ttw,0.1,0.2,0.25,kg CO2e per tonne-km,ferry,assumption,test fixture,
        ef_pipeline,0.005,0.01,0.02,kg CO2e per tonne-km,pipeline,assumption,test fixture,
        hub_emissions_per_container_handled,2,5,15,kg CO2e per TEU handled,hubs,assumption,test fixture,
        payload_per_teu_default,8,10,14,tonnes per TEU,cargo,assumption,test fixture,
        payload_per_feu_typical,10,18,26,tonnes per FEU,cargo,assumption,test fixture,
        vot_usd_per_feu_hour,5,35,130,USD per FEU-hour,cargo,assumption,test fixture,

        """

    static let corridors = """
        id,name,places,notes
        khorgos-rail,Rail via Khorgos,urumqi|khorgos|altynkol|almaty,
        island-line,Island line,island|islet,

        """

    static let files: [(String, String)] = [
        ("places.csv", places), ("links.csv", links), ("crossings.csv", crossings), ("transfers.csv", transfers),
        ("parameters.csv", parameters), ("corridors.csv", corridors),
    ]

    /// Writes the six files into `tiny/` of the sandbox, with `replacing` applied to the named files' text.
    static func write(into sandbox: Sandbox, folder: String = "tiny",
                      replacing edits: [String: (String, String)] = [:]) throws -> String {
        for (name, text) in files {
            var text = text
            if let (old, new) = edits[name] { text = text.replacingOccurrences(of: old, with: new) }
            try sandbox.write(text, to: "\(folder)/\(name)")
        }
        return sandbox.folder.appendingPathComponent(folder).path
    }
}
