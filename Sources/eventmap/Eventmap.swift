import ArgumentParser

/// The `eventmap` command: news reports in, dated and geolocated events and maps out.
@main
struct Eventmap: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "eventmap",
        abstract: "Turn news reports about the Syrian conflict into dated, geolocated events and maps.",
        version: version,
        subcommands: [Map.self, Extract.self, Places.self, Geocode.self]
    )
}
