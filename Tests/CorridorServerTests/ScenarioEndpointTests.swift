import Foundation
import Testing

/// The command line's scenario and many-answer options over HTTP (`scenario`, `against`, `alternatives`,
/// `max-detour`, `pareto`, `pareto-objectives`; `/v1/scenarios`): each answer checked against `openapi.yaml` and
/// byte for byte equal to what `--format json` prints for the same request, each refusal with its status.
@Suite(.serialized) struct ScenarioEndpointTests {
    @Test func scenariosAndTheirDifferencesEqualTheCommandLine() async throws {
        let server = try ServerProcess()
        let trip = ["--from", "Kashgar", "--to", "Tashkent"]
        try await server.expectSameAsCommandLine("/v1/route?from=Kashgar&to=Tashkent&scenario=cku-railway-open", template: "/v1/route",
                                                 ["route"] + trip + ["--scenario", "cku-railway-open", "--format", "json"])
        // The scenario opens the railway, which the cheapest route takes: the difference is real, not an empty echo.
        let route = try await server.get("/v1/route?from=Kashgar&to=Tashkent&scenario=cku-railway-open")
        let difference = try #require(try route.object()["difference"] as? [String: Any], "\(route)")
        #expect((difference["linksAdded"] as? [String])?.contains("rail-kashgar-torugart-cn") == true, "\(route)")
        #expect(((difference["costCents"] as? [String: Any])?["typical"] as? Int ?? 0) < 0, "\(route)")
        try await server.expectSameAsCommandLine("/v1/route?from=Almaty&to=Tehran&scenario=iran-closed&against=caspian-ferry-disruption&objective=time",
                                                 template: "/v1/route",
                                                 ["route", "--from", "Almaty", "--to", "Tehran", "--scenario", "iran-closed",
                                                  "--against", "caspian-ferry-disruption", "--objective", "time", "--format", "json"])
        try await server.expectSameAsCommandLine("/v1/route?from=Kashgar&to=Tashkent&against=cku-railway-open&max-detour=2",
                                                 template: "/v1/route",
                                                 ["route"] + trip + ["--against", "cku-railway-open", "--max-detour", "2", "--format", "json"])
        try await server.expectSameAsCommandLine("/v1/compare?from=Kashgar&to=Tashkent&scenario=cku-railway-open", template: "/v1/compare",
                                                 ["compare"] + trip + ["--scenario", "cku-railway-open", "--format", "json"])
        try await server.expectSameAsCommandLine("/v1/matrix?from=Kashgar,Urumqi&to=Tashkent,Almaty&scenario=cku-railway-open&objective=time",
                                                 template: "/v1/matrix",
                                                 ["matrix", "--from", "Kashgar,Urumqi", "--to", "Tashkent,Almaty",
                                                  "--scenario", "cku-railway-open", "--objective", "time", "--format", "json"])
        try await server.expectSameAsCommandLine("/v1/matrix?from=Almaty&to=Baku,Tehran&against=iran-closed", template: "/v1/matrix",
                                                 ["matrix", "--from", "Almaty", "--to", "Baku,Tehran", "--against", "iran-closed",
                                                  "--format", "json"])

        // Refusals: an unknown scenario points to the list; a scenario of another network; no route on either side.
        for path in ["/v1/route?from=Kashgar&to=Tashkent&scenario=atlantis", "/v1/compare?from=Kashgar&to=Tashkent&scenario=atlantis",
                     "/v1/matrix?from=Kashgar&to=Tashkent&scenario=atlantis"] {
            let answer = try await server.expect(path, 404, template: String(path.prefix { $0 != "?" }))
            #expect(try answer.object()["hint"] as? String == "'corridor scenario list' shows the stored scenarios.", "\(answer)")
        }
        try await server.expect("/v1/route?from=Kashgar&to=Tashkent&against=atlantis", 404, template: "/v1/route")
        let other = try await server.expect("/v1/route?from=Kashgar&to=Tashkent&scenario=cku-railway-open&network=atlantis", 400,
                                            template: "/v1/route")
        #expect(other.body.contains("changes network 'central-asia', not 'atlantis'"), "\(other)")
        try await server.expect("/v1/route?from=Almaty&to=Baku&modes=road&avoid-country=KZ,UZ,TM,KG&scenario=cku-railway-open",
                                422, template: "/v1/route")
        try await server.expect("/v1/route?from=Kashgar&to=Tashkent&scenario=cku-railway-open&format=geojson", 400, template: "/v1/route")
        try await server.expect("/v1/compare?from=Kashgar&to=Tashkent&scenario=cku-railway-open&alternatives=2", 400,
                                template: "/v1/compare")
        #expect(server.stop() == 0)
    }

    @Test func alternativesAndTheFrontierEqualTheCommandLine() async throws {
        let server = try ServerProcess()
        let trip = ["route", "--from", "Xi'an", "--to", "Tehran"], xian = encoded("Xi'an")
        try await server.expectSameAsCommandLine("/v1/route?from=\(xian)&to=Tehran&alternatives=3&max-detour=1.5", template: "/v1/route",
                                                 trip + ["--alternatives", "3", "--max-detour", "1.5", "--format", "json"])
        try await server.expectSameAsCommandLine("/v1/route?from=\(xian)&to=Tehran&max-detour=1.2&objective=time", template: "/v1/route",
                                                 trip + ["--max-detour", "1.2", "--objective", "time", "--format", "json"])
        let frontier = try await server.expectSameAsCommandLine("/v1/route?from=\(xian)&to=Tehran&pareto", template: "/v1/route",
                                                                trip + ["--pareto", "--format", "json"])
        #expect((try frontier.object()["routes"] as? [Any])?.count ?? 0 > 1, "\(frontier)")
        try await server.expectSameAsCommandLine("/v1/route?from=\(xian)&to=Tehran&pareto=true&pareto-objectives=cost,time",
                                                 template: "/v1/route",
                                                 trip + ["--pareto", "--pareto-objectives", "cost,time", "--format", "json"])
        try await server.expectSameAsCommandLine("/v1/route?from=Kashgar&to=Tashkent&alternatives=2&scenario=cku-railway-open",
                                                 template: "/v1/route",
                                                 ["route", "--from", "Kashgar", "--to", "Tashkent", "--alternatives", "2",
                                                  "--scenario", "cku-railway-open", "--format", "json"])
        try await server.expectSameAsCommandLine("/v1/route?from=Kashgar&to=Tashkent&pareto&scenario=cku-railway-open",
                                                 template: "/v1/route",
                                                 ["route", "--from", "Kashgar", "--to", "Tashkent", "--pareto",
                                                  "--scenario", "cku-railway-open", "--format", "json"])

        // Malformed or contradicting options: 400, each naming the option.
        for (query, words) in [("alternatives=0", "--alternatives takes a number of routes from 1 to 100, not 0."),
                               ("alternatives=101", "not 101"), ("alternatives=two", "'two' is not a whole number"),
                               ("alternatives=2&pareto", "Choose --pareto or --alternatives, not both."),
                               ("pareto=maybe", "'maybe' is not a value of 'pareto'"),
                               ("pareto&pareto-objectives=cost", "needs two or three different criteria"),
                               ("pareto&pareto-objectives=cost,speed", "'speed' is not a criterion"),
                               ("pareto-objectives=cost,time", "--pareto-objectives goes with --pareto."),
                               ("max-detour=0.5", "--max-detour must be a factor of at least 1"),
                               ("max-detour=far", "'far' is not a number"),
                               ("pareto&max-detour=1.5", "--max-detour does not apply to --pareto"),
                               ("alternatives=2&format=geojson", "format=geojson draws one route"),
                               ("pareto&algorithm=astar", "'algorithm' applies to imported graphs")] {
            let answer = try await server.expect("/v1/route?from=\(xian)&to=Tehran&\(query)", 400, template: "/v1/route")
            #expect(answer.body.contains(words), "\(query): \(answer)")
        }
        try await server.expect("/v1/matrix?from=Almaty&to=Baku&max-detour=2", 400, template: "/v1/matrix")
        // Two drivers per truck: the road trip is faster, and the answer the command line's.
        let two = try await server.expectSameAsCommandLine("/v1/route?from=Almaty&to=Tashkent&modes=road&drivers=2&objective=time",
                                                           template: "/v1/route",
                                                           ["route", "--from", "Almaty", "--to", "Tashkent", "--modes", "road",
                                                            "--drivers", "2", "--objective", "time", "--format", "json"])
        let one = try await server.expect("/v1/route?from=Almaty&to=Tashkent&modes=road&objective=time", 200, template: "/v1/route")
        func typicalTime(_ answer: ServerProcess.Answer) throws -> Int? {
            ((try answer.object()["totals"] as? [String: Any])?["timeMinutes"] as? [String: Any])?["typical"] as? Int
        }
        #expect(try typicalTime(two) ?? .max < typicalTime(one) ?? 0, "\(two)")
        try await server.expect("/v1/route?from=Tashkent&to=Kashgar&drivers=3", 400, template: "/v1/route")
        #expect(server.stop() == 0)
    }

    @Test func alternativesOnAnImportedGraph() async throws {
        let server = try ServerProcess()
        // 1 → 2 → 4 costs 2, 1 → 3 → 4 costs 3, 1 → 4 costs 4.
        let file = server.folder.appendingPathComponent("roads.csv")
        try "id,source,target,cost\n11,1,2,1\n12,2,4,1\n13,1,3,1\n14,3,4,2\n15,1,4,4\n".write(to: file, atomically: true, encoding: .utf8)
        let imported = try server.cli(["import", "edges", file.path, "--name", "roads"])
        #expect(imported.status == 0, "\(imported)")
        let answer = try await server.expectSameAsCommandLine("/v1/route?network=roads&from=1&to=4&alternatives=3", template: "/v1/route",
                                                              ["route", "--network", "roads", "--from", "1", "--to", "4",
                                                               "--alternatives", "3", "--format", "json"])
        let costs = (try answer.object()["paths"] as? [[String: Any]])?.compactMap { $0["cost"] as? Double }
        #expect(costs == [2, 3, 4], "\(answer)")
        try await server.expect("/v1/route?network=roads&from=1&to=4&pareto", 400, template: "/v1/route")
        try await server.expect("/v1/route?network=roads&from=1&to=4&max-detour=2", 400, template: "/v1/route")
        let algorithm = try await server.expect("/v1/route?network=roads&from=1&to=4&alternatives=2&algorithm=astar", 400,
                                                template: "/v1/route")
        #expect(algorithm.body.contains("runs its own search"), "\(algorithm)")
        try await server.expect("/v1/route?network=roads&from=4&to=1&alternatives=2", 422, template: "/v1/route")
        let misspelt = try await server.expect("/v1/route?network=raods&from=1&to=4", 404, template: "/v1/route")
        #expect(misspelt.body.contains("No network or graph named 'raods'") && misspelt.body.contains("Did you mean 'roads'?"),
                "\(misspelt)")
        #expect(server.stop() == 0)
    }

    @Test func scenarioListAndDetailEqualTheCommandLine() async throws {
        let server = try ServerProcess()
        let list = try await server.expectSameAsCommandLine("/v1/scenarios", template: "/v1/scenarios",
                                                            ["scenario", "list", "--format", "json"])
        let names = (try list.object()["scenarios"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["caspian-ferry-disruption", "china-kazakhstan-rail-dwell-halved", "cku-railway-open",
                          "iran-closed", "line-d-built"], "\(list)")
        try await server.expectSameAsCommandLine("/v1/scenarios?network=central-asia", template: "/v1/scenarios",
                                                 ["scenario", "list", "--network", "central-asia", "--format", "json"])
        let shown = try await server.expectSameAsCommandLine("/v1/scenarios/iran-closed", template: "/v1/scenarios/{name}",
                                                             ["scenario", "show", "iran-closed", "--format", "json"])
        let change = (try shown.object()["changes"] as? [[String: Any]])?.first
        #expect(change?["change"] as? String == "close" && change?["target"] as? String == "country"
                && change?["id"] as? String == "IR" && change?["line"] as? Int == 2, "\(shown)")
        let unknown = try await server.expect("/v1/scenarios/atlantis", 404, template: "/v1/scenarios/{name}")
        #expect(unknown.body.contains("atlantis"), "\(unknown)")
        try await server.expect("/v1/scenarios?network=atlantis", 404, template: "/v1/scenarios")
        try await server.expect("/v1/scenarios?networks=central-asia", 400, template: "/v1/scenarios")
        try await server.expect("/v1/scenarios/iran-closed?format=table", 400, template: "/v1/scenarios/{name}")
        #expect(server.stop() == 0)
    }
}
