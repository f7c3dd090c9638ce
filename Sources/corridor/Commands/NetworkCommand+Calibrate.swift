import ArgumentParser
import CorridorModel
import CorridorNetworks
import Foundation

extension NetworkCommand {
    /// `corridor network calibrate [NAME] [--journeys FILE] [--format table|json|csv]`
    struct Calibrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Route reported journeys on a stored network and compare its lengths and times with theirs.",
            discussion: """
                Each journey is routed from its origin through its reported places to its destination, by its \
                modes only, by the fastest route. The table gives the model's and the reported length and days, \
                the errors, and whether the reported days fall inside the model's low–high range. Without \
                --journeys, the journeys bundled with the Central Asian network are used.
                """
        )

        /// How the comparison is printed.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json, csv
        }

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The stored network's name.")
        var name: String = BundledNetwork.centralAsiaName

        @Option(help: ArgumentHelp("A journeys CSV file (see networks/central-asia/README.md).", valueName: "file"))
        var journeys: String?

        @Option(help: "table, json or csv.")
        var format: Format = .table

        func run() throws {
            let network: Network
            do {
                let database = try database.openForReading()
                defer { database.close() }
                network = try database.network(named: name)
            }
            let list: [Journey]
            if let journeys {
                let url = URL(fileURLWithPath: journeys)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    throw CommandFailure(.missingInput, "Cannot read the journeys file '\(journeys)'.",
                                         hint: "Check the path, or leave --journeys out to use the bundled journeys.")
                }
                list = try Journey.read(text, file: url.lastPathComponent)
            } else {
                guard name == BundledNetwork.centralAsiaName, let folder = BundledNetwork.centralAsia else {
                    throw CommandFailure(.missingInput, "No journeys are bundled for the network '\(name)'.",
                                         hint: "Name a journeys CSV file with --journeys FILE.")
                }
                list = try Journey.load(from: folder)
            }
            let calibration = network.calibrate(list)
            switch format {
            case .table: Terminal.write(CalibrationFormatter.table(calibration))
            case .json: Terminal.write(CalibrationFormatter.json(calibration))
            case .csv: Terminal.write(CalibrationFormatter.csv(calibration))
            }
        }
    }
}
