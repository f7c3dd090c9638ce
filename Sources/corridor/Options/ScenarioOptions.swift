import ArgumentParser

/// `--scenario NAME` and `--against NAME`: run a request on a stored scenario and print how its answer differs
/// from the network's (`route`, `compare`, `matrix`).
struct ScenarioOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A stored scenario to run on ('corridor scenario list'); the answer is compared "
                               + "with the network it changes.", valueName: "name"))
    var scenario: String?

    @Option(help: ArgumentHelp("The stored network or scenario to compare with (default: the scenario's network).",
                               valueName: "name"))
    var against: String?
}
