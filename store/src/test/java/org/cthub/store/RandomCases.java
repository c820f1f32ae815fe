package org.cthub.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;
import org.cthub.standard.htcds.*;

/**
 * Random, complete case records of generated people. Every secret value (identifiers and free text) starts
 * with {@link #SECRET_MARK}, which no open value contains, so a test can tell at a glance whether a secret
 * leaked. Birth dates fall in 1900-1950, every other date in 2000-2030. About a fifth of the fields are null.
 */
public final class RandomCases {

    /** The first character of every secret string. */
    public static final String SECRET_MARK = "§";

    /** Characters that JSON must escape, and some that markup would. */
    private static final String SPECIALS = "\"\\/\n\t\u0000'<>{}";

    private final Random random;

    public RandomCases(long seed) {
        this(new Random(seed));
    }

    public RandomCases(Random random) {
        this.random = random;
    }

    public CaseRecord next() {
        return next("REF-" + open());
    }

    public CaseRecord next(String reference) {
        return new CaseRecord(
                new Case(reference, maybe(() -> pick(CaseStatus.class)), secret(), secret(), maybe(this::date),
                        maybe(() -> 2000 + random.nextInt(30)), maybe(this::open)),
                person(), victim(), list(this::perpetrator), list(this::event), list(this::referral),
                list(() -> new CaseComment(secret())), list(this::supportPlan),
                maybe(() -> new Consent(maybe(random::nextBoolean), maybe(random::nextBoolean))),
                maybe(this::summary));
    }

    private Person person() {
        return new Person(secret(), secret(), secret(), secret(),
                maybe(() -> LocalDate.of(1900 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))),
                maybe(() -> pick(Gender.class)), maybe(random::nextBoolean), maybe(() -> pick(MaritalStatus.class)),
                maybe(() -> random.nextInt(8)), maybe(this::language), maybe(this::language),
                maybe(() -> pick(EducationLevel.class)), countries(), secret(), secret(), secret(), secret(), secret(),
                maybe(() -> address(true)));
    }

    private Victim victim() {
        return new Victim(maybe(() -> pick(TraffickingStatus.class)), maybe(() -> pick(DecisionMakingOrganisation.class)),
                maybe(() -> pick(RelationshipToTrafficker.class)), maybe(() -> random.nextInt(80)),
                set(WebsiteOrApp.class), set(MethodOfRecruitment.class), secret(), set(MethodOfControl.class),
                set(TypeOfExploitation.class), set(ForcedLabourIndustry.class), set(TypeOfSexExploitation.class),
                secret(), maybe(this::country), set(WebsiteOrApp.class), set(Vulnerability.class),
                maybe(() -> pick(AgeBand.class)), maybe(() -> pick(MajorityStatus.class)), maybe(this::open),
                maybe(this::open));
    }

    private Perpetrator perpetrator() {
        return new Perpetrator(maybe(() -> pick(Gender.class)), maybe(() -> 15 + random.nextInt(60)), countries(),
                set(PerpetratorRole.class), secret());
    }

    private TraffickingEvent event() {
        return new TraffickingEvent(maybe(() -> pick(TraffickingEventType.class)), maybe(this::date),
                maybe(() -> address(false)), secret());
    }

    private Address address(boolean allSecret) {
        return new Address(secret(), allSecret ? secret() : maybe(this::open), allSecret ? secret() : maybe(this::open),
                secret(), maybe(this::country), maybe(() -> random.nextDouble() * 180 - 90),
                maybe(() -> random.nextDouble() * 360 - 180));
    }

    private Referral referral() {
        return new Referral(maybe(() -> pick(Referral.Direction.class)), secret(), secret(),
                maybe(() -> pick(ReferralReason.class)), maybe(this::date), secret());
    }

    private SupportPlan supportPlan() {
        return new SupportPlan(maybe(() -> pick(SupportPlanType.class)), secret(), secret(), maybe(this::date),
                maybe(this::date));
    }

    private PerpetratorSummary summary() {
        return new PerpetratorSummary(set(Gender.class), strings(), strings(), strings(), strings(),
                set(PerpetratorRole.class));
    }

    /** A secret text: the mark, then up to 20 characters of any kind, quotes and control characters included. */
    public String secret() {
        if (random.nextInt(5) == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder(SECRET_MARK);
        int length = random.nextInt(21);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> (char) ('a' + random.nextInt(26));
                case 1 -> SPECIALS.charAt(random.nextInt(SPECIALS.length()));
                case 2 -> (char) (0x00C0 + random.nextInt(0x2000));
                default -> (char) (0x3040 + random.nextInt(0x6000));
            });
        }
        return text.toString();
    }

    /** An open text: printable ASCII, sometimes empty. */
    public String open() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append((char) (' ' + random.nextInt(95)));
        }
        return text.toString();
    }

    private LocalDate date() {
        return LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private Country country() {
        return TestCatalogue.COUNTRIES.get(random.nextInt(TestCatalogue.COUNTRIES.size()));
    }

    private IsoLanguage language() {
        return TestCatalogue.LANGUAGES.get(random.nextInt(TestCatalogue.LANGUAGES.size()));
    }

    private List<Country> countries() {
        List<Country> countries = new ArrayList<>();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
            countries.add(country());
        }
        return countries;
    }

    private Set<String> strings() {
        Set<String> strings = new HashSet<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            strings.add(open());
        }
        return strings;
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> Set<E> set(Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextInt(4) == 0) {
                values.add(value);
            }
        }
        return values;
    }

    private <T> List<T> list(Supplier<T> element) {
        List<T> list = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(5) == 0 ? null : value.get();
    }
}
