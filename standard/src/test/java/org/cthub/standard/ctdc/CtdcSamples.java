package org.cthub.standard.ctdc;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.cthub.standard.ctdc.Ctdc2017Flags.Datasource;
import org.cthub.standard.ctdc.Ctdc2017Flags.Exploitation;
import org.cthub.standard.ctdc.Ctdc2017Flags.Labour;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.MajorityStatus;

/**
 * Random valid CTDC records. "Representable" records hold only what HTCDS can hold (docs/ctdc-mapping.md,
 * "What is lost"): those must survive import and derivation unchanged.
 */
final class CtdcSamples {

    private static final List<Country> COUNTRIES = Countries.all();
    private static final List<Country> COUNTRIES_2024 =
            COUNTRIES.stream().filter(country -> !country.alpha2().equals("XK")).toList();

    private CtdcSamples() {
    }

    static Ctdc2024Record random2024(Random random, boolean representable) {
        Set<Ctdc2024Record.Relation> relations = subset(random, Ctdc2024Record.Relation.class);
        if (representable) {
            relations.remove(Ctdc2024Record.Relation.INTIMATE_PARTNER);
            relations = atMostOne(random, relations);
        }
        return new Ctdc2024Record(maybe(random, 2002 + random.nextInt(22)), maybe(random, CtdcGender.values()),
                maybe(random, AgeBand.values()), maybe(random, COUNTRIES_2024), maybe(random, COUNTRIES_2024),
                representable ? null : maybe(random, Ctdc2024Record.TraffickMonths.values()),
                subset(random, Ctdc2024Record.Means.class), subset(random, Ctdc2024Record.Exploitation.class),
                subset(random, Ctdc2024Record.Labour.class), subset(random, Ctdc2024Record.Sex.class), relations);
    }

    static Ctdc2017Record random2017(Random random, boolean representable) {
        AgeBand band = maybe(random, AgeBand.values());
        MajorityStatus majority = band == null ? maybe(random, MajorityStatus.values())
                : maybe(random, band.isMinor() ? MajorityStatus.MINOR : MajorityStatus.ADULT);
        Set<Ctdc2017Flags.Means> means = subset(random, Ctdc2017Flags.Means.class);
        Set<Exploitation> exploitation = subset(random, Exploitation.class);
        Set<Labour> labour = subset(random, Labour.class);
        Set<Ctdc2017Flags.Relation> relations = subset(random, Ctdc2017Flags.Relation.class);
        if (representable) {
            means.removeAll(EnumSet.of(Ctdc2017Flags.Means.RESTRICTS_MOVEMENT, Ctdc2017Flags.Means.NOT_SPECIFIED));
            labour.removeAll(EnumSet.of(Labour.AQUAFARMING, Labour.ILLICIT_ACTIVITIES, Labour.PEDDLING,
                    Labour.NOT_SPECIFIED));
            if (labour.contains(Labour.BEGGING)) {
                exploitation.add(Exploitation.FORCED_LABOUR);
            }
            exploitation.remove(Exploitation.SEX_AND_LABOUR);
            if (exploitation.containsAll(EnumSet.of(Exploitation.FORCED_LABOUR, Exploitation.SEXUAL))) {
                exploitation.add(Exploitation.SEX_AND_LABOUR);
            }
            relations.removeAll(EnumSet.of(Ctdc2017Flags.Relation.INTIMATE_PARTNER, Ctdc2017Flags.Relation.UNKNOWN));
            relations = atMostOne(random, relations);
        }
        return new Ctdc2017Record(maybe(random, 2002 + random.nextInt(19)),
                representable ? null : maybe(random, Datasource.values()), maybe(random, CtdcGender.values()), band,
                majority, representable ? null : maybe(random, MajorityStatus.values()),
                representable ? null : maybe(random, MajorityStatus.values()), maybe(random, COUNTRIES), means,
                exploitation, labour, subset(random, Ctdc2017Flags.Sex.class), random.nextBoolean(),
                maybe(random, COUNTRIES), relations);
    }

    /** Every valid VP record is representable: the perpetrator summary holds the perpetrator columns. */
    static CtdcVp2022Record randomVp2022(Random random) {
        Predicate<CtdcGender> binary = gender -> gender != CtdcGender.TRANS;
        Set<CtdcGender> ipGenders = subset(random, CtdcGender.class);
        ipGenders.removeIf(binary.negate());
        CtdcRegion[] victimRegions =
                {CtdcRegion.AFRICA, CtdcRegion.AMERICAS_OCEANIA, CtdcRegion.ASIA, CtdcRegion.EUROPE};
        return new CtdcVp2022Record(maybe(random, CtdcVp2022Record.RegistrationPeriod.values()),
                maybe(random, new CtdcGender[] {CtdcGender.FEMALE, CtdcGender.MALE}),
                maybe(random, MajorityStatus.values()), random.nextBoolean(), random.nextBoolean(),
                maybe(random, victimRegions), maybe(random, victimRegions), random.nextBoolean(), ipGenders,
                subset(random, CtdcVp2022Record.PerpetratorAgeBand.class), subset(random, CtdcRegion.class),
                subset(random, CtdcVp2022Record.PerpetratorRelation.class),
                subset(random, CtdcVp2022Record.PaidMoney.class), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean());
    }

    private static <T> T maybe(Random random, T value) {
        return random.nextInt(5) == 0 ? null : value;
    }

    private static <T> T maybe(Random random, T[] values) {
        return maybe(random, values[random.nextInt(values.length)]);
    }

    private static <T> T maybe(Random random, List<T> values) {
        return maybe(random, values.get(random.nextInt(values.size())));
    }

    private static <E extends Enum<E>> Set<E> subset(Random random, Class<E> type) {
        Set<E> subset = EnumSet.noneOf(type);
        int density = random.nextInt(4);
        for (E value : type.getEnumConstants()) {
            if (random.nextInt(4) < density) {
                subset.add(value);
            }
        }
        return subset;
    }

    private static <E extends Enum<E>> Set<E> atMostOne(Random random, Set<E> values) {
        List<E> list = List.copyOf(values);
        return list.isEmpty() ? values : EnumSet.of(list.get(random.nextInt(list.size())));
    }
}
