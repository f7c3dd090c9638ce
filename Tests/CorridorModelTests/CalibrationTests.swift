import Foundation
import Testing
@testable import CorridorModel

/// The bundled network against the reported journeys bundled with it (`networks/central-asia/journeys.csv`).
@Suite("Calibration against reported journeys")
struct CalibrationTests {
    @Test func bundledNetworkMatchesReportedJourneys() throws {
        let network = try Bundled.network()
        let journeys = try Journey.load(from: Bundled.directory)
        #expect(journeys.count >= 25)
        #expect(journeys.allSatisfy { !$0.source.isEmpty })
        let calibration = network.calibrate(journeys)
        for row in calibration.rows {
            #expect(row.plan != nil, "\(row.journey.id): \(row.reason ?? "")")
            if let error = row.lengthError {
                #expect(abs(error) <= Calibration.lengthTolerance, "\(row.journey.id): length off by \(Int(error * 100)) %")
            }
        }
        #expect(calibration.lengthsChecked >= 10)
        #expect(calibration.lengthsWithin == calibration.lengthsChecked)
        #expect(calibration.insideShare >= 0.9, "\(calibration.timesInside) of \(calibration.rows.count) inside")
    }

    /// Each journey goes through its reported places by its reported modes.
    @Test func journeysFollowTheirVias() throws {
        let network = try Bundled.network()
        let calibration = network.calibrate(try Journey.load(from: Bundled.directory))
        for row in calibration.rows {
            guard let plan = row.plan else { continue }
            for via in row.journey.vias { #expect(plan.passes(via), "\(row.journey.id) misses \(via)") }
            #expect(Set(plan.totals.modes).isSubset(of: row.journey.modes), "\(row.journey.id)")
        }
    }

    @Test func malformedJourneysNameTheLineAndValue() throws {
        let header = "id,origin,destination,vias,route,mode,service,km,days,year,source,confidence,notes\n"
        for (row, message) in [
            ("a,xian,almaty,,,camel,,,6,2013,s,reported,", "line 2: mode 'camel'"),
            ("a,xian,almaty,,,rail,,,six,2013,s,reported,", "line 2: days 'six'"),
            ("a,xian,almaty,,,rail,fast,,6,2013,s,reported,", "line 2: service 'fast'"),
            ("a,xian,almaty,,,rail,,-3,6,2013,s,reported,", "line 2: km '-3'"),
        ] {
            let error = #expect(throws: NetworkError.self) { try Journey.read(header + row + "\n") }
            #expect(error.map { "\($0)" }?.contains(message) == true, "\(error.map { "\($0)" } ?? "no error")")
        }
        let twice = header + "a,xian,almaty,,,rail,,,6,2013,s,reported,\na,xian,almaty,,,rail,,,6,2013,s,reported,\n"
        #expect(throws: NetworkError.self) { try Journey.read(twice) }
        // A journey naming a place the network lacks gets a reason, not a crash.
        let unknown = try Journey.read(header + "a,xian,atlantis,,,rail,,,6,2013,s,reported,\n")
        let row = try #require(try Bundled.network().calibrate(unknown).rows.first)
        #expect(row.plan == nil && row.reason?.contains("atlantis") == true)
    }
}
