import Foundation

/// The corridor networks shipped with the package as resources: folders of CSV files that `Network.load(from:)`
/// reads, copied into the resource bundle beside the `corridor` executable when it is built.
///
/// This module holds no logic; it exists because SwiftPM copies only resources inside a target's own folder.
public enum BundledNetwork {
    /// The name the Central Asian network is stored under.
    public static let centralAsiaName = "central-asia"

    /// The fingerprints (`Network.fingerprint`) of the Central Asian network as earlier releases bundled it. A
    /// database whose `central-asia` network has one of them holds an unedited bundled copy, which the tool
    /// replaces by the current bundle; any other content is the user's and is never touched. When the bundled
    /// files change, the fingerprint of the release before is added here.
    public static let earlierCentralAsiaFingerprints: Set<String> = ["be35eac827b5dfa9"]

    /// The folder of the Central Asian network, or `nil` if the resource bundle is not beside the executable
    /// (for instance a binary copied elsewhere without its `corridor_CorridorNetworks.resources` folder).
    public static var centralAsia: URL? { folder(named: centralAsiaName) }

    /// The bundled network folder `name`, or `nil`.
    /// - Complexity: a few `stat` calls; nothing is read.
    public static func folder(named name: String) -> URL? {
        let bundleName = "corridor_CorridorNetworks"
        var places: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let folder = executable.deletingLastPathComponent()
            places.append(folder.appendingPathComponent(bundleName + ".resources"))
            places.append(folder.appendingPathComponent(bundleName + ".bundle/Contents/Resources"))
            places.append(folder.appendingPathComponent(bundleName + ".bundle"))
        }
        places.append(Bundle.main.bundleURL.appendingPathComponent(bundleName + ".resources"))
        if let resources = Bundle.main.resourceURL {
            places.append(resources.appendingPathComponent(bundleName + ".bundle/Contents/Resources"))
        }
        for place in places {
            let candidate = place.appendingPathComponent(name, isDirectory: true)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), isFolder.boolValue {
                return candidate
            }
        }
        return nil
    }
}
