package org.cthub.standard.ctdc;

import static java.util.Map.entry;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.standard.ctdc.Ctdc2017Flags.Exploitation;
import org.cthub.standard.ctdc.Ctdc2017Flags.Labour;
import org.cthub.standard.ctdc.Ctdc2017Flags.Means;
import org.cthub.standard.ctdc.Ctdc2017Flags.Relation;
import org.cthub.standard.ctdc.Ctdc2017Flags.Sex;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.PerpetratorRole;
import org.cthub.standard.htcds.PerpetratorSummary;
import org.cthub.standard.htcds.RelationshipToTrafficker;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.TypeOfSexExploitation;

/** HTCDS ↔ the 2017 k-anonymised layout (codebook v6). Tables as in {@code docs/ctdc-mapping.md}. */
final class Mapping2017 {

    static final Map<MethodOfControl, Means> MEANS = Map.ofEntries(
            entry(MethodOfControl.DEBT_BONDAGE, Means.DEBT_BONDAGE),
            entry(MethodOfControl.TAKES_EARNINGS, Means.TAKES_EARNINGS),
            entry(MethodOfControl.RESTRICTS_FINANCIAL_ACCESS, Means.RESTRICTS_FINANCIAL_ACCESS),
            entry(MethodOfControl.PHYSICAL_THREATS, Means.THREATS),
            entry(MethodOfControl.PSYCHOLOGICAL_ABUSE, Means.PSYCHOLOGICAL_ABUSE),
            entry(MethodOfControl.PHYSICAL_ABUSE, Means.PHYSICAL_ABUSE),
            entry(MethodOfControl.SEXUAL_ABUSE, Means.SEXUAL_ABUSE),
            entry(MethodOfControl.FALSE_PROMISES, Means.FALSE_PROMISES),
            entry(MethodOfControl.PSYCHOACTIVE_SUBSTANCE, Means.PSYCHOACTIVE_SUBSTANCES),
            entry(MethodOfControl.RESTRICTS_MEDICAL_CARE, Means.RESTRICTS_MEDICAL_CARE),
            entry(MethodOfControl.EXCESSIVE_WORKING_HOURS, Means.EXCESSIVE_WORKING_HOURS),
            entry(MethodOfControl.THREATENS_CHILDREN_FAMILY, Means.USES_CHILDREN),
            entry(MethodOfControl.THREATS_LAW_ENFORCEMENT, Means.THREAT_OF_LAW_ENFORCEMENT),
            entry(MethodOfControl.WITHHOLDS_NECESSITIES, Means.WITHHOLDS_NECESSITIES),
            entry(MethodOfControl.WITHHOLDS_DOCUMENTS, Means.WITHHOLDS_DOCUMENTS),
            entry(MethodOfControl.OTHER, Means.OTHER));

    /** HTCDS has no "restricts movement": it imports as "other"; "not specified" imports as nothing. */
    static final Map<Means, MethodOfControl> MEANS_IMPORTED = meansImported();

    /** As for 2024, except that servitude is "slavery and similar practices", which codebook v6 has. */
    static final Map<TypeOfExploitation, Exploitation> EXPLOITATION = Map.ofEntries(
            entry(TypeOfExploitation.FORCED_LABOUR, Exploitation.FORCED_LABOUR),
            entry(TypeOfExploitation.CHILD_LABOUR, Exploitation.FORCED_LABOUR),
            entry(TypeOfExploitation.FORCED_BEGGING, Exploitation.FORCED_LABOUR),
            entry(TypeOfExploitation.SEXUAL_EXPLOITATION, Exploitation.SEXUAL),
            entry(TypeOfExploitation.FORCED_MARRIAGE, Exploitation.FORCED_MARRIAGE),
            entry(TypeOfExploitation.FORCED_MILITARY_BY_NON_STATE_ACTORS, Exploitation.FORCED_MILITARY),
            entry(TypeOfExploitation.ORGAN_REMOVAL, Exploitation.ORGAN_REMOVAL),
            entry(TypeOfExploitation.SERVITUDE, Exploitation.SLAVERY_AND_PRACTICES),
            entry(TypeOfExploitation.FORCED_ADOPTION, Exploitation.OTHER),
            entry(TypeOfExploitation.SURROGACY, Exploitation.OTHER),
            entry(TypeOfExploitation.OTHER, Exploitation.OTHER));

    static final Map<Exploitation, TypeOfExploitation> EXPLOITATION_IMPORTED = new EnumMap<>(Map.of(
            Exploitation.FORCED_LABOUR, TypeOfExploitation.FORCED_LABOUR,
            Exploitation.SEXUAL, TypeOfExploitation.SEXUAL_EXPLOITATION,
            Exploitation.OTHER, TypeOfExploitation.OTHER,
            Exploitation.FORCED_MARRIAGE, TypeOfExploitation.FORCED_MARRIAGE,
            Exploitation.FORCED_MILITARY, TypeOfExploitation.FORCED_MILITARY_BY_NON_STATE_ACTORS,
            Exploitation.ORGAN_REMOVAL, TypeOfExploitation.ORGAN_REMOVAL,
            Exploitation.SLAVERY_AND_PRACTICES, TypeOfExploitation.SERVITUDE));

    /** ISIC sections with a sector of their own; every other section is "other". */
    static final Map<ForcedLabourIndustry, Labour> LABOUR = Map.of(
            ForcedLabourIndustry.A_AGRICULTURE_FORESTRY_AND_FISHING, Labour.AGRICULTURE,
            ForcedLabourIndustry.B_MINING_AND_QUARRYING, Labour.MINING_OR_DRILLING,
            ForcedLabourIndustry.C_MANUFACTURING, Labour.MANUFACTURING,
            ForcedLabourIndustry.F_CONSTRUCTION, Labour.CONSTRUCTION,
            ForcedLabourIndustry.H_TRANSPORTATION_AND_STORAGE, Labour.TRANSPORTATION,
            ForcedLabourIndustry.I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES, Labour.HOSPITALITY,
            ForcedLabourIndustry.T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS, Labour.DOMESTIC_WORK);

    /**
     * Aquafarming is ISIC A-03 and peddling ISIC G-47.8/47.9, so they import as their sections; "other" as
     * section S. Begging imports as the exploitation type forced begging; illicit activities (no ISIC section)
     * and "not specified" import as nothing.
     */
    static final Map<Labour, ForcedLabourIndustry> LABOUR_IMPORTED = labourImported();

    static final Map<TypeOfSexExploitation, Sex> SEX = Map.of(
            TypeOfSexExploitation.PROSTITUTION, Sex.PROSTITUTION, TypeOfSexExploitation.PORNOGRAPHY, Sex.PORNOGRAPHY,
            TypeOfSexExploitation.REMOTE_INTERACTIVE_SERVICES, Sex.REMOTE_INTERACTIVE_SERVICES,
            TypeOfSexExploitation.PRIVATE_SEXUAL_SERVICES, Sex.PRIVATE_SEXUAL_SERVICES);
    static final Map<Sex, TypeOfSexExploitation> SEX_IMPORTED = FlagSets.inverse(SEX);

    static final Map<RelationshipToTrafficker, Relation> RELATION = Map.of(
            RelationshipToTrafficker.FAMILIAL, Relation.FAMILY,
            RelationshipToTrafficker.ACQUAINTED, Relation.FRIEND,
            RelationshipToTrafficker.UNAQUAINTED, Relation.OTHER);

    static final Map<Relation, RelationshipToTrafficker> RELATION_IMPORTED = FlagSets.inverse(RELATION);

    /** HTCDS holds one relation: the closest flagged one wins; an intimate partner counts as family. */
    static final List<Relation> RELATION_PRECEDENCE =
            List.of(Relation.INTIMATE_PARTNER, Relation.FAMILY, Relation.FRIEND, Relation.OTHER);

    private Mapping2017() {
    }

    static Ctdc2017Record derive(CaseRecord record) {
        var victim = record.victim();
        Set<Exploitation> exploitation =
                FlagSets.translate(victim.typesOfExploitation(), EXPLOITATION, Exploitation.class);
        if (exploitation.containsAll(EnumSet.of(Exploitation.FORCED_LABOUR, Exploitation.SEXUAL))) {
            exploitation.add(Exploitation.SEX_AND_LABOUR);
        }
        Set<Labour> labour = EnumSet.noneOf(Labour.class);
        victim.forcedLabourIndustries().forEach(industry -> labour.add(LABOUR.getOrDefault(industry, Labour.OTHER)));
        if (victim.typesOfExploitation().contains(TypeOfExploitation.FORCED_BEGGING)) {
            labour.add(Labour.BEGGING);
        }
        var relation = victim.relationshipToTrafficker();
        return new Ctdc2017Record(record.caseInfo().yearOfRegistration(), null,
                CaseFacts.gender(record.person().gender()), CaseFacts.ageBand(record),
                CaseFacts.majorityStatus(record), CaseFacts.majorityWhenTrafficked(record),
                CaseFacts.majorityWhenTrafficked(record), CaseFacts.citizenship(record),
                FlagSets.translate(victim.methodsOfControl(), MEANS, Means.class), exploitation, labour,
                FlagSets.translate(victim.typesOfSexExploitation(), SEX, Sex.class), isAbduction(record),
                CaseFacts.countryOfExploitation(record), relation == null ? null : EnumSet.of(RELATION.get(relation)));
    }

    static CaseRecord toCase(Ctdc2017Record ctdc) {
        ImportedCase imported = new ImportedCase();
        imported.registrationYear = ctdc.yearOfRegistration();
        imported.gender = ImportedCase.gender(ctdc.gender());
        imported.ageBand = ctdc.ageBroad();
        imported.majorityStatus = ctdc.majorityStatus();
        imported.citizenship = ctdc.citizenship();
        imported.countryOfExploitation = ctdc.countryOfExploitation();
        imported.methodsOfControl = FlagSets.translate(ctdc.meansOfControl(), MEANS_IMPORTED, MethodOfControl.class);
        Set<TypeOfExploitation> types =
                FlagSets.translate(ctdc.typeOfExploit(), EXPLOITATION_IMPORTED, TypeOfExploitation.class);
        if (ctdc.typeOfExploit().contains(Exploitation.SEX_AND_LABOUR)) {
            types.addAll(EnumSet.of(TypeOfExploitation.FORCED_LABOUR, TypeOfExploitation.SEXUAL_EXPLOITATION));
        }
        if (ctdc.typeOfLabour().contains(Labour.BEGGING)) {
            types.add(TypeOfExploitation.FORCED_BEGGING);
        }
        imported.typesOfExploitation = types;
        imported.forcedLabourIndustries =
                FlagSets.translate(ctdc.typeOfLabour(), LABOUR_IMPORTED, ForcedLabourIndustry.class);
        imported.typesOfSexExploitation = FlagSets.translate(ctdc.typeOfSex(), SEX_IMPORTED,
                TypeOfSexExploitation.class);
        imported.relationshipToTrafficker = RELATION_PRECEDENCE.stream().filter(ctdc.recruiterRelation()::contains)
                .findFirst().map(flag -> flag == Relation.INTIMATE_PARTNER ? Relation.FAMILY : flag)
                .map(RELATION_IMPORTED::get).orElse(null);
        if (ctdc.isAbduction()) {
            imported.perpetratorSummary = new PerpetratorSummary(null, null, null, null, null,
                    EnumSet.of(PerpetratorRole.KIDNAPPER));
        }
        return imported.build();
    }

    /** Abducted: a perpetrator, or the perpetrators in aggregate, had the role of kidnapper. */
    private static boolean isAbduction(CaseRecord record) {
        return record.perpetrators().stream().anyMatch(p -> p.roles().contains(PerpetratorRole.KIDNAPPER))
                || record.perpetratorSummary() != null
                && record.perpetratorSummary().roles().contains(PerpetratorRole.KIDNAPPER);
    }

    private static Map<Means, MethodOfControl> meansImported() {
        Map<Means, MethodOfControl> imported = new EnumMap<>(FlagSets.inverse(MEANS));
        imported.put(Means.RESTRICTS_MOVEMENT, MethodOfControl.OTHER);
        return imported;
    }

    private static Map<Labour, ForcedLabourIndustry> labourImported() {
        Map<Labour, ForcedLabourIndustry> imported = new EnumMap<>(FlagSets.inverse(LABOUR));
        imported.put(Labour.AQUAFARMING, ForcedLabourIndustry.A_AGRICULTURE_FORESTRY_AND_FISHING);
        imported.put(Labour.PEDDLING, ForcedLabourIndustry.G_WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES);
        imported.put(Labour.OTHER, ForcedLabourIndustry.S_OTHER_SERVICE_ACTIVITIES);
        return imported;
    }
}
