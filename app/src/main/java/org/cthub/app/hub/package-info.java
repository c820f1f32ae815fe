/**
 * The public data hub: the open API over published releases ({@code /api/v1/...}, no login), its rate limit and
 * errors, and the hub's benchmarks. It reads only what {@code Releases.published()} lists, from the folders the
 * releases feature wrote, and answers counts only through {@code opendata}'s protected engine. See
 * {@code docs/opendata.md}.
 */
package org.cthub.app.hub;
