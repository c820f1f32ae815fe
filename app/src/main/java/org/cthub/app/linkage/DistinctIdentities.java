package org.cthub.app.linkage;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.encode.EncodedRecord;
import org.cthub.linkage.normalise.FieldKind;
import org.cthub.linkage.normalise.NormalisedRecord;

/**
 * How many different identities a linkage's records hold: records equal on every field (after normalising, or
 * with equal filters when encoded) count once. A linkage may find fewer persons than this (a typo makes two
 * records of one person distinct), but not far fewer; {@link LinkageSummary#implausible()} relies on it.
 */
final class DistinctIdentities {

    private DistinctIdentities() {
    }

    static long plain(List<PersonRecord> records, List<FieldKind> kinds) {
        Set<List<String>> distinct = new HashSet<>();
        for (PersonRecord record : records) {
            distinct.add(Arrays.asList(NormalisedRecord.of(record.values(), kinds).text()));
        }
        return distinct.size();
    }

    static long encoded(List<EncodedRecord> records) {
        Set<List<Long>> distinct = new HashSet<>();
        for (EncodedRecord record : records) {
            distinct.add(Arrays.stream(record.fields()).flatMapToLong(Arrays::stream).boxed().toList());
        }
        return distinct.size();
    }
}
