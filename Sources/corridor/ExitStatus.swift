import ArgumentParser

/// The exit statuses of `corridor`, documented in `corridor --help` and the README.
///
/// Where one fits, a status follows the BSD `sysexits.h` convention, as argument-parser does for usage errors.
enum ExitStatus: Int32, CaseIterable {
    /// The command did what was asked.
    case success = 0
    /// Anything not covered below, such as a database that cannot be written.
    case failure = 1
    /// The places are known but no route joins them under the request's constraints.
    case noRoute = 2
    /// The command line is malformed (argument-parser's own status).
    case usage = 64
    /// An input file or the database holds malformed or inconsistent data.
    case dataError = 65
    /// An input file or database named on the command line does not exist.
    case missingInput = 66

    /// One line per status, for the help text and the README.
    static var table: String {
        """
          0   success
          2   no route joins the places under the constraints given
          64  usage error: unknown option, missing or malformed argument
          65  bad data: unknown or ambiguous place, malformed file or database
          66  missing input: a file, database or network named does not exist
          1   any other failure
        """
    }

    var exitCode: ExitCode { ExitCode(rawValue) }
}
