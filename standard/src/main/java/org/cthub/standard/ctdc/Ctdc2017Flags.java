package org.cthub.standard.ctdc;

/**
 * The flag groups of the 2017 k-anonymised global dataset (codebook v6, Nov 2017), in header order, with the
 * labels their {@code *Concatenated} columns use. Labels marked "observed" appear in the public file; the
 * others follow the same pattern and are CT Hub's best reading of the codebook.
 */
public final class Ctdc2017Flags {

    private Ctdc2017Flags() {
    }

    /** {@code meansOfControl*}: labels observed in the file except "Restricts medical care". */
    public enum Means implements CtdcFlag {
        DEBT_BONDAGE("DebtBondage", "Debt bondage"), TAKES_EARNINGS("TakesEarnings", "Takes earnings"),
        RESTRICTS_FINANCIAL_ACCESS("RestrictsFinancialAccess", "Restricts financial access"),
        THREATS("Threats", "Threats"), PSYCHOLOGICAL_ABUSE("PsychologicalAbuse", "Psychological abuse"),
        PHYSICAL_ABUSE("PhysicalAbuse", "Physical abuse"), SEXUAL_ABUSE("SexualAbuse", "Sexual abuse"),
        FALSE_PROMISES("FalsePromises", "False promises"),
        PSYCHOACTIVE_SUBSTANCES("PsychoactiveSubstances", "Psychoactive substances"),
        RESTRICTS_MOVEMENT("RestrictsMovement", "Restricts movement"),
        RESTRICTS_MEDICAL_CARE("RestrictsMedicalCare", "Restricts medical care"),
        EXCESSIVE_WORKING_HOURS("ExcessiveWorkingHours", "Excessive working hours"),
        USES_CHILDREN("UsesChildren", "Uses children"),
        THREAT_OF_LAW_ENFORCEMENT("ThreatOfLawEnforcement", "Threat of law enforcement"),
        WITHHOLDS_NECESSITIES("WithholdsNecessities", "Withholds necessities"),
        WITHHOLDS_DOCUMENTS("WithholdsDocuments", "Withholds documents"), OTHER("Other", "Other"),
        NOT_SPECIFIED("NotSpecified", "Not specified");

        private final String column;
        private final String label;

        Means(String name, String label) {
            this.column = "meansOfControl" + name;
            this.label = label;
        }

        @Override
        public String column() {
            return column;
        }

        public String label() {
            return label;
        }
    }

    /** {@code is*}: type of exploitation. {@code isSexAndLabour} is not listed in the concatenation. */
    public enum Exploitation implements CtdcFlag {
        FORCED_LABOUR("isForcedLabour", "Forced labour"), SEXUAL("isSexualExploit", "Sexual exploitation"),
        OTHER("isOtherExploit", "Other"), SEX_AND_LABOUR("isSexAndLabour", null),
        FORCED_MARRIAGE("isForcedMarriage", "Forced marriage"), FORCED_MILITARY("isForcedMilitary", "Forced military"),
        ORGAN_REMOVAL("isOrganRemoval", "Organ removal"),
        SLAVERY_AND_PRACTICES("isSlaveryAndPractices", "Slavery and similar practices");

        private final String column;
        private final String label;

        Exploitation(String column, String label) {
            this.column = column;
            this.label = label;
        }

        @Override
        public String column() {
            return column;
        }

        /** The label in {@code typeOfExploitConcatenated}, or null when the flag is not listed there. */
        public String label() {
            return label;
        }
    }

    /** {@code typeOfLabour*}: sector of forced labour. */
    public enum Labour implements CtdcFlag {
        AGRICULTURE("Agriculture", "Agriculture"), AQUAFARMING("Aquafarming", "Aquafarming"),
        BEGGING("Begging", "Begging"), CONSTRUCTION("Construction", "Construction"),
        DOMESTIC_WORK("DomesticWork", "Domestic work"), HOSPITALITY("Hospitality", "Hospitality"),
        ILLICIT_ACTIVITIES("IllicitActivities", "Illicit activities"),
        MANUFACTURING("Manufacturing", "Manufacturing"), MINING_OR_DRILLING("MiningOrDrilling", "Mining or drilling"),
        PEDDLING("Peddling", "Peddling"), TRANSPORTATION("Transportation", "Transportation"),
        OTHER("Other", "Other"), NOT_SPECIFIED("NotSpecified", "Not specified");

        private final String column;
        private final String label;

        Labour(String name, String label) {
            this.column = "typeOfLabour" + name;
            this.label = label;
        }

        @Override
        public String column() {
            return column;
        }

        public String label() {
            return label;
        }
    }

    /** {@code typeOfSex*}: type of sexual exploitation. */
    public enum Sex implements CtdcFlag {
        PROSTITUTION("Prostitution", "Prostitution"), PORNOGRAPHY("Pornography", "Pornography"),
        REMOTE_INTERACTIVE_SERVICES("RemoteInteractiveServices", "Remote interactive services"),
        PRIVATE_SEXUAL_SERVICES("PrivateSexualServices", "Private sexual services");

        private final String column;
        private final String label;

        Sex(String name, String label) {
            this.column = "typeOfSex" + name;
            this.label = label;
        }

        @Override
        public String column() {
            return column;
        }

        public String label() {
            return label;
        }
    }

    /** {@code recruiterRelation*}, with the labels of the {@code RecruiterRelationship} column (observed). */
    public enum Relation implements CtdcFlag {
        INTIMATE_PARTNER("IntimatePartner", "Intimate Partner"), FRIEND("Friend", "Friend/Acquaintance"),
        FAMILY("Family", "Family/Relative"), OTHER("Other", "Other"), UNKNOWN("Unknown", "Not Specified");

        private final String column;
        private final String label;

        Relation(String name, String label) {
            this.column = "recruiterRelation" + name;
            this.label = label;
        }

        @Override
        public String column() {
            return column;
        }

        public String label() {
            return label;
        }
    }

    /** {@code Datasource}: where the case was recorded. */
    public enum Datasource {
        CASE_MANAGEMENT("Case Management"), HOTLINE("Hotline");

        private final String label;

        Datasource(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
