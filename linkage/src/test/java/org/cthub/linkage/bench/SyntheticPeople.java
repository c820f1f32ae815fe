package org.cthub.linkage.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cthub.linkage.PersonRecord;

/**
 * Two lists of generated people with known true matches, corrupted as FEBRL's generator (Christen 2005, dsgen)
 * corrupts its duplicates: one to three of typos (insertion, deletion, substitution, transposition), given name
 * and surname swapped, a value missing, a nickname or spelling variant, day and month of birth swapped, one
 * digit of the id mistyped. Names are syllable-built, so the pools are large and unevenly frequent like real
 * names (a Zipf-like draw). Seeded: the same arguments give the same lists.
 */
final class SyntheticPeople {

    static final List<String> FIELDS = List.of("given_name", "surname", "address", "suburb", "postcode",
        "date_of_birth", "soc_sec_id");
    private static final String[] STREET_TYPES = {"street", "road", "avenue", "lane", "close", "place", "drive"};

    private static final String[] ONSETS = {"b", "br", "ch", "d", "f", "g", "h", "j", "k", "kh", "l", "m", "n", "p",
        "r", "s", "sh", "t", "th", "v", "w", "y", "z", "al", "el", "", "", ""};
    private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ia", "ou", "ee", "an", "en", "in", "on",
        "ar", "er", "ir", "or", "ay"};
    private static final String[][] VARIANTS = {{"mohammed", "muhammad", "mohamed"}, {"katherine", "catherine",
        "kate"}, {"aleksandr", "alexander", "sasha"}, {"yusuf", "youssef", "joseph"}, {"fatima", "fatimah",
        "fatma"}};

    /** The two lists: a (n records) and b (n records, the first {@code matches} of them copies of a's). */
    record Lists(List<PersonRecord> a, List<PersonRecord> b, int[] partnerOfB, int matches) {
    }

    private final SplittableRandom random;
    private final String[] given;
    private final String[] surnames;
    private final String[] streets;
    private final String[] suburbs;

    SyntheticPeople(long seed, int givenPool, int surnamePool, int streetPool, int suburbPool) {
        random = new SplittableRandom(seed);
        given = names(givenPool, 2);
        surnames = names(surnamePool, 3);
        streets = names(streetPool, 3);
        suburbs = names(suburbPool, 2);
    }

    Lists lists(int n, double matchShare) {
        List<PersonRecord> a = new ArrayList<>(n);
        List<List<String>> people = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> person = person();
            people.add(person);
            a.add(new PersonRecord("a" + i, "a", person));
        }
        int matches = (int) (n * matchShare);
        int[] partner = new int[n];
        List<PersonRecord> b = new ArrayList<>(n);
        // b's first records are corrupted copies of a random sample of a's people, each person at most once.
        int[] order = permutation(n);
        for (int j = 0; j < n; j++) {
            if (j < matches) {
                partner[j] = order[j];
                b.add(new PersonRecord("b" + j, "b", corrupt(people.get(order[j]))));
            } else {
                partner[j] = -1;
                b.add(new PersonRecord("b" + j, "b", person()));
            }
        }
        return new Lists(a, b, partner, matches);
    }

    private List<String> person() {
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(65 * 365));
        String first = random.nextInt(50) == 0 ? VARIANTS[random.nextInt(VARIANTS.length)][0] : zipf(given);
        String address = (1 + random.nextInt(300)) + " " + streets[random.nextInt(streets.length)] + " "
                + STREET_TYPES[random.nextInt(STREET_TYPES.length)];
        return new ArrayList<>(List.of(first, zipf(surnames), address, zipf(suburbs),
                String.format("%04d", random.nextInt(10_000)), born.toString(),
                String.format("%07d", random.nextInt(10_000_000))));
    }

    private List<String> corrupt(List<String> original) {
        List<String> v = new ArrayList<>(original);
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            int field = random.nextInt(v.size());
            switch (random.nextInt(6)) {
                case 0, 1 -> v.set(field, typo(v.get(field)));
                case 2 -> {
                    String first = v.get(0);
                    v.set(0, v.get(1));
                    v.set(1, first);
                }
                case 3 -> v.set(field, "");
                case 4 -> v.set(0, variant(v.get(0)));
                default -> v.set(5, swapDayMonth(v.get(5)));
            }
        }
        return v;
    }

    private String typo(String value) {
        if (value.length() < 2) {
            return value;
        }
        int at = random.nextInt(value.length() - 1);
        char letter = Character.isDigit(value.charAt(at)) ? (char) ('0' + random.nextInt(10)) : (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> value.substring(0, at) + letter + value.substring(at);
            case 1 -> value.substring(0, at) + value.substring(at + 1);
            case 2 -> value.substring(0, at) + letter + value.substring(at + 1);
            default -> value.substring(0, at) + value.charAt(at + 1) + value.charAt(at) + value.substring(at + 2);
        };
    }

    private String variant(String name) {
        for (String[] group : VARIANTS) {
            for (String spelling : group) {
                if (spelling.equals(name)) {
                    return group[random.nextInt(group.length)];
                }
            }
        }
        return name.endsWith("a") ? name + "h" : name.replaceFirst("ee", "i");
    }

    private static String swapDayMonth(String date) {
        LocalDate d;
        try {
            d = LocalDate.parse(date);
        } catch (java.time.DateTimeException e) {
            return date;
        }
        return d.getDayOfMonth() > 12 ? date : LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue())
                .toString();
    }

    /** Index ~ pool × u², so low indexes are common: a few frequent names and a long tail. */
    private String zipf(String[] pool) {
        double u = random.nextDouble();
        return pool[(int) (pool.length * u * u)];
    }

    private String[] names(int count, int syllables) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        while (out.size() < count) {
            StringBuilder name = new StringBuilder();
            int parts = 1 + random.nextInt(syllables) + (syllables > 2 ? 1 : 0);
            for (int p = 0; p < parts; p++) {
                name.append(ONSETS[random.nextInt(ONSETS.length)]).append(NUCLEI[random.nextInt(NUCLEI.length)]);
            }
            if (name.length() >= 3) {
                out.add(name.toString());
            }
        }
        return out.toArray(String[]::new);
    }

    private int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
        return order;
    }
}
