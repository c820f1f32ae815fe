package org.cthub.standard.ctdc;

import static java.util.Map.entry;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cthub.standard.ctdc.CtdcVp2022Record.PaidMoney;
import org.cthub.standard.ctdc.CtdcVp2022Record.PerpetratorAgeBand;
import org.cthub.standard.ctdc.CtdcVp2022Record.PerpetratorRelation;
import org.cthub.standard.ctdc.CtdcVp2022Record.RegistrationPeriod;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Perpetrator;
import org.cthub.standard.htcds.PerpetratorRole;
import org.cthub.standard.htcds.PerpetratorSummary;
import org.cthub.standard.htcds.RelationshipToTrafficker;
import org.cthub.standard.htcds.TypeOfExploitation;

/** HTCDS ↔ the 2022 victim-perpetrator layout (VP codebook v1). Tables as in {@code docs/ctdc-mapping.md}. */
final class MappingVp2022 {

    /** The four role columns of the layout. */
    enum Role { EXPLOITER, RECRUITER_BROKER, TRANSACTION_PROCESS, CONTROL_ABUSE_KIDNAP }

    /** Travelling partner and "other" name no role of the four. */
    static final Map<PerpetratorRole, Role> ROLES = Map.ofEntries(
            entry(PerpetratorRole.EXPLOITER, Role.EXPLOITER),
            entry(PerpetratorRole.RECRUITER_OR_INTERMEDIARY, Role.RECRUITER_BROKER),
            entry(PerpetratorRole.BROKER_TRAVEL_AGENT, Role.RECRUITER_BROKER),
            entry(PerpetratorRole.TRANSPORTER, Role.TRANSACTION_PROCESS),
            entry(PerpetratorRole.TRANSFERRED_INDIVIDUAL, Role.TRANSACTION_PROCESS),
            entry(PerpetratorRole.HARBOURED_INDIVIDUAL, Role.TRANSACTION_PROCESS),
            entry(PerpetratorRole.SMUGGLER, Role.TRANSACTION_PROCESS),
            entry(PerpetratorRole.SOLD_INDIVIDUAL, Role.TRANSACTION_PROCESS),
            entry(PerpetratorRole.BOUGHT_INDIVIDUAL, Role.TRANSACTION_PROCESS),
            entry(PerpetratorRole.RECEIVED_INDIVIDUAL, Role.TRANSACTION_PROCESS),
            entry(PerpetratorRole.CONTROLLED_INDIVIDUAL, Role.CONTROL_ABUSE_KIDNAP),
            entry(PerpetratorRole.ABUSER, Role.CONTROL_ABUSE_KIDNAP),
            entry(PerpetratorRole.KIDNAPPER, Role.CONTROL_ABUSE_KIDNAP));

    /** The HTCDS role each column imports as: the first the codebook's label names. */
    static final Map<Role, PerpetratorRole> ROLES_IMPORTED = new EnumMap<>(Map.of(
            Role.EXPLOITER, PerpetratorRole.EXPLOITER, Role.RECRUITER_BROKER, PerpetratorRole.RECRUITER_OR_INTERMEDIARY,
            Role.TRANSACTION_PROCESS, PerpetratorRole.TRANSPORTER,
            Role.CONTROL_ABUSE_KIDNAP, PerpetratorRole.CONTROLLED_INDIVIDUAL));

    static final Map<RelationshipToTrafficker, PerpetratorRelation> RELATION = Map.of(
            RelationshipToTrafficker.FAMILIAL, PerpetratorRelation.FAMILY_INTIMATE_PARTNER,
            RelationshipToTrafficker.ACQUAINTED, PerpetratorRelation.FRIEND_ACQUAINTANCE,
            RelationshipToTrafficker.UNAQUAINTED, PerpetratorRelation.STRANGER_UNKNOWN_OTHER);

    private MappingVp2022() {
    }

    static CtdcVp2022Record derive(CaseRecord record) {
        Integer year = record.caseInfo().yearOfRegistration();
        RegistrationPeriod period = (year == null ? RegistrationPeriod.ofLabel(record.caseInfo().registrationPeriod())
                : RegistrationPeriod.of(year)).orElse(null);
        CtdcGender gender = CaseFacts.gender(record.person().gender());
        Set<TypeOfExploitation> types = record.victim().typesOfExploitation();
        Perpetrators perpetrators = record.perpetratorSummary() != null ? fromSummary(record.perpetratorSummary())
                : fromPerpetrators(record);
        return new CtdcVp2022Record(period, gender == CtdcGender.TRANS ? null : gender,
                CaseFacts.majorityStatus(record), has(types, Ctdc2024Record.Exploitation.FORCED_LABOUR),
                has(types, Ctdc2024Record.Exploitation.SEXUAL), CaseFacts.citizenshipRegion(record),
                CaseFacts.exploitationRegion(record), perpetrators.roles.contains(Role.EXPLOITER),
                perpetrators.genders, perpetrators.ageBands, perpetrators.regions, perpetrators.relations,
                perpetrators.paid, perpetrators.roles.contains(Role.RECRUITER_BROKER),
                perpetrators.roles.contains(Role.TRANSACTION_PROCESS),
                perpetrators.roles.contains(Role.CONTROL_ABUSE_KIDNAP));
    }

    static CaseRecord toCase(CtdcVp2022Record ctdc) {
        ImportedCase imported = new ImportedCase();
        RegistrationPeriod period = ctdc.yearRegister();
        if (period != null && period.from() == period.to()) {
            imported.registrationYear = period.from();
        } else if (period != null) {
            imported.registrationPeriod = period.label();
        }
        imported.gender = ImportedCase.gender(ctdc.gender());
        imported.majorityStatus = ctdc.majorityStatus();
        Set<TypeOfExploitation> types = EnumSet.noneOf(TypeOfExploitation.class);
        if (ctdc.isForcedLabour()) {
            types.add(TypeOfExploitation.FORCED_LABOUR);
        }
        if (ctdc.isSexualExploit()) {
            types.add(TypeOfExploitation.SEXUAL_EXPLOITATION);
        }
        imported.typesOfExploitation = types;
        imported.citizenshipRegion = ctdc.unCooRegion() == null ? null : ctdc.unCooRegion().label();
        imported.exploitationRegion = ctdc.unCoeRegion() == null ? null : ctdc.unCoeRegion().label();
        imported.perpetratorSummary = summary(ctdc);
        return imported.build();
    }

    private static PerpetratorSummary summary(CtdcVp2022Record ctdc) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        addIf(roles, ctdc.ipExploiter(), Role.EXPLOITER);
        addIf(roles, ctdc.ipRecruiterBroker(), Role.RECRUITER_BROKER);
        addIf(roles, ctdc.ipTransactionProcess(), Role.TRANSACTION_PROCESS);
        addIf(roles, ctdc.ipControlAbuseKidnap(), Role.CONTROL_ABUSE_KIDNAP);
        Set<Gender> genders = ctdc.ipGender().stream().map(ImportedCase::gender).collect(Collectors.toSet());
        PerpetratorSummary summary = new PerpetratorSummary(genders,
                labels(ctdc.ipAgeBroad(), PerpetratorAgeBand::label),
                labels(ctdc.ipCitizenUnRegion(), CtdcRegion::label),
                labels(ctdc.ipRelation(), PerpetratorRelation::label), labels(ctdc.ipPayMoney(), PaidMoney::label),
                FlagSets.translate(roles, ROLES_IMPORTED, PerpetratorRole.class));
        return summary.equals(new PerpetratorSummary(null, null, null, null, null, null)) ? null : summary;
    }

    private static boolean has(Set<TypeOfExploitation> types, Ctdc2024Record.Exploitation flag) {
        return types.stream().anyMatch(type -> Mapping2024.EXPLOITATION.get(type) == flag);
    }

    private static <E> Set<String> labels(Set<E> values, Function<E, String> label) {
        return values.stream().map(label).collect(Collectors.toSet());
    }

    private static <E> void addIf(Set<E> set, boolean condition, E value) {
        if (condition) {
            set.add(value);
        }
    }

    /** The perpetrator columns of one row. */
    private record Perpetrators(Set<CtdcGender> genders, Set<PerpetratorAgeBand> ageBands, Set<CtdcRegion> regions,
                                Set<PerpetratorRelation> relations, Set<PaidMoney> paid, Set<Role> roles) {
    }

    /** From an aggregate description; values outside the layout's vocabulary are left out. */
    private static Perpetrators fromSummary(PerpetratorSummary summary) {
        Set<CtdcGender> genders = EnumSet.noneOf(CtdcGender.class);
        summary.genders().stream().map(CaseFacts::gender).filter(MappingVp2022::isBinary).forEach(genders::add);
        return new Perpetrators(genders,
                byLabel(summary.ageBands(), PerpetratorAgeBand.values(), PerpetratorAgeBand::label),
                byLabel(summary.citizenshipRegions(), CtdcRegion.values(), CtdcRegion::label),
                byLabel(summary.relations(), PerpetratorRelation.values(), PerpetratorRelation::label),
                byLabel(summary.paidMoney(), PaidMoney.values(), PaidMoney::label),
                FlagSets.translate(summary.roles(), ROLES, Role.class));
    }

    private static <E extends Enum<E>> Set<E> byLabel(Set<String> labels, E[] values, Function<E, String> label) {
        Set<E> found = EnumSet.noneOf(values[0].getDeclaringClass());
        for (E value : values) {
            if (labels.contains(label.apply(value))) {
                found.add(value);
            }
        }
        return found;
    }

    /** From perpetrators described one by one, and the victim's relation to the trafficker. */
    private static Perpetrators fromPerpetrators(CaseRecord record) {
        Set<CtdcGender> genders = EnumSet.noneOf(CtdcGender.class);
        Set<PerpetratorAgeBand> ages = EnumSet.noneOf(PerpetratorAgeBand.class);
        Set<CtdcRegion> regions = EnumSet.noneOf(CtdcRegion.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Perpetrator perpetrator : record.perpetrators()) {
            CtdcGender gender = CaseFacts.gender(perpetrator.gender());
            if (isBinary(gender)) {
                genders.add(gender);
            }
            if (perpetrator.age() != null && perpetrator.age() >= 0) {
                ages.add(PerpetratorAgeBand.of(perpetrator.age()));
            }
            perpetrator.citizenship().forEach(country -> CtdcRegion.of(country).ifPresent(regions::add));
            roles.addAll(FlagSets.translate(perpetrator.roles(), ROLES, Role.class));
        }
        RelationshipToTrafficker relation = record.victim().relationshipToTrafficker();
        Set<PerpetratorRelation> relations = relation == null ? Set.of() : EnumSet.of(RELATION.get(relation));
        return new Perpetrators(genders, ages, regions, relations, Set.of(), roles);
    }

    private static boolean isBinary(CtdcGender gender) {
        return gender == CtdcGender.FEMALE || gender == CtdcGender.MALE;
    }
}
