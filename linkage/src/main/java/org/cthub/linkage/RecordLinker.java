package org.cthub.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.linkage.block.BitSamplingLsh;
import org.cthub.linkage.block.BlockingKeys;
import org.cthub.linkage.block.CandidatePairs;
import org.cthub.linkage.block.KeyBlocker;
import org.cthub.linkage.cluster.PersonClusters;
import org.cthub.linkage.encode.EncodedRecord;
import org.cthub.linkage.encode.RecordEncoder;
import org.cthub.linkage.match.ComparisonPatterns;
import org.cthub.linkage.match.EncodedComparator;
import org.cthub.linkage.match.ExpectationMaximisation;
import org.cthub.linkage.match.FellegiSunterModel;
import org.cthub.linkage.match.PairComparator;
import org.cthub.linkage.match.PlainComparator;
import org.cthub.linkage.match.RandomPairs;
import org.cthub.linkage.normalise.NormalisedRecord;

/**
 * Links records on plain values or on encodings: blocking, comparison, u from random pairs, m and λ by EM,
 * match probabilities, clustering into persons. The entry point of the module (docs/linkage.md).
 * Stateless apart from its options; comparison runs on all cores of the common fork-join pool.
 */
public final class RecordLinker {

    /** Bands and bits per band of the LSH on the CLK: (1-h)^24 is 0.48 at h = 0.03, 3e-6 at h = 0.4. */
    static final int LSH_BANDS = 40;
    static final int LSH_BITS = 24;
    private static final int RANDOM_PAIRS = 200_000;
    static final double MATCHES_PER_RECORD = 2;
    /**
     * Fields are identifiers: at least half of the pairs of one person's records agree exactly on each (FEBRL's
     * fields: 0.7 to 0.95). Without it EM may settle on a class in which a name or the birth date says nothing.
     */
    static final double MIN_EXACT = 0.7;

    private final LinkageOptions options;

    /** @param options what to link and how */
    public RecordLinker(LinkageOptions options) {
        this.options = options;
    }

    /**
     * @param records plain records from one or more sources, values in the order of the options' fields
     * @return the linkage
     */
    public LinkageResult linkPlain(List<PersonRecord> records) {
        List<NormalisedRecord> normalised = records.parallelStream()
                .map(r -> NormalisedRecord.of(r.values(), options.kinds())).toList();
        long[][] keys = normalised.parallelStream().map(r -> BlockingKeys.plain(r, options.kinds()))
                .toArray(long[][]::new);
        return run(records.stream().map(PersonRecord::id).toList(),
                records.stream().map(PersonRecord::source).toList(),
                new PlainComparator(normalised, options.kinds()), keys);
    }

    /**
     * @param records encoded records from one or more sources, fields in the order of the options' fields
     * @return the linkage
     */
    public LinkageResult linkEncoded(List<EncodedRecord> records) {
        BitSamplingLsh lsh = new BitSamplingLsh(RecordEncoder.CLK_BITS, LSH_BANDS, LSH_BITS, options.seed());
        long[][] keys = records.parallelStream().map(r -> BlockingKeys.encoded(r, lsh)).toArray(long[][]::new);
        return run(records.stream().map(EncodedRecord::id).toList(),
                records.stream().map(EncodedRecord::source).toList(),
                new EncodedComparator(records, options.kinds()), keys);
    }

    /**
     * Encodes plain records inside an organisation.
     *
     * @param secret  the shared secret, at least 32 bytes
     * @param records the records
     * @return their encodings, in order, with the records' sources
     */
    public List<EncodedRecord> encode(byte[] secret, List<PersonRecord> records) {
        RecordEncoder encoder = new RecordEncoder(secret, options.fields(), options.kinds());
        return records.parallelStream()
                .map(r -> encoder.encode(r.id(), NormalisedRecord.of(r.values(), options.kinds()))
                        .withSource(r.source()))
                .toList();
    }

    private LinkageResult run(List<String> ids, List<String> sourceNames, PairComparator comparator, long[][] keys) {
        int[] source = sourceIndexes(sourceNames);
        long[] candidates = new KeyBlocker(options.maxBlockSize()).pairs(keys, source, options.crossSourceOnly());
        ComparisonPatterns patterns = ComparisonPatterns.of(comparator, candidates);
        double[][] u = RandomPairs.estimateU(comparator, source, options.crossSourceOnly(), RANDOM_PAIRS,
                options.seed());
        double maxLambda = maxLambda(ids.size(), candidates.length);
        FellegiSunterModel model = new ExpectationMaximisation(200, 1e-6).fit(patterns.distinct(), patterns.counts(),
                new FellegiSunterModel(Math.min(0.1, maxLambda / 2), startM(u), u), false, maxLambda, MIN_EXACT);
        double[] probabilities = patterns.probabilities(model);
        List<LinkageResult.Match> matches = new ArrayList<>();
        int[] first = new int[candidates.length];
        int[] second = new int[candidates.length];
        for (int k = 0; k < candidates.length; k++) {
            first[k] = CandidatePairs.first(candidates[k]);
            second[k] = CandidatePairs.second(candidates[k]);
            if (probabilities[k] >= options.threshold()) {
                matches.add(new LinkageResult.Match(first[k], second[k], probabilities[k]));
            }
        }
        int[] clusters = PersonClusters.assign(source, first, second, probabilities, options.threshold(),
                options.maxClusterSize(), options.onePerSource());
        List<List<String>> labels = new ArrayList<>();
        for (int f = 0; f < comparator.fields(); f++) {
            List<String> levels = new ArrayList<>();
            for (int l = 0; l < comparator.levels(f); l++) {
                levels.add(comparator.label(f, l));
            }
            labels.add(levels);
        }
        return new LinkageResult(ids, sourceNames, candidates, probabilities, List.copyOf(matches), clusters, model,
                labels, options.threshold());
    }

    /**
     * The largest believable share of matches among the candidate pairs: at most {@value #MATCHES_PER_RECORD}
     * matching pairs per record on average (FEBRL3, duplicates up to nine per person, has 1.3). Without the
     * bound, EM on lists with few distinct given names took "same given name and gender" for "same person", a
     * tenth of 359,022 candidate pairs among 2,616 records.
     */
    static double maxLambda(int records, long candidates) {
        return candidates == 0 ? 0.5 : Math.max(1e-4, Math.min(0.5, MATCHES_PER_RECORD * records / (double) candidates));
    }

    /** Starting m: most matches agree exactly, a few at each weaker level. */
    private static double[][] startM(double[][] u) {
        double[][] m = new double[u.length][];
        for (int f = 0; f < u.length; f++) {
            m[f] = new double[u[f].length];
            Arrays.fill(m[f], 0.1 / Math.max(1, m[f].length - 1));
            m[f][0] = 0.9;
        }
        return m;
    }

    private static int[] sourceIndexes(List<String> names) {
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] out = new int[names.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = index.computeIfAbsent(names.get(r) == null ? "" : names.get(r), k -> index.size());
        }
        return out;
    }
}
