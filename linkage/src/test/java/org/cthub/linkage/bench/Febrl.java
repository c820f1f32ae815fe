package org.cthub.linkage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cthub.linkage.LinkageResult;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.block.CandidatePairs;

/** Reads FEBRL files (", "-separated, header first) and scores linkages against their ground truth. */
public final class Febrl {

    public static final List<String> FIELDS = List.of("given_name", "surname", "street_number", "address_1",
            "address_2", "suburb", "postcode", "state", "date_of_birth", "soc_sec_id");

    private Febrl() {
    }

    public static List<PersonRecord> read(Path file, String source) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = Arrays.stream(lines.get(0).split(",")).map(String::strip).toList();
        List<PersonRecord> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            List<String> values = new ArrayList<>();
            for (String field : FIELDS) {
                values.add(cells[header.indexOf(field)].strip());
            }
            out.add(new PersonRecord(cells[0].strip(), source, values));
        }
        return out;
    }

    /** The entity of a FEBRL id: N in rec-N-org or rec-N-dup-M. */
    public static String entity(String id) {
        return id.split("-")[1];
    }

    /** True pairs, packed, among records of different sources only when {@code crossOnly}. */
    public static long[] truePairs(List<String> ids, List<String> sources, boolean crossOnly) {
        Map<String, List<Integer>> byEntity = new HashMap<>();
        for (int r = 0; r < ids.size(); r++) {
            byEntity.computeIfAbsent(entity(ids.get(r)), k -> new ArrayList<>()).add(r);
        }
        List<Long> pairs = new ArrayList<>();
        for (List<Integer> members : byEntity.values()) {
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    int i = members.get(a);
                    int j = members.get(b);
                    if (!crossOnly || !sources.get(i).equals(sources.get(j))) {
                        pairs.add(CandidatePairs.pack(i, j));
                    }
                }
            }
        }
        return pairs.stream().mapToLong(Long::longValue).toArray();
    }

    /** Precision, recall, F1 of the candidate pairs at or above {@code threshold}. */
    public static double[] score(LinkageResult result, long truePairs, double threshold) {
        long tp = 0;
        long fp = 0;
        for (int k = 0; k < result.candidates().length; k++) {
            if (result.probabilities()[k] >= threshold) {
                long pair = result.candidates()[k];
                boolean same = entity(result.ids().get(CandidatePairs.first(pair)))
                        .equals(entity(result.ids().get(CandidatePairs.second(pair))));
                if (same) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        return prf(tp, fp, truePairs);
    }

    /** Precision, recall, F1 of the pairs implied by the clusters. */
    public static double[] scoreClusters(LinkageResult result, long truePairs, boolean crossOnly) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int r = 0; r < result.clusters().length; r++) {
            members.computeIfAbsent(result.clusters()[r], k -> new ArrayList<>()).add(r);
        }
        long tp = 0;
        long fp = 0;
        for (List<Integer> m : members.values()) {
            for (int a = 0; a < m.size(); a++) {
                for (int b = a + 1; b < m.size(); b++) {
                    int i = m.get(a);
                    int j = m.get(b);
                    if (crossOnly && result.sources().get(i).equals(result.sources().get(j))) {
                        continue;
                    }
                    if (entity(result.ids().get(i)).equals(entity(result.ids().get(j)))) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
        }
        return prf(tp, fp, truePairs);
    }

    static double[] prf(long tp, long fp, long truePairs) {
        double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        double recall = (double) tp / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }
}
