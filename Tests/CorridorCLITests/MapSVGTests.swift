import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `route --format svg` and `network export --format svg`: one writer, a well-formed standalone SVG with the
/// outlines, the network, the route's legs on top, a legend and a scale bar.
@Suite struct MapSVGTests {
    /// Counts the elements of `svg` by name and by `id`; fails the test when the text is not well-formed XML.
    final class Census: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var open: [String] = []
        var inside: [String: Int] = [:]   // elements counted inside each group id
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            if let group = open.last(where: { !$0.isEmpty }) { inside[group, default: 0] += 1 }
            open.append(name == "g" ? attributes["id"] ?? "" : "")
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
    }

    func census(_ svg: String) throws -> Census {
        let parser = XMLParser(data: Data(svg.utf8))
        let census = Census()
        parser.delegate = census
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "")")
        return census
    }

    @Test func routeMapDrawsEveryLegOverTheNetwork() throws {
        let sandbox = try Sandbox()
        let json = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran", "--format", "json"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let legs = (plan["steps"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "leg" }.count
        let result = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran", "--format", "svg"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let census = try census(result.stdout)
        #expect(census.inside["route"] == legs)
        #expect((census.inside["countries"] ?? 0) > 100)   // outlines with their titles
        #expect(result.stdout.contains("500 km") && result.stdout.contains("border crossing"))
        #expect(result.stdout.contains("Xi&apos;an") || result.stdout.contains("Xi'an"))
    }

    @Test func networkExportDrawsTheSameMapWithoutARoute() throws {
        let sandbox = try Sandbox()
        let out = sandbox.folder.appendingPathComponent("network.svg").path
        let result = try sandbox.run(["network", "export", "central-asia", "--format", "svg", "--output", out])
        #expect(result.status == 0, "\(result)")
        let svg = String(decoding: try #require(sandbox.contents(of: out)), as: UTF8.self)
        let census = try census(svg)
        #expect(census.inside["route"] == nil)
        let geo = try sandbox.run(["network", "export", "central-asia", "--format", "geojson"])
        let links = geo.stdout.components(separatedBy: "\"feature\" : \"link\"").count - 1
        #expect(links > 100)
        #expect(census.inside["links"] == 2 * links)   // a path and its title per link
        let onGraph = try sandbox.run(["route", "--network", "nowhere", "--from", "1", "--to", "2", "--format", "svg"])
        #expect(onGraph.status == 66)
    }
}
