import CorridorTestSupport
import Testing

/// The help texts users read first, pinned where they are ours alone.
@Suite struct HelpTests {
    let runner: CommandRunner

    init() throws { runner = try CommandRunner() }

    /// Runs with an 80-column terminal, whatever the caller's `COLUMNS`, so the wrapped help text is stable.
    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try runner.run(arguments, environment: ["COLUMNS": "80"])
    }

    @Test func rootHelpListsSubcommandsAndExitStatuses() throws {
        let result = try run(["--help"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("OVERVIEW: Plan freight routes across the Eurasian land corridors.\n"))
        #expect(result.stdout.contains("""
            EXIT STATUS:
              0   success
              2   no route joins the places under the constraints given
              64  usage error: unknown option, missing or malformed argument
              65  bad data: unknown or ambiguous place, malformed file or database
              66  missing input: a file, database or network named does not exist
              1   any other failure
            """))
        for subcommand in ["route", "compare", "matrix", "network", "scenario", "import", "serve"] {
            #expect(result.stdout.contains("\n  \(subcommand) "), "subcommand \(subcommand) missing from help")
        }
    }

    @Test func noArgumentsPrintsTheHelp() throws {
        let result = try run([])
        #expect(result.status == 0)
        #expect(result.stdout == (try run(["--help"])).stdout)
    }

    @Test func routeHelpIsPinned() throws {
        let result = try run(["route", "--help"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == Self.routeHelp)
    }

    @Test func usageErrorsExit64WithTheUsageLine() throws {
        let missing = try run(["route", "--from", "Almaty"])
        #expect(missing.status == 64)
        #expect(missing.stdout == "")
        #expect(missing.stderr == """
            Error: Say where the freight goes: --from PLACE --to PLACE (or --pairs FILE).
            Usage: corridor route <options>
              See 'corridor route --help' for more information.

            """)

        let badChoice = try run(["route", "--from", "A", "--to", "B", "--objective", "speed"])
        #expect(badChoice.status == 64)
        #expect(badChoice.stderr.contains("'speed'"))

        let badMode = try run(["route", "--from", "A", "--to", "B", "--modes", "rail,camel"])
        #expect(badMode.status == 64)
        #expect(badMode.stderr.contains("'camel' is not a mode; choose from rail, road, ferry, pipeline."))

        let badCountry = try run(["matrix", "--from", "A", "--to", "B", "--avoid-country", "Kazakhstan"])
        #expect(badCountry.status == 64)
        #expect(badCountry.stderr.contains("'KAZAKHSTAN' is not a two-letter country code"))
    }

    static let routeHelp = """
        OVERVIEW: Print the best route between two places.

        Places are found by id, name or alternative name, ignoring case, accents and
        apostrophes (xian, Xi'an). On an imported graph (--network NAME), places are
        the node ids of the input file.

        Examples:
          corridor route --from "Xi'an" --to Tehran
          corridor route --from Kashgar --to Tashkent --include-under-construction
          corridor route --from Almaty --to Baku --modes rail,ferry --format json
          corridor route --from Almaty --to Baku --format svg > route.svg
          corridor route --network ny --from 1 --to 5000 --algorithm bidirectional
          corridor route --network ny --pairs pairs.txt > routes.tsv
          corridor route --from "Xi'an" --to Tehran --alternatives 3 --max-detour 1.5
          corridor route --from "Xi'an" --to Tehran --pareto --svg frontier.svg
          corridor route --network roads --from 6 --to 17 --alternatives 2

        USAGE: corridor route <options>

        REQUEST OPTIONS:
          --objective <objective> What the route minimises. (values: time, cost,
                                  distance, co2, generalized; default: cost)
          --unit <unit>           The cargo unit: a forty-foot container, a twenty-foot
                                  one, or tonnes of bulk freight. (values: feu, teu,
                                  tonnes; default: feu)
          --quantity <n>          How many units are shipped (with --unit tonnes: how
                                  many tonnes). (default: 1)
          --commodity <commodity> What is shipped; only gas may use pipelines. (values:
                                  container, gas; default: container)
          --avoid-country <code>  A country to keep out of, as an ISO code (KZ); repeat
                                  or separate with commas.
          --avoid <place>         A place or border crossing to keep out of; repeat or
                                  separate with commas.
          --modes <modes>         The modes allowed, separated by commas
                                  (rail,road,ferry,pipeline; default: all).
          --service <service>     The rail service: express block trains, with priority
                                  at the China–Kazakhstan border, or regular freight
                                  trains. (values: express, regular; default: express)
          --drivers <n>           Drivers per truck: 1, or 2 to drive more hours a day.
                                  (default: 1)
          --include-under-construction
                                  Also use links still under construction.
          --include-planned       Also use planned links (implies
                                  --include-under-construction).
          --value-of-time <usd-per-feu-day>
                                  What a day of transit costs the shipper, in USD per
                                  FEU-day, for --objective generalized (default: the
                                  network's vot_usd_per_feu_hour × 24; 840 on
                                  central-asia).
          --carbon-price <usd-per-tonne>
                                  The price of CO2e in USD per tonne, for --objective
                                  generalized (default: 0).

        SCENARIO OPTIONS:
          --scenario <name>       A stored scenario to run on ('corridor scenario
                                  list'); the answer is compared with the network it
                                  changes.
          --against <name>        The stored network or scenario to compare with
                                  (default: the scenario's network).

        OPTIONS:
          --db <path>             The database file (default: $CORRIDOR_DB, else the
                                  per-user database).
          --network <name>        The stored network or graph to route on (default:
                                  central-asia).
          --from <place>          Where the freight is loaded.
          --to <place>            Where the freight is delivered.
          --via <place>           A place the route must pass, in the order given;
                                  repeat for several.
          --pairs <file>          A file of pairs, one 'FROM TO' per line
                                  (tab-separated if names hold spaces; '-' reads
                                  standard input); prints one TSV line per pair.
          --algorithm <algorithm> The search algorithm on an imported graph. (values:
                                  dijkstra, bidirectional, astar, ch; default: dijkstra)
          --alternatives <K>      Print up to K routes: on a network, the best that
                                  differ in the links they use; on an imported graph,
                                  the K shortest loopless paths in pgRouting's order
                                  (cost, then fewer edges).
          --max-detour <factor>   Leave out routes longer than FACTOR × the shortest
                                  route's distance (1.5: half as long again).
          --pareto                Print every route that no other beats on cost, time
                                  and CO2e at once, cheapest first.
          --pareto-objectives <criteria>
                                  The criteria of --pareto, separated by commas
                                  (cost,time,co2; default: all three).
          --svg <file>            With --pareto, also draw the frontier as an SVG chart
                                  (cost against days).
          --force                 With --svg, replace the file if it is already there.
          --format <format>       How the route is printed (csv: with --pareto or
                                  --alternatives). (values: table, json, geojson, tsv,
                                  csv, svg; default: table)
          --version               Show the version.
          -h, --help              Show help information.


        """
}
