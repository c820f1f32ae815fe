package org.cthub.linkage.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.cthub.linkage.PersonRecord;

/**
 * Duke 1.2 on the same FEBRL records, configured as its documentation's examples are and not tuned: one
 * property per FEBRL column with a stock comparator and low/high probabilities of the usual size (names
 * Jaro-Winkler, text and dates Levenshtein, codes exact), threshold 0.9 like ours, Duke's default in-memory
 * Lucene index for candidates. Link mode keeps each record's best match (Duke's default for linking).
 */
final class DukeSideBySide {

    /** Precision, recall, F1 and seconds. */
    record Outcome(double precision, double recall, double f1, double seconds, long matches) {
    }

    private DukeSideBySide() {
    }

    static ConfigurationImpl configuration() {
        Comparator jaroWinkler = new JaroWinkler();
        Comparator levenshtein = new Levenshtein();
        Comparator exact = new ExactComparator();
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl("ID"));
        properties.add(new PropertyImpl("given_name", jaroWinkler, 0.3, 0.88));
        properties.add(new PropertyImpl("surname", jaroWinkler, 0.3, 0.88));
        properties.add(new PropertyImpl("street_number", exact, 0.4, 0.65));
        properties.add(new PropertyImpl("address_1", levenshtein, 0.4, 0.75));
        properties.add(new PropertyImpl("address_2", levenshtein, 0.45, 0.6));
        properties.add(new PropertyImpl("suburb", levenshtein, 0.4, 0.7));
        properties.add(new PropertyImpl("postcode", levenshtein, 0.4, 0.75));
        properties.add(new PropertyImpl("state", exact, 0.45, 0.55));
        properties.add(new PropertyImpl("date_of_birth", levenshtein, 0.3, 0.85));
        properties.add(new PropertyImpl("soc_sec_id", levenshtein, 0.2, 0.9));
        ConfigurationImpl config = new ConfigurationImpl();
        config.setProperties(properties);
        config.setThreshold(0.9);
        return config;
    }

    /** FEBRL4: list a against list b. */
    static Outcome link(List<PersonRecord> a, List<PersonRecord> b, long truePairs) {
        ConfigurationImpl config = configuration();
        config.addDataSource(1, source(a));
        config.addDataSource(2, source(b));
        return run(config, truePairs, false);
    }

    /** FEBRL3: one list against itself. */
    static Outcome deduplicate(List<PersonRecord> records, long truePairs) {
        ConfigurationImpl config = configuration();
        config.addDataSource(0, source(records));
        return run(config, truePairs, true);
    }

    private static Outcome run(ConfigurationImpl config, long truePairs, boolean dedupe) {
        long start = System.nanoTime();
        Set<String> pairs = new HashSet<>();
        Processor processor = new Processor(config, true);
        processor.setThreads(Runtime.getRuntime().availableProcessors());
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public synchronized void matches(Record r1, Record r2, double confidence) {
                String x = r1.getValue("ID");
                String y = r2.getValue("ID");
                pairs.add(x.compareTo(y) < 0 ? x + " " + y : y + " " + x);
            }
        });
        try {
            if (dedupe) {
                processor.deduplicate();
            } else {
                processor.link();
            }
        } finally {
            processor.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long tp = pairs.stream().filter(p -> {
            String[] ids = p.split(" ");
            return Febrl.entity(ids[0]).equals(Febrl.entity(ids[1]));
        }).count();
        double[] prf = Febrl.prf(tp, pairs.size() - tp, truePairs);
        return new Outcome(prf[0], prf[1], prf[2], seconds, pairs.size());
    }

    private static DataSource source(List<PersonRecord> records) {
        List<Record> out = new ArrayList<>();
        for (PersonRecord person : records) {
            RecordImpl record = new RecordImpl();
            record.addValue("ID", person.id());
            for (int f = 0; f < Febrl.FIELDS.size(); f++) {
                String value = person.values().get(f);
                if (value != null && !value.isBlank()) {
                    record.addValue(Febrl.FIELDS.get(f), value);
                }
            }
            out.add(record);
        }
        return new InMemoryDataSource(out);
    }
}
