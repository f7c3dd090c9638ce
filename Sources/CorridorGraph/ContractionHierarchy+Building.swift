extension ContractionHierarchy {
    /// Builds the hierarchy of `graph`: orders the nodes and contracts them (see ``ContractionBuilder`` for the
    /// priority and the witness search), then lays the arcs out by rank.
    ///
    /// `progress(contracted)` is called every few thousand nodes and once at the end with `graph.nodeCount`.
    /// - Complexity: no useful bound in general; on road graphs roughly linear in the graph (about 10⁵ nodes a
    ///   second); memory a few times the graph's.
    public init(graph: Graph, progress: (Int) -> Void = { _ in }) {
        let builder = ContractionBuilder(graph: graph)
        builder.contractAll(progress: progress)
        self = builder.hierarchy(of: graph)
    }
}
