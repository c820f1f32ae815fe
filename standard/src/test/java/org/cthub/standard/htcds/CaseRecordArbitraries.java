package org.cthub.standard.htcds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cthub.standard.geo.Countries;
import org.cthub.standard.geo.Country;
import org.cthub.standard.geo.IsoLanguage;
import org.cthub.standard.geo.Languages;

/**
 * Case records with any value the HTCDS CSV layout can carry: every field sometimes null, text with accents,
 * separators and line breaks, up to three instances of each repeating section. Left out, because the layout does
 * not carry them: text with surrounding spaces, instances without any value, and the perpetrator summary.
 */
final class CaseRecordArbitraries {

    private static final String TEXT_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + " áéíóúñçàèüœ'’\";,.:-_/()#=\n\t";

    private CaseRecordArbitraries() {
    }

    static Arbitrary<CaseRecord> caseRecords() {
        Arbitrary<List<Referral>> referrals = Combinators.combine(
                referrals(Referral.Direction.INCOMING), referrals(Referral.Direction.OUTGOING)).as((in, out) -> {
                    List<Referral> all = new ArrayList<>(in);
                    all.addAll(out);
                    return all;
                });
        return combine(List.of(cases(), persons(), victims(), perpetrators().list().ofMaxSize(3), events().list()
                .ofMaxSize(3), referrals, comments().list().ofMaxSize(3), plans().list().ofMaxSize(3), consents()))
                .as(v -> new CaseRecord(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5), get(v, 6),
                        get(v, 7), get(v, 8), null));
    }

    static Arbitrary<Case> cases() {
        return combine(List.of(text(), Arbitraries.of(CaseStatus.class).injectNull(0.3), text(), text(), dates(),
                Arbitraries.integers().between(1990, 2030).injectNull(0.5), text()))
                .as(v -> new Case(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5), get(v, 6)));
    }

    static Arbitrary<Person> persons() {
        return combine(List.of(text(), text(), text(), text(), dates(), Arbitraries.of(Gender.class).injectNull(0.3),
                booleans(), Arbitraries.of(MaritalStatus.class).injectNull(0.3), counts(), languages(), languages(),
                Arbitraries.of(EducationLevel.class).injectNull(0.3), countryLists(), text(), text(), text(),
                text(), text(), addresses()))
                .as(v -> new Person(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5), get(v, 6),
                        get(v, 7), get(v, 8), get(v, 9), get(v, 10), get(v, 11), get(v, 12), get(v, 13), get(v, 14),
                        get(v, 15), get(v, 16), get(v, 17), get(v, 18)));
    }

    static Arbitrary<Victim> victims() {
        return combine(List.of(Arbitraries.of(TraffickingStatus.class).injectNull(0.3),
                Arbitraries.of(DecisionMakingOrganisation.class).injectNull(0.3),
                Arbitraries.of(RelationshipToTrafficker.class).injectNull(0.3), counts(),
                Arbitraries.of(WebsiteOrApp.class).set().ofMaxSize(4),
                Arbitraries.of(MethodOfRecruitment.class).set().ofMaxSize(4), text(),
                Arbitraries.of(MethodOfControl.class).set().ofMaxSize(5),
                Arbitraries.of(TypeOfExploitation.class).set().ofMaxSize(4),
                Arbitraries.of(ForcedLabourIndustry.class).set().ofMaxSize(4),
                Arbitraries.of(TypeOfSexExploitation.class).set().ofMaxSize(4), text(), countries(),
                Arbitraries.of(WebsiteOrApp.class).set().ofMaxSize(4),
                Arbitraries.of(Vulnerability.class).set().ofMaxSize(4), Arbitraries.of(AgeBand.class).injectNull(0.3),
                Arbitraries.of(MajorityStatus.class).injectNull(0.3), text(), text()))
                .as(v -> new Victim(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5), get(v, 6),
                        get(v, 7), get(v, 8), get(v, 9), get(v, 10), get(v, 11), get(v, 12), get(v, 13), get(v, 14),
                        get(v, 15), get(v, 16), get(v, 17), get(v, 18)));
    }

    static Arbitrary<Perpetrator> perpetrators() {
        return combine(List.of(Arbitraries.of(Gender.class).injectNull(0.3), counts(), countryLists(),
                Arbitraries.of(PerpetratorRole.class).set().ofMaxSize(3), text()))
                .as(v -> new Perpetrator(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4)))
                .filter(perpetrator -> !perpetrator.equals(new Perpetrator(null, null, null, null, null)));
    }

    static Arbitrary<List<Referral>> referrals(Referral.Direction direction) {
        return combine(List.of(text(), text(), Arbitraries.of(ReferralReason.class).injectNull(0.3), dates(),
                text()))
                .as(v -> new Referral(direction, get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4)))
                .filter(referral -> !referral.equals(new Referral(direction, null, null, null, null, null)))
                .list().ofMaxSize(2);
    }

    static Arbitrary<TraffickingEvent> events() {
        return combine(List.of(Arbitraries.of(TraffickingEventType.class).injectNull(0.3), dates(), addresses(),
                text()))
                .as(v -> new TraffickingEvent(get(v, 0), get(v, 1), get(v, 2), get(v, 3)))
                .filter(event -> !event.equals(new TraffickingEvent(null, null, null, null)));
    }

    static Arbitrary<SupportPlan> plans() {
        return combine(List.of(Arbitraries.of(SupportPlanType.class).injectNull(0.3), text(), text(), dates(),
                dates()))
                .as(v -> new SupportPlan(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4)))
                .filter(plan -> !plan.equals(new SupportPlan(null, null, null, null, null)));
    }

    static Arbitrary<CaseComment> comments() {
        return text().filter(comment -> comment != null).map(CaseComment::new);
    }

    static Arbitrary<Consent> consents() {
        return Combinators.combine(booleans(), booleans()).as(Consent::new);
    }

    static Arbitrary<Address> addresses() {
        return combine(List.of(text(), text(), text(), text(), countries(), coordinates(90), coordinates(180)))
                .as(v -> new Address(get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5), get(v, 6)))
                .injectNull(0.2);
    }

    /** Non-blank text without surrounding white space, or null. */
    static Arbitrary<String> text() {
        return Arbitraries.strings().withChars(TEXT_CHARACTERS).ofMinLength(1).ofMaxLength(25).map(String::strip)
                .filter(text -> !text.isEmpty()).injectNull(0.4);
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 366 * 80).map(days -> LocalDate.of(1950, 1, 1).plusDays(days))
                .injectNull(0.4);
    }

    static Arbitrary<Integer> counts() {
        return Arbitraries.integers().between(0, 130).injectNull(0.4);
    }

    static Arbitrary<Boolean> booleans() {
        return Arbitraries.of(true, false).injectNull(0.4);
    }

    /** Coordinates to the micrometre, as a GPS reading; never {@code -0.0}, which a cell cannot tell from 0. */
    static Arbitrary<Double> coordinates(int limit) {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(-limit), BigDecimal.valueOf(limit)).ofScale(6)
                .map(BigDecimal::doubleValue).injectNull(0.5);
    }

    static Arbitrary<Country> countries() {
        return Arbitraries.of(Countries.all()).injectNull(0.4);
    }

    static Arbitrary<List<Country>> countryLists() {
        return Arbitraries.of(Countries.all()).list().uniqueElements().ofMaxSize(3);
    }

    static Arbitrary<IsoLanguage> languages() {
        return Arbitraries.of(Languages.all()).injectNull(0.4);
    }

    private static Combinators.ListCombinator<Object> combine(List<Arbitrary<?>> parts) {
        return Combinators.combine(parts.stream().map(Arbitrary::asGeneric).toList());
    }

    /** Lets the record constructors above take generated values without a cast on every argument. */
    @SuppressWarnings("unchecked")
    private static <T> T get(List<Object> values, int index) {
        return (T) values.get(index);
    }
}
