import CorridorModel
import FuzzSupport
import Foundation

/// Fuzzes the network CSV reader and what runs on a network it accepts. An input is the six files of a network
/// folder (places, links, crossings, transfers, parameters, corridors), separated by the byte 0x1E. A network that
/// loads is validated and planned on between its first and last place, for each objective, so fuzzed figures
/// reach the pricing arithmetic. Errors are expected; crashes, traps and sanitizer reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNetwork(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = ScratchFiles.parts(of: UnsafeBufferPointer(start: data, count: size), limit: Network.File.all.count)
    for (index, file) in Network.File.all.enumerated() {
        _ = ScratchFiles.write(index < parts.count ? parts[index] : [], as: file)
    }
    guard let (network, _) = try? Network.load(from: ScratchFiles.folder, name: "fuzz"),
          let first = network.places.first, let last = network.places.last else { return 0 }
    _ = try? network.validate()
    for objective in [RouteRequest.Objective.cost, .time, .distance, .co2, .generalized] {
        var request = RouteRequest(from: first.id, to: last.id)
        request.objective = objective
        request.includesPlanned = true
        request.includesUnderConstruction = true
        _ = try? network.plan(request)
    }
    return 0
}
