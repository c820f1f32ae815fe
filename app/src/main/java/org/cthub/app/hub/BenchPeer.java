package org.cthub.app.hub;

import java.util.List;
import java.util.Map;
import org.cthub.opendata.Query;
import org.cthub.opendata.ReleaseData;

/**
 * Another engine answering the hub's queries over the same data, for the benchmark. Public because the DuckDB peer
 * is defined by its own class loader (see {@link PeerLoader}) and must still be seen through this type.
 */
public interface BenchPeer extends AutoCloseable {

    /** Loads the data; returns a line describing the engine. */
    String load(ReleaseData data) throws Exception;

    /** The true counts of the query's non-empty cells, keyed as {@link ReleaseData#unprotectedCounts}. */
    Map<List<String>, Long> counts(Query query) throws Exception;

    /** The SQL it ran for the query, for the report. */
    String sql(Query query);
}
