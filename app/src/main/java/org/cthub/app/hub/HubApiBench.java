package org.cthub.app.hub;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.app.server.Server;
import org.cthub.opendata.CategoryData;
import org.cthub.opendata.Filter;
import org.cthub.opendata.FlagData;
import org.cthub.opendata.Query;
import org.cthub.opendata.ReleaseData;
import org.cthub.opendata.Variable;
import org.cthub.opendata.VariableKind;
import org.cthub.standard.ctdc.Ctdc2024Record;
import org.cthub.store.releases.Checksums;
import org.cthub.store.releases.NewRelease;
import org.cthub.store.releases.Releases;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cthub bench hub-api}: the public API under load on loopback. A release of generated records is written,
 * recorded and published in a throw-away embedded store, the server started on it, and concurrent clients ask the
 * 25 dashboard queries of {@code bench hub} as URLs, at random, for a bounded time. The rate limit is lifted for
 * the run (it would otherwise answer 429 to one address asking this much).
 */
@Command(name = "hub-api", mixinStandardHelpOptions = true,
        description = "The public API's counts under load on loopback: requests per second and latency percentiles.")
public final class HubApiBench implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", description = "Records in the release (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--seconds", defaultValue = "15", description = "Measured seconds after 5 s of warm-up "
            + "(default: ${DEFAULT-VALUE}).")
    private int seconds;

    @Option(names = "--seed", defaultValue = "20261128")
    private long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path home = Files.createTempDirectory("cthub-hub-api-bench");
        ReleaseData data = GeneratedRelease.of(rows, seed);
        String folder = "releases/bench";
        writeCsv(data, home.resolve(folder));
        int version;
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        String keys = "bench:" + java.util.Base64.getEncoder().encodeToString(key);
        try (Store store = StoreOptions.fromSettings(Map.of("CTHUB_HOME", home.toString(), "CTHUB_KEYS", keys)).open()) {
            Releases releases = new Releases(store.database(), Clock.systemUTC());
            long id = releases.record(new NewRelease("k-anonymity", "k=11", true, rows, 0,
                    Checksums.of(home.resolve(folder))), "bench", ignored -> folder);
            releases.approve(id, "bench");
            version = releases.publish(id, "bench", home);
        }
        List<String> urls = DashboardQueries.ctdc2024(data).stream()
                .map(named -> "/api/v1/releases/" + version + "/counts" + queryString(named.query())).toList();
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", 0);
        settings.put("CTHUB_HOME", home.toString());
        settings.put("CTHUB_KEYS", keys);
        settings.put("logging.level.root", "WARN");
        settings.put("cthub.hub.rate-limit.per-second", "1e9");
        settings.put("cthub.hub.rate-limit.burst", String.valueOf(Integer.MAX_VALUE));
        try (ConfigurableApplicationContext context = Server.start(settings)) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            HttpClient client = HttpClient.newHttpClient();
            long start = System.nanoTime();
            for (String url : urls) {
                HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + url)).build(), HttpResponse.BodyHandlers.ofString());
                if (first.statusCode() != 200) {
                    throw new IllegalStateException("The server answered " + first.statusCode() + " to " + url);
                }
            }
            out.printf(Locale.ROOT, "hub-api bench: %,d records, release loaded on first request; the 25 dashboard "
                    + "queries answered once in %.1f s; %d clients, %d cores, %d s after 5 s of warm-up%n", rows,
                    (System.nanoTime() - start) / 1e9, clients, Runtime.getRuntime().availableProcessors(), seconds);
            measure(port, urls, 5);
            long[] latencies = measure(port, urls, seconds);
            out.printf(Locale.ROOT, "counts (25 dashboard queries at random) %,8.0f requests/s   p50 %6.2f ms   p95 "
                            + "%6.2f ms   p99 %6.2f ms   (%,d requests)%n", latencies.length / (double) seconds,
                    percentile(latencies, 0.50), percentile(latencies, 0.95), percentile(latencies, 0.99),
                    latencies.length);
            out.flush();
        }
        return 0;
    }

    private long[] measure(int port, List<String> urls, int duration) throws Exception {
        long end = System.nanoTime() + duration * 1_000_000_000L;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        URI uri = URI.create("http://127.0.0.1:" + port + urls.get(random.nextInt(urls.size())));
                        long t0 = System.nanoTime();
                        int status = client.send(HttpRequest.newBuilder(uri).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            throw new IllegalStateException("The server answered " + status);
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - t0;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get());
            }
            return all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        }
    }

    /** A query as the API's query string: what a dashboard would put in its URL. */
    static String queryString(Query query) {
        List<String> parameters = new ArrayList<>();
        for (int g = 0; g < query.groupBy().size(); g++) {
            parameters.add((g == 0 ? "by=" : "by2=") + encode(query.groupBy().get(g)));
        }
        for (Filter filter : query.filters()) {
            switch (filter) {
                case Filter.Values values -> values.values().stream().sorted()
                        .forEach(value -> parameters.add(encode(values.variable()) + "=" + encode(value)));
                case Filter.YearRange range -> {
                    if (range.from() != null) {
                        parameters.add("from=" + range.from());
                    }
                    if (range.to() != null) {
                        parameters.add("to=" + range.to());
                    }
                }
            }
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double percentile(long[] sortedNanos, double p) {
        return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1)] / 1e6;
    }

    /** The release's records written back as a CTDC 2024 data file. */
    private static void writeCsv(ReleaseData data, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> header = Ctdc2024Record.header();
        List<Variable> variables = data.variables();
        Object[] columns = variables.stream().map(v -> v.kind() == VariableKind.FLAGS ? data.flags(v.name())
                : data.category(v.name())).toArray();
        try (Writer writer = Files.newBufferedWriter(folder.resolve(PublishedData.DATA), StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(header);
            String[] row = new String[header.size()];
            for (int r = 0; r < data.rows(); r++) {
                for (Object column : columns) {
                    if (column instanceof CategoryData category) {
                        String value = category.at(r);
                        row[header.indexOf(category.name())] = value == null ? "" : value;
                    } else {
                        FlagData flags = (FlagData) column;
                        for (int f = 0; f < flags.values().size(); f++) {
                            row[header.indexOf(flags.values().get(f))] = flags.has(f, r) ? "1" : "";
                        }
                    }
                }
                printer.printRecord((Object[]) row);
            }
        }
    }
}
