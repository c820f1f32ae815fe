package org.cthub.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.cthub.app.cli.Progress;
import org.cthub.app.cli.Store;
import org.cthub.app.generate.GenerateCommand;
import org.cthub.app.imports.ImportFormat;
import org.cthub.app.imports.ImportJob;
import org.cthub.app.imports.ImportReport;
import org.cthub.app.imports.ImportService;
import org.cthub.app.security.Passwords;
import org.cthub.app.server.Server;
import org.cthub.store.Database;
import org.cthub.store.crypto.KeyRing;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.Users;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The case-management benchmark: the case list and the case page of the running server, over HTTP with real
 * sessions, on a PostgreSQL store of generated cases. Each request is authorised, decrypts what it shows and
 * writes its audit entry, as in production. Beside them, in the same run, the login page: the floor of the
 * stack (Tomcat, Spring Security, Thymeleaf) without the database, so the ratio says what the case pages cost.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Case list and case page: requests per second and latency percentiles on PostgreSQL.")
final class WebBench implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--cases", defaultValue = "100000", description = "Cases in the store (default: ${DEFAULT-VALUE}).")
    private int cases;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent users (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds per page (default: ${DEFAULT-VALUE}).")
    private int seconds;

    @Option(names = "--dir", defaultValue = "bench-data", description = "Where the generated file is kept.")
    private Path dir;

    @Option(names = "--pg", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres",
            description = "The PostgreSQL server; a throw-away schema is created in it and dropped after.")
    private String pg;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path file = dir.resolve("bench-web-" + cases + ".csv");
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            GenerateCommand.write(cases, 1, 20261128L, file, Progress.onTerminal(spec.commandLine().getErr(),
                    "generating", cases));
        }
        String schema = "bench_web";
        String url = PostgresSchemas.create(pg, schema);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String keys = "bench:" + Base64.getEncoder().encodeToString(key);
        String password = "bench-" + Base64.getUrlEncoder().encodeToString(key).substring(0, 20);
        List<Long> caseIds;
        try {
            try (Store store = new Store(Database.open(url), KeyRing.parse(keys, "bench"))) {
                ImportReport report = new ImportService(store.importer(), Clock.systemUTC()).run(
                        new ImportJob(file, "BENCH", ImportFormat.HTCDS_CSV, null, false, "bench"), done -> { });
                Organisation organisation = store.organisations().findByCode("BENCH").orElseThrow();
                new Users(store.database(), Clock.systemUTC()).create(organisation, "bench-caseworker",
                        "Benchmark", "CASEWORKER", Passwords.encoder().encode(password), "bench");
                caseIds = sampleIds(store.database(), 2000);
                out.printf("store: PostgreSQL, %,d cases imported in one organisation%n", report.inserted());
            }
            Map<String, Object> settings = new HashMap<>();
            settings.put("server.port", 0);
            settings.put("CTHUB_DB_URL", url);
            settings.put("CTHUB_KEYS", keys);
            settings.put("logging.level.root", "WARN");
            try (ConfigurableApplicationContext context = Server.start(settings)) {
                int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
                out.printf("server: %d concurrent sessions, %d s per page after 5 s of warm-up, %d cores%n",
                        clients, seconds, Runtime.getRuntime().availableProcessors());
                int pages = Math.max(1, Math.min(cases, 10_000) / 25);
                Result floor = run(port, password, ignored -> "/login");
                Result list = run(port, password, random -> "/cases?page=" + random.nextInt(pages));
                Result page = run(port, password, random -> "/cases/" + caseIds.get(random.nextInt(caseIds.size())));
                out.println(floor.line("login page (floor, no database)"));
                out.println(list.line("case list (25 cases a page)"));
                out.println(page.line("case page"));
                out.printf("p95 case list / floor = %.1f, case page / floor = %.1f%n", list.p95() / floor.p95(),
                        page.p95() / floor.p95());
            }
        } finally {
            PostgresSchemas.drop(pg, schema);
        }
        return 0;
    }

    private Result run(int port, String password, java.util.function.Function<ThreadLocalRandom, String> paths)
            throws Exception {
        measure(port, password, paths, 5);
        return measure(port, password, paths, seconds);
    }

    private Result measure(int port, String password, java.util.function.Function<ThreadLocalRandom, String> paths,
                           int duration) throws Exception {
        long end = System.nanoTime() + duration * 1_000_000_000L;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    WebClient client = new WebClient(port);
                    client.logIn("bench-caseworker", password);
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        int status = client.get(paths.apply(random)).statusCode();
                        if (status != 200) {
                            throw new IllegalStateException("The server answered " + status);
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - start;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get());
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(merged, duration);
        }
    }

    private static List<Long> sampleIds(Database database, int count) {
        return database.inTransaction(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM trafficking_case ORDER BY id")) {
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getLong(1));
                    }
                }
            }
            java.util.Collections.shuffle(ids, new java.util.Random(7));
            return ids.subList(0, Math.min(count, ids.size()));
        });
    }

    private record Result(long[] sortedNanos, int seconds) {

        double percentile(double p) {
            return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1)] / 1e6;
        }

        double p95() {
            return percentile(0.95);
        }

        String line(String what) {
            return String.format("%-34s %,8.0f requests/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms", what,
                    sortedNanos.length / (double) seconds, percentile(0.50), percentile(0.95), percentile(0.99));
        }
    }
}
