import Foundation
import Testing

/// Many requests at once: every one is answered, and each answer is byte for byte what the command line prints
/// for the same request.
@Suite struct ConcurrencyTests {
    static let places = ["Xi'an", "Tehran", "Almaty", "Tashkent", "Baku"]

    @Test func parallelRoutesEqualTheCommandLine() async throws {
        let server = try ServerProcess()
        var requests: [(query: String, arguments: [String])] = []
        for (i, from) in Self.places.enumerated() {
            for to in Self.places where to != from {
                let objective = ["cost", "time", "distance", "co2"][(i + to.count) % 4]
                requests.append(("/v1/route?from=\(encoded(from))&to=\(encoded(to))&objective=\(objective)",
                                 ["route", "--from", from, "--to", to, "--objective", objective, "--format", "json"]))
            }
        }
        #expect(requests.count == 20)
        var expected: [String: String] = [:]
        for request in requests {
            let result = try server.cli(request.arguments)
            #expect(result.status == 0, "\(request.arguments): \(result)")
            expected[request.query] = result.stdout
        }
        let rounds = 5   // each request five times, all 100 in flight together
        let answers = try await withThrowingTaskGroup(of: (String, ServerProcess.Answer).self) { group in
            for _ in 0..<rounds {
                for request in requests {
                    group.addTask { (request.query, try await server.get(request.query)) }
                }
            }
            var answers: [(String, ServerProcess.Answer)] = []
            for try await answer in group { answers.append(answer) }
            return answers
        }
        #expect(answers.count == requests.count * rounds)
        for (query, answer) in answers {
            #expect(answer.status == 200, "\(query): \(answer)")
            #expect(answer.body == expected[query], "\(query)")
        }
        #expect(server.stop() == 0)
    }
}
