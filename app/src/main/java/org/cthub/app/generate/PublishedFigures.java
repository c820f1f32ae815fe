package org.cthub.app.generate;

import java.util.List;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.ForcedLabourIndustry;
import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.RelationshipToTrafficker;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.standard.htcds.TypeOfSexExploitation;

/**
 * The distributions synthetic cases are drawn from.
 *
 * <p>Where CTDC publishes a figure, it is used as published: the joint distribution of victims' gender,
 * majority status and type of exploitation, the flows from UN region of citizenship to UN region of
 * exploitation, the years of registration and the victim-perpetrator relation are the valid-value counts of
 * CTDC's Global Victim-Perpetrator Synthetic Dataset v1 (Dec 2022, 21,195 records; its dictionary's TabStat
 * sheet). Where CTDC publishes only rankings (countries of citizenship and exploitation, means of control,
 * sectors), the weights below are CT Hub's own approximations of those rankings and are marked as such.
 */
final class PublishedFigures {

    private PublishedFigures() {
    }

    /** A victim profile: gender, minor or not, and which of the two main exploitation types apply. */
    record Profile(boolean female, boolean minor, boolean forcedLabour, boolean sexualExploitation) {
    }

    /** CTDC VP v1: counts of (gender, majorityStatus, isForcedLabour, isSexualExploit), all four recorded. */
    static final Weighted<Profile> PROFILES = Weighted.<Profile>builder()
            .add(new Profile(true, false, false, false), 1523)
            .add(new Profile(true, false, false, true), 1667)
            .add(new Profile(true, false, true, false), 4844)
            .add(new Profile(true, false, true, true), 255)
            .add(new Profile(true, true, false, false), 181)
            .add(new Profile(true, true, false, true), 112)
            .add(new Profile(true, true, true, false), 208)
            .add(new Profile(true, true, true, true), 10)
            .add(new Profile(false, false, false, false), 1233)
            .add(new Profile(false, false, true, false), 5216)
            .add(new Profile(false, true, false, false), 283)
            .add(new Profile(false, true, false, true), 2)
            .add(new Profile(false, true, true, false), 181)
            .add(new Profile(false, true, true, true), 1)
            .build();

    /** A flow from the UN region of citizenship to the UN region of exploitation. */
    record Flow(String citizenshipRegion, String exploitationRegion) {
    }

    /** CTDC VP v1: counts of (UN_COO_Region, UN_COE_Region), both recorded. */
    static final Weighted<Flow> FLOWS = Weighted.<Flow>builder()
            .add(new Flow("Europe", "Europe"), 4720).add(new Flow("Asia", "Asia"), 4017)
            .add(new Flow("Africa", "Africa"), 3279).add(new Flow("Asia", "Europe"), 992)
            .add(new Flow("Africa", "Asia"), 916).add(new Flow("Europe", "Asia"), 299)
            .add(new Flow("Asia", "Africa"), 227).add(new Flow("Americas/Oceania", "Americas/Oceania"), 131)
            .add(new Flow("Africa", "Europe"), 53).add(new Flow("Europe", "Africa"), 30)
            .add(new Flow("Americas/Oceania", "Europe"), 20).add(new Flow("Africa", "Americas/Oceania"), 7)
            .add(new Flow("Americas/Oceania", "Africa"), 5).add(new Flow("Americas/Oceania", "Asia"), 4)
            .build();

    /** CTDC VP v1: yearRegister bands; a year is drawn uniformly inside its band. */
    record YearBand(int from, int to) {
    }

    static final Weighted<YearBand> YEARS = Weighted.<YearBand>builder()
            .add(new YearBand(2005, 2013), 2531).add(new YearBand(2014, 2018), 6274)
            .add(new YearBand(2019, 2019), 2398).add(new YearBand(2020, 2020), 2002)
            .add(new YearBand(2021, 2022), 4335).build();

    /** CTDC VP v1 IP_Relation (FamilyIntimatePartner, FriendAcquaintance, StrangerUnknownOther). */
    static final Weighted<RelationshipToTrafficker> RELATIONS = Weighted.<RelationshipToTrafficker>builder()
            .add(RelationshipToTrafficker.FAMILIAL, 967).add(RelationshipToTrafficker.ACQUAINTED, 4617)
            .add(RelationshipToTrafficker.UNAQUAINTED, 8321).build();

    /** CT Hub's approximation of CTDC's ranking of citizenships, per UN region (alpha-2, weight). */
    static final Weighted<String> CITIZENSHIP_EUROPE = countries(
            "UA 30 MD 15 BY 10 RO 8 RU 6 BG 5 AL 5 RS 3 PL 3 MK 2 LT 2 GB 2");
    static final Weighted<String> CITIZENSHIP_ASIA = countries(
            "PH 20 ID 15 KH 12 MM 10 BD 8 VN 8 LA 5 NP 5 TH 5 UZ 4 AF 3 KG 3 TJ 3 CN 3 IN 3 LK 2");
    static final Weighted<String> CITIZENSHIP_AFRICA = countries(
            "NG 20 UG 12 GH 10 KE 8 ET 8 SN 5 ML 5 CM 5 SD 4 GN 4 CI 4 BF 3 NE 3 MG 3 ER 2 ZW 2");
    static final Weighted<String> CITIZENSHIP_AMERICAS = countries(
            "US 30 MX 15 CO 10 HT 8 HN 5 GT 5 VE 5 SV 4 BO 4 PE 4 DO 3 BR 3 PG 2 FJ 2");

    /** CT Hub's approximation of CTDC's ranking of countries of exploitation, per UN region. */
    static final Weighted<String> EXPLOITATION_EUROPE = countries(
            "RU 20 UA 15 PL 8 GB 8 DE 6 IT 6 NL 4 FR 4 ES 4 CZ 3 GR 3");
    static final Weighted<String> EXPLOITATION_ASIA = countries(
            "TH 15 MY 12 ID 10 SA 8 AE 8 TR 8 KW 6 KZ 5 CN 4 KH 4 PH 4 JP 3 IQ 3 JO 3 LB 3 IN 3");
    static final Weighted<String> EXPLOITATION_AFRICA = countries(
            "LY 15 GH 12 NG 10 KE 6 ZA 6 EG 5 ML 5 UG 5 SN 4 ET 4 SD 3 NE 3 DZ 3");
    static final Weighted<String> EXPLOITATION_AMERICAS = countries(
            "US 40 MX 10 CO 6 AR 5 BR 5 CL 4 PE 4 GT 4 DO 3 AU 3 NZ 1");

    /** Share of victims exploited in their own country when both regions agree (CT Hub's estimate). */
    static final double DOMESTIC_SHARE = 0.55;

    /** CT Hub's approximation of CTDC's ranking of means of control. */
    static final Weighted<MethodOfControl> MEANS = Weighted.<MethodOfControl>builder()
            .add(MethodOfControl.PSYCHOLOGICAL_ABUSE, 30).add(MethodOfControl.PHYSICAL_ABUSE, 22)
            .add(MethodOfControl.PHYSICAL_THREATS, 22).add(MethodOfControl.WITHHOLDS_DOCUMENTS, 18)
            .add(MethodOfControl.TAKES_EARNINGS, 18).add(MethodOfControl.FALSE_PROMISES, 15)
            .add(MethodOfControl.EXCESSIVE_WORKING_HOURS, 15).add(MethodOfControl.DEBT_BONDAGE, 12)
            .add(MethodOfControl.WITHHOLDS_NECESSITIES, 10).add(MethodOfControl.RESTRICTS_FINANCIAL_ACCESS, 8)
            .add(MethodOfControl.SEXUAL_ABUSE, 8).add(MethodOfControl.THREATENS_CHILDREN_FAMILY, 6)
            .add(MethodOfControl.THREATS_LAW_ENFORCEMENT, 5).add(MethodOfControl.RESTRICTS_MEDICAL_CARE, 5)
            .add(MethodOfControl.PSYCHOACTIVE_SUBSTANCE, 4).add(MethodOfControl.OTHER, 3).build();

    /** CT Hub's approximation of CTDC's ranking of forced-labour sectors (ISIC sections). */
    static final Weighted<ForcedLabourIndustry> SECTORS = Weighted.<ForcedLabourIndustry>builder()
            .add(ForcedLabourIndustry.A_AGRICULTURE_FORESTRY_AND_FISHING, 22)
            .add(ForcedLabourIndustry.F_CONSTRUCTION, 22)
            .add(ForcedLabourIndustry.T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS, 20)
            .add(ForcedLabourIndustry.C_MANUFACTURING, 12)
            .add(ForcedLabourIndustry.I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES, 8)
            .add(ForcedLabourIndustry.B_MINING_AND_QUARRYING, 5)
            .add(ForcedLabourIndustry.G_WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES, 4)
            .add(ForcedLabourIndustry.S_OTHER_SERVICE_ACTIVITIES, 4)
            .add(ForcedLabourIndustry.H_TRANSPORTATION_AND_STORAGE, 3).build();

    static final Weighted<TypeOfSexExploitation> SEX_TYPES = Weighted.<TypeOfSexExploitation>builder()
            .add(TypeOfSexExploitation.PROSTITUTION, 85).add(TypeOfSexExploitation.PORNOGRAPHY, 9)
            .add(TypeOfSexExploitation.REMOTE_INTERACTIVE_SERVICES, 4)
            .add(TypeOfSexExploitation.PRIVATE_SEXUAL_SERVICES, 2).build();

    /** The other forms, for victims of neither forced labour nor sexual exploitation. */
    static final Weighted<TypeOfExploitation> OTHER_TYPES = Weighted.<TypeOfExploitation>builder()
            .add(TypeOfExploitation.FORCED_MARRIAGE, 25).add(TypeOfExploitation.FORCED_BEGGING, 20)
            .add(TypeOfExploitation.SERVITUDE, 15).add(TypeOfExploitation.OTHER, 20)
            .add(TypeOfExploitation.FORCED_MILITARY_BY_NON_STATE_ACTORS, 3)
            .add(TypeOfExploitation.ORGAN_REMOVAL, 2).build();

    static final Weighted<CaseStatus> STATUSES = Weighted.<CaseStatus>builder()
            .add(CaseStatus.ACTIVE, 30).add(CaseStatus.FOLLOW_UP, 20).add(CaseStatus.CLOSED, 45)
            .add(CaseStatus.CLOSED_REFERRED, 5).build();

    /** Adult age bands at registration (first age, last age, weight); CT Hub's estimate. */
    static final List<int[]> ADULT_AGES = List.of(new int[] {18, 20, 10}, new int[] {21, 23, 13},
            new int[] {24, 26, 14}, new int[] {27, 29, 12}, new int[] {30, 38, 26}, new int[] {39, 47, 15},
            new int[] {48, 65, 10});

    static Weighted<String> citizenships(String region) {
        return switch (region) {
            case "Europe" -> CITIZENSHIP_EUROPE;
            case "Asia" -> CITIZENSHIP_ASIA;
            case "Africa" -> CITIZENSHIP_AFRICA;
            default -> CITIZENSHIP_AMERICAS;
        };
    }

    static Weighted<String> exploitationCountries(String region) {
        return switch (region) {
            case "Europe" -> EXPLOITATION_EUROPE;
            case "Asia" -> EXPLOITATION_ASIA;
            case "Africa" -> EXPLOITATION_AFRICA;
            default -> EXPLOITATION_AMERICAS;
        };
    }

    private static Weighted<String> countries(String codesAndWeights) {
        String[] parts = codesAndWeights.trim().split("\\s+");
        Weighted.Builder<String> builder = Weighted.builder();
        for (int i = 0; i < parts.length; i += 2) {
            builder.add(parts[i], Double.parseDouble(parts[i + 1]));
        }
        return builder.build();
    }
}
