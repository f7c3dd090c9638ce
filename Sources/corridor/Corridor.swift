import ArgumentParser

@main
struct Corridor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corridor",
        abstract: "Plan freight routes across the Eurasian land corridors."
    )
}
