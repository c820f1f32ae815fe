package org.cthub.app.hub;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the DuckDB peer from {@code target/bench-lib}, next to the application's jar, so that DuckDB's 80 MB of
 * native libraries are never on the application's classpath. The peer class and DuckDB's classes are defined
 * child-first by this loader; everything else (CT Hub's engine, {@link BenchPeer}) comes from the application's.
 */
final class PeerLoader extends URLClassLoader {

    private static final String PEER = "org.cthub.app.hub.DuckDbPeer";

    private PeerLoader(URL[] urls, ClassLoader parent) {
        super("bench-peer", urls, parent);
    }

    static BenchPeer duckDb() throws Exception {
        Path application = Path.of(PeerLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path benchLib = application.getParent().resolve("bench-lib");
        List<URL> urls = new ArrayList<>();
        urls.add(application.toUri().toURL());
        if (Files.isDirectory(benchLib)) {
            try (Stream<Path> jars = Files.list(benchLib)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
        }
        if (urls.size() == 1) {
            throw new IllegalStateException("DuckDB's driver is not in " + benchLib + ": build the application with "
                    + "Maven (mvn -DskipTests package) first");
        }
        @SuppressWarnings("resource") // lives as long as the peer, which is closed by its user
        PeerLoader loader = new PeerLoader(urls.toArray(URL[]::new), PeerLoader.class.getClassLoader());
        return (BenchPeer) loader.loadClass(PEER).getConstructor().newInstance();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.equals(PEER) && !name.startsWith(PEER + "$") && !name.startsWith("org.duckdb.")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
