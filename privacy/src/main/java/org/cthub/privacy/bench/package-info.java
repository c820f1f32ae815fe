/** Benchmarks: {@link org.cthub.privacy.bench.AdultBenchmark} against ARX on its "adult" data. */
package org.cthub.privacy.bench;
