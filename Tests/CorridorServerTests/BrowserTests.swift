import CorridorTestSupport
import Foundation
import Testing

/// The map page in headless Chromium (Debian's `chromium`): the page at `/?from=Xi'an&to=Tehran` fills the form
/// from its address and submits it, as a click on "Route" does; the test reads the page's DOM after the answer and
/// checks that the route is drawn, leg by leg, and that the totals shown are the command line's.
@Suite struct BrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "needs Debian's chromium package (bash .ci/run installs it)"))
    func formDrawsTheRouteWithTheCommandLinesTotals() async throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let cli = try server.cli(["route", "--from", "Xi'an", "--to", "Tehran", "--format", "json"])
        #expect(cli.status == 0, "\(cli)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])
        let totals = try #require(plan["totals"] as? [String: Any])
        let legs = (plan["steps"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "leg" }.count

        let page = server.address + "?from=\(encoded("Xi'an"))&to=Tehran"
        let profile = server.folder.appendingPathComponent("chromium-profile").path
        let dom = try CommandRunner(executablePath: Self.chromium!).run([
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile)",
            "--virtual-time-budget=20000", "--dump-dom", page,
        ])
        #expect(dom.stdout.contains("data-state=\"answered\""), "the page did not answer:\n\(dom.stdout.prefix(2000))\n\(dom.stderr.suffix(2000))")
        #expect(dom.stdout.components(separatedBy: "class=\"route-leg\"").count - 1 == legs)
        #expect(dom.stdout.contains("class=\"crossing\""))
        func shown(_ id: String) -> String? {
            guard let range = dom.stdout.range(of: #"id="\#(id)"[^>]*data-value="(\d+)""#, options: .regularExpression)
            else { return nil }
            return dom.stdout[range].split(separator: "\"").last.map(String.init)
        }
        func typical(_ key: String) -> String? { ((totals[key] as? [String: Any])?["typical"] as? Int).map(String.init) }
        #expect(shown("total-cost") == typical("costCents"))
        #expect(shown("total-time") == typical("timeMinutes"))
        #expect(shown("total-distance") == (totals["distanceMetres"] as? Int).map(String.init))
        #expect(shown("total-co2") == typical("co2Grams"))
        #expect(shown("total-borders") == (totals["borderCrossings"] as? Int).map(String.init))
    }
}
