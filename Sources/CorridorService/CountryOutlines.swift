import Foundation

/// The country outlines maps draw under a network: Natural Earth's 1:110m countries of Eurasia and their
/// neighbours (public domain, naturalearthdata.com), as GeoJSON polygons with `name`, `iso_a3` and `continent`.
public enum CountryOutlines {
    /// The GeoJSON text, read once from the module's resources; `nil` when the resource bundle is missing.
    public static let geoJSON: Data? = Bundle.module.url(forResource: "countries-110m-eurasia", withExtension: "geojson")
        .flatMap { try? Data(contentsOf: $0) }
}
