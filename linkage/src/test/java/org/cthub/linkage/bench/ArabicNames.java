package org.cthub.linkage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.cthub.linkage.match.JaroWinkler;
import org.cthub.linkage.normalise.ConsonantSkeleton;
import org.cthub.linkage.normalise.TextNormaliser;

/**
 * Arabic-script name against its Latin spelling: recall of true pairs at a 1% false-match rate, the threshold
 * set on random non-pairs, comparing Jaro-Winkler on ICU transliterations with and without consonant skeletons.
 */
final class ArabicNames {

    private ArabicNames() {
    }

    static void run(Path file) throws Exception {
        List<String[]> pairs = Files.readAllLines(file).stream().map(l -> l.split("\t")).filter(p -> p.length >= 2)
                .toList();
        String[] arabic = pairs.stream().map(p -> TextNormaliser.name(p[0])).toArray(String[]::new);
        String[] latin = pairs.stream().map(p -> TextNormaliser.name(p[1])).toArray(String[]::new);
        System.out.printf(Locale.ROOT, "%n== Arabic-to-Latin names (%s, %d pairs): recall at 1%% false matches%n",
                file.getFileName(), pairs.size());
        report("exact transliteration", arabic, latin, (a, b) -> a.equals(b) ? 1.0 : 0.0);
        report("jaro-winkler on transliteration", arabic, latin, JaroWinkler::similarity);
        report("jaro-winkler on consonant skeleton", arabic, latin,
                (a, b) -> JaroWinkler.similarity(ConsonantSkeleton.of(a), ConsonantSkeleton.of(b)));
        report("max of both (the NAME comparator)", arabic, latin,
                (a, b) -> Math.max(JaroWinkler.similarity(a, b),
                        JaroWinkler.similarity(ConsonantSkeleton.of(a), ConsonantSkeleton.of(b))));
    }

    private static void report(String name, String[] arabic, String[] latin, BiFunction<String, String, Double> sim) {
        int n = arabic.length;
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            truth[i] = sim.apply(arabic[i], latin[i]);
        }
        SplittableRandom random = new SplittableRandom(7);
        double[] random20 = new double[20 * n];
        for (int k = 0; k < random20.length; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            random20[k] = latin[i].equals(latin[j]) ? 0 : sim.apply(arabic[i], latin[j]);
        }
        Arrays.sort(random20);
        double threshold = Math.nextUp(random20[(int) (0.99 * random20.length)]);
        long found = Arrays.stream(truth).filter(s -> s >= threshold).count();
        System.out.printf(Locale.ROOT, "   %-38s threshold %.3f recall %.4f%n", name, threshold, (double) found / n);
    }
}
