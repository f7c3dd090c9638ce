import CorridorGraph
import CorridorStore

extension DatabaseOptions {
    /// The contraction hierarchy of `stored`: the one kept in the database when there is one for its current
    /// content, otherwise built now (with a progress bar) and kept for next time when the file can be written.
    func hierarchy(of stored: StoredGraph, in database: CorridorDatabase) throws -> ContractionHierarchy {
        if let kept = try database.storedHierarchy(of: stored) { return kept }
        let hierarchy = DatabaseOptions.buildHierarchy(of: stored)
        if let writer = try? openForWriting() {
            defer { writer.close() }
            try writer.storeHierarchy(hierarchy, of: stored)
        }
        return hierarchy
    }

    /// Builds the hierarchy of `stored`, drawing progress on a terminal.
    static func buildHierarchy(of stored: StoredGraph) -> ContractionHierarchy {
        let progress = ProgressBar(), total = stored.graph.nodeCount
        let hierarchy = ContractionHierarchy(graph: stored.graph) { progress.update("contracting '\(stored.name)'", $0, total) }
        progress.finish()
        return hierarchy
    }
}
