package org.cthub.store.casework;

import org.cthub.standard.htcds.MethodOfControl;
import org.cthub.standard.htcds.TypeOfExploitation;

/**
 * Indicators of trafficking a screener looks for, after the ILO and European Commission's <em>Operational
 * indicators of trafficking in human beings</em> (ILO, 2009) and the IOM <em>Handbook on Protection and
 * Assistance for Migrants Vulnerable to Violence, Exploitation and Abuse</em> (2019), grouped by the three
 * elements of the Palermo Protocol's definition: the act (recruitment), the means (control) and the purpose
 * (exploitation). Stored by constant name; where HTCDS has a matching method of control or type of
 * exploitation, a case opened from the screening starts with it.
 */
public enum TraffickingIndicator {
    DECEPTIVE_RECRUITMENT(Group.RECRUITMENT, "Deceived about the work, its conditions, place or employer",
            MethodOfControl.FALSE_PROMISES, null),
    RECRUITMENT_FEES_OR_DEBT(Group.RECRUITMENT, "Charged excessive recruitment fees or travel debt", null, null),
    COERCIVE_RECRUITMENT(Group.RECRUITMENT, "Abducted, sold or recruited by force", null, null),
    ABUSE_OF_VULNERABILITY(Group.RECRUITMENT, "Recruitment took advantage of poverty, age, status or dependence",
            null, null),
    DEBT_BONDAGE(Group.MEANS_OF_CONTROL, "Held by a debt that cannot be paid off", MethodOfControl.DEBT_BONDAGE,
            null),
    CONFISCATED_DOCUMENTS(Group.MEANS_OF_CONTROL, "Identity or travel documents taken away",
            MethodOfControl.WITHHOLDS_DOCUMENTS, null),
    RESTRICTED_MOVEMENT(Group.MEANS_OF_CONTROL, "Not free to leave or move about; confined or watched", null, null),
    ISOLATION(Group.MEANS_OF_CONTROL, "Cut off from family, community or outside contact", null, null),
    THREATS(Group.MEANS_OF_CONTROL, "Threatened with harm", MethodOfControl.PHYSICAL_THREATS, null),
    THREATS_TO_FAMILY(Group.MEANS_OF_CONTROL, "Family threatened", MethodOfControl.THREATENS_CHILDREN_FAMILY, null),
    THREAT_OF_DENUNCIATION(Group.MEANS_OF_CONTROL, "Threatened with the police or immigration authorities",
            MethodOfControl.THREATS_LAW_ENFORCEMENT, null),
    VIOLENCE(Group.MEANS_OF_CONTROL, "Physical violence", MethodOfControl.PHYSICAL_ABUSE, null),
    SEXUAL_VIOLENCE(Group.MEANS_OF_CONTROL, "Sexual violence", MethodOfControl.SEXUAL_ABUSE, null),
    WITHHELD_PAY(Group.MEANS_OF_CONTROL, "No pay, or pay withheld or taken", MethodOfControl.TAKES_EARNINGS, null),
    FORCED_DRUG_USE(Group.MEANS_OF_CONTROL, "Made dependent on drugs or alcohol",
            MethodOfControl.PSYCHOACTIVE_SUBSTANCE, null),
    EXCESSIVE_HOURS(Group.EXPLOITATION, "Excessive working days or hours", MethodOfControl.EXCESSIVE_WORKING_HOURS,
            null),
    DEGRADING_CONDITIONS(Group.EXPLOITATION, "Hazardous or degrading living or working conditions", null, null),
    FORCED_TO_WORK(Group.EXPLOITATION, "Forced to work", null, TypeOfExploitation.FORCED_LABOUR),
    SEXUAL_EXPLOITATION(Group.EXPLOITATION, "Sexually exploited", null, TypeOfExploitation.SEXUAL_EXPLOITATION),
    FORCED_CRIMINALITY(Group.EXPLOITATION, "Forced to commit crimes", null, null),
    FORCED_BEGGING(Group.EXPLOITATION, "Forced to beg", null, TypeOfExploitation.FORCED_BEGGING),
    FORCED_MARRIAGE(Group.EXPLOITATION, "Forced to marry", null, TypeOfExploitation.FORCED_MARRIAGE),
    DOMESTIC_SERVITUDE(Group.EXPLOITATION, "Held in domestic servitude", null, TypeOfExploitation.SERVITUDE);

    /** The element of the definition of trafficking an indicator points to. */
    public enum Group { RECRUITMENT, MEANS_OF_CONTROL, EXPLOITATION }

    private final Group group;
    private final String englishLabel;
    private final MethodOfControl methodOfControl;
    private final TypeOfExploitation typeOfExploitation;

    TraffickingIndicator(Group group, String englishLabel, MethodOfControl methodOfControl,
                         TypeOfExploitation typeOfExploitation) {
        this.group = group;
        this.englishLabel = englishLabel;
        this.methodOfControl = methodOfControl;
        this.typeOfExploitation = typeOfExploitation;
    }

    public Group group() {
        return group;
    }

    public String englishLabel() {
        return englishLabel;
    }

    /** The HTCDS method of control this indicator is, or null when HTCDS has none. */
    public MethodOfControl methodOfControl() {
        return methodOfControl;
    }

    /** The HTCDS type of exploitation this indicator is, or null when HTCDS has none. */
    public TypeOfExploitation typeOfExploitation() {
        return typeOfExploitation;
    }
}
