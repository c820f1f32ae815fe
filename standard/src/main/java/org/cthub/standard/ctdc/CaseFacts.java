package org.cthub.standard.ctdc;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.cthub.standard.geo.Country;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.MajorityStatus;
import org.cthub.standard.htcds.TraffickingEvent;
import org.cthub.standard.htcds.TraffickingEventType;

/** What every CTDC layout derives from a case the same way: gender, age, countries, regions. */
final class CaseFacts {

    private CaseFacts() {
    }

    /** Feminine → female, masculine → male, transgender and non-conforming → trans; unknown → missing. */
    static CtdcGender gender(Gender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case FEMININE -> CtdcGender.FEMALE;
            case MASCULINE -> CtdcGender.MALE;
            case TRANSGENDER_FEMININE, TRANSGENDER_MASCULINE, NON_CONFORMING -> CtdcGender.TRANS;
            case NON_SPECIFIED_UNKNOWN -> null;
        };
    }

    /**
     * The age band at registration, from the birth date and the registration date; with only the year of
     * registration, the band when the whole year falls in one. Otherwise the case's own {@code ageBand}.
     */
    static AgeBand ageBand(CaseRecord record) {
        return atRegistration(record, AgeBand::of).orElse(record.victim().ageBand());
    }

    /** The majority status at registration, found as {@link #ageBand} is; else the case's own status. */
    static MajorityStatus majorityStatus(CaseRecord record) {
        return atRegistration(record, MajorityStatus::ofAge).orElse(record.victim().majorityStatus());
    }

    /** Adult or minor when trafficked, from {@code vic_AgeWhenTrafficked}; null when unknown. */
    static MajorityStatus majorityWhenTrafficked(CaseRecord record) {
        Integer age = record.victim().ageWhenTrafficked();
        return age == null || age < 0 ? null : MajorityStatus.ofAge(age);
    }

    /** The first citizenship, or null. */
    static Country citizenship(CaseRecord record) {
        return record.person().citizenship().isEmpty() ? null : record.person().citizenship().get(0);
    }

    /**
     * {@code vic_CountryOfExploitation}; else the country of the latest exploitation event (by date, undated
     * ones counting as earliest, the later-listed winning a tie); else null.
     */
    static Country countryOfExploitation(CaseRecord record) {
        if (record.victim().countryOfExploitation() != null) {
            return record.victim().countryOfExploitation();
        }
        TraffickingEvent latest = null;
        for (TraffickingEvent event : record.events()) {
            if (event.type() == TraffickingEventType.EXPLOITATION && event.place().country() != null
                    && (latest == null || !isBefore(event.date(), latest.date()))) {
                latest = event;
            }
        }
        return latest == null ? null : latest.place().country();
    }

    static CtdcRegion citizenshipRegion(CaseRecord record) {
        Country country = citizenship(record);
        return country != null ? CtdcRegion.of(country).orElse(null)
                : CtdcRegion.ofVictimRegion(record.victim().citizenshipRegion()).orElse(null);
    }

    static CtdcRegion exploitationRegion(CaseRecord record) {
        Country country = countryOfExploitation(record);
        return country != null ? CtdcRegion.of(country).orElse(null)
                : CtdcRegion.ofVictimRegion(record.victim().exploitationRegion()).orElse(null);
    }

    /**
     * The trafficking duration: whole months from the earliest dated event to the latest dated exploitation
     * event; empty unless at least two events are dated. CTDC does not publish its own computation.
     */
    static Optional<Long> traffickingMonths(CaseRecord record) {
        if (record.events().stream().filter(event -> event.date() != null).count() < 2) {
            return Optional.empty();
        }
        Optional<LocalDate> start = record.events().stream().map(TraffickingEvent::date).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        Optional<LocalDate> end = record.events().stream()
                .filter(event -> event.type() == TraffickingEventType.EXPLOITATION).map(TraffickingEvent::date)
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ChronoUnit.MONTHS.between(start.get(), end.get()));
    }

    private static boolean isBefore(LocalDate date, LocalDate other) {
        return date == null ? other != null : other != null && date.isBefore(other);
    }

    /** A value of the age at registration, when every possible age at registration gives the same value. */
    private static <T> Optional<T> atRegistration(CaseRecord record, IntFunction<T> ofAge) {
        LocalDate birth = record.person().birthdate();
        LocalDate registered = record.caseInfo().registrationDate();
        Integer year = record.caseInfo().registrationYear();
        if (birth == null || registered == null && year == null) {
            return Optional.empty();
        }
        LocalDate first = registered != null ? registered : LocalDate.of(year, 1, 1);
        LocalDate last = registered != null ? registered : LocalDate.of(year, 12, 31);
        if (first.isBefore(birth)) {
            return Optional.empty(); // born after registration: validation reports it (E1007)
        }
        T atFirst = ofAge.apply(Period.between(birth, first).getYears());
        T atLast = ofAge.apply(Period.between(birth, last).getYears());
        return atFirst.equals(atLast) ? Optional.of(atFirst) : Optional.empty();
    }
}
