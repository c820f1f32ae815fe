package org.cthub.app.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.Address;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Consent;
import org.cthub.standard.htcds.DecisionMakingOrganisation;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.Person;
import org.cthub.standard.htcds.TraffickingEvent;
import org.cthub.standard.htcds.TraffickingEventType;
import org.cthub.standard.htcds.TraffickingStatus;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.TypeOfSexExploitation;
import org.cthub.standard.htcds.Victim;

/**
 * Realistic synthetic HTCDS cases for demos, tests and benchmarks, deterministic per seed. Victims' profiles,
 * flows and years follow {@link PublishedFigures}; a share of people are registered again by another
 * organisation, with their names retyped, as happens between hotlines, shelters and the police.
 */
public final class SyntheticCases implements Iterator<SyntheticCases.GeneratedCase> {

    /** A generated case and the code of the organisation that registered it. */
    public record GeneratedCase(String organisation, CaseRecord record) {
    }

    private record Someone(String given, String family, LocalDate birthdate, boolean female, String region,
                           String citizenship, int organisation) {
    }

    private static final double REREGISTERED_SHARE = 0.12;
    private static final double SHARING_CONSENT_SHARE = 0.80;
    private static final double NO_SHARING_CONSENT_SHARE = 0.12;
    private static final int POOL_SIZE = 4096;

    private final SplittableRandom random;
    private final long cases;
    private final int organisations;
    private final Someone[] pool = new Someone[POOL_SIZE];
    private final Perpetrators perpetrators;
    private long produced;

    public SyntheticCases(long cases, int organisations, long seed) {
        if (cases < 0) {
            throw new IllegalArgumentException("The number of cases cannot be negative: " + cases);
        }
        if (organisations < 1) {
            throw new IllegalArgumentException("At least one organisation is needed: " + organisations);
        }
        this.random = new SplittableRandom(seed);
        this.cases = cases;
        this.organisations = organisations;
        this.perpetrators = new Perpetrators(random);
    }

    /** The code of the n-th organisation (0-based), such as {@code ORG01}. */
    public static String organisationCode(int index) {
        return String.format("ORG%02d", index + 1);
    }

    @Override
    public boolean hasNext() {
        return produced < cases;
    }

    @Override
    public GeneratedCase next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        produced++;
        PublishedFigures.Profile profile = PublishedFigures.PROFILES.sample(random);
        PublishedFigures.Flow flow = PublishedFigures.FLOWS.sample(random);
        PublishedFigures.YearBand band = PublishedFigures.YEARS.sample(random);
        LocalDate drawn = LocalDate.of(band.from() + random.nextInt(band.to() - band.from() + 1), 1, 1)
                .plusDays(random.nextInt(365));
        Someone person = someone(profile, flow, drawn);
        // A person registered again keeps their birth date, which may fall after the drawn date.
        LocalDate registered = drawn.isAfter(person.birthdate().plusDays(30)) ? drawn
                : person.birthdate().plusDays(30 + random.nextInt(700));
        String organisation = organisationCode(person.organisation());
        String reference = String.format("%s-%07d", organisation, produced);
        Country citizenship = Countries.byCode(person.citizenship());
        Country exploitedIn = exploitationCountry(flow, citizenship);
        CaseStatus status = PublishedFigures.STATUSES.sample(random);
        Case caseInfo = new Case(reference, status,
                status == CaseStatus.CLOSED ? "Support plan completed" : null, null, registered, null, null);
        Person personRecord = new Person(null, person.given(), null, person.family(), person.birthdate(),
                person.female() ? Gender.FEMININE : Gender.MASCULINE, null, null, null, null, null, null,
                List.of(citizenship), random.nextInt(10) < 3 ? identityNumber() : null, null, null, null,
                random.nextBoolean() ? phone() : null, Address.NONE);
        LocalDate exploited = later(person.birthdate(), registered.minusMonths(1 + random.nextInt(5)));
        LocalDate recruited = later(person.birthdate(), exploited.minusMonths(random.nextInt(30)));
        int ageAtExploitation = ageAt(person.birthdate(), recruited);
        Victim victim = new Victim(traffickingStatus(), decisionMaker(),
                PublishedFigures.RELATIONS.sample(random), ageAtExploitation, Set.of(), Set.of(), null,
                means(), types(profile), sectors(profile), sexTypes(profile), null, exploitedIn, Set.of(),
                Set.of(), null, null, null, null);
        List<TraffickingEvent> events = List.of(
                new TraffickingEvent(TraffickingEventType.RECRUITMENT, recruited,
                        new Address(null, null, null, null, citizenship, null, null), null),
                new TraffickingEvent(TraffickingEventType.EXPLOITATION, exploited,
                        new Address(null, null, null, null, exploitedIn, null, null), null));
        CaseRecord record = new CaseRecord(caseInfo, personRecord, victim, perpetrators.some(), events, List.of(),
                List.of(), List.of(), consent(), null);
        return new GeneratedCase(organisation, record);
    }

    private Someone someone(PublishedFigures.Profile profile, PublishedFigures.Flow flow, LocalDate registered) {
        if (organisations > 1 && produced > POOL_SIZE && random.nextDouble() < REREGISTERED_SHARE) {
            Someone known = pool[random.nextInt(POOL_SIZE)];
            int other = (known.organisation() + 1 + random.nextInt(organisations - 1)) % organisations;
            boolean retype = random.nextInt(4) == 0;
            return new Someone(retype ? Names.retyped(known.given(), random) : known.given(), known.family(),
                    known.birthdate(), known.female(), known.region(), known.citizenship(), other);
        }
        int age = profile.minor() ? minorAge() : adultAge();
        LocalDate birthdate = registered.minusYears(age).minusDays(30 + random.nextInt(330));
        String region = flow.citizenshipRegion();
        Someone fresh = new Someone(Names.given(region, profile.female(), random), Names.family(region, random),
                birthdate, profile.female(), region, PublishedFigures.citizenships(region).sample(random),
                random.nextInt(organisations));
        pool[(int) (produced % POOL_SIZE)] = fresh;
        return fresh;
    }

    private Country exploitationCountry(PublishedFigures.Flow flow, Country citizenship) {
        if (flow.citizenshipRegion().equals(flow.exploitationRegion())
                && random.nextDouble() < PublishedFigures.DOMESTIC_SHARE) {
            return citizenship;
        }
        return Countries.byCode(PublishedFigures.exploitationCountries(flow.exploitationRegion()).sample(random));
    }

    private int minorAge() {
        return random.nextInt(100) < 15 ? random.nextInt(9) : 9 + random.nextInt(9);
    }

    private int adultAge() {
        int total = PublishedFigures.ADULT_AGES.stream().mapToInt(band -> band[2]).sum();
        int pick = random.nextInt(total);
        for (int[] band : PublishedFigures.ADULT_AGES) {
            pick -= band[2];
            if (pick < 0) {
                return band[0] + random.nextInt(band[1] - band[0] + 1);
            }
        }
        throw new AssertionError("unreachable: the weights add up");
    }

    /** The date, or the day after birth when the date would come before it. */
    private static LocalDate later(LocalDate birthdate, LocalDate date) {
        return date.isAfter(birthdate) ? date : birthdate.plusDays(1);
    }

    private static int ageAt(LocalDate birthdate, LocalDate date) {
        return java.time.Period.between(birthdate, date).getYears();
    }

    private TraffickingStatus traffickingStatus() {
        int pick = random.nextInt(100);
        return pick < 75 ? TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING
                : pick < 97 ? TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING
                : TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING;
    }

    private DecisionMakingOrganisation decisionMaker() {
        DecisionMakingOrganisation[] all = DecisionMakingOrganisation.values();
        return all[random.nextInt(all.length)];
    }

    private Set<MethodOfControl> means() {
        int count = random.nextInt(100) < 15 ? 0 : 1 + random.nextInt(4);
        Set<MethodOfControl> means = EnumSet.noneOf(MethodOfControl.class);
        for (int i = 0; i < count; i++) {
            means.add(PublishedFigures.MEANS.sample(random));
        }
        return means;
    }

    private Set<TypeOfExploitation> types(PublishedFigures.Profile profile) {
        Set<TypeOfExploitation> types = EnumSet.noneOf(TypeOfExploitation.class);
        if (profile.forcedLabour()) {
            types.add(TypeOfExploitation.FORCED_LABOUR);
        }
        if (profile.sexualExploitation()) {
            types.add(TypeOfExploitation.SEXUAL_EXPLOITATION);
        }
        if (types.isEmpty()) {
            types.add(profile.minor() && random.nextInt(3) == 0 ? TypeOfExploitation.CHILD_LABOUR
                    : PublishedFigures.OTHER_TYPES.sample(random));
        }
        return types;
    }

    private Set<ForcedLabourIndustry> sectors(PublishedFigures.Profile profile) {
        if (!profile.forcedLabour() || random.nextInt(100) < 20) {
            return Set.of();
        }
        return EnumSet.of(PublishedFigures.SECTORS.sample(random));
    }

    private Set<TypeOfSexExploitation> sexTypes(PublishedFigures.Profile profile) {
        if (!profile.sexualExploitation() || random.nextInt(100) < 25) {
            return Set.of();
        }
        return EnumSet.of(PublishedFigures.SEX_TYPES.sample(random));
    }

    private Consent consent() {
        double pick = random.nextDouble();
        Boolean share = pick < SHARING_CONSENT_SHARE ? Boolean.TRUE
                : pick < SHARING_CONSENT_SHARE + NO_SHARING_CONSENT_SHARE ? Boolean.FALSE : null;
        return new Consent(Boolean.TRUE, share);
    }

    private String identityNumber() {
        return "X" + (10_000_000 + random.nextInt(90_000_000));
    }

    private String phone() {
        return "+" + (200 + random.nextInt(700)) + (1_000_000 + random.nextInt(9_000_000));
    }

    /** The organisations used; for callers that write one file per organisation. */
    public List<String> organisationCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < organisations; i++) {
            codes.add(organisationCode(i));
        }
        return codes;
    }
}
