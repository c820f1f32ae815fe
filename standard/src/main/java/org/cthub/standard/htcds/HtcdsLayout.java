package org.cthub.standard.htcds;

import static org.cthub.standard.htcds.HtcdsField.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cthub.standard.htcds.HtcdsField.Section;

/**
 * Which HTCDS fields the flat "HTCDS CSV" layout carries, in which order, and which of them repeat together.
 * One place, so that the reader, the writer and the header check cannot disagree.
 */
final class HtcdsLayout {

    /** Sections in column order: the case and its reference first, as people scan a file by it. */
    private static final List<Section> SECTION_ORDER = List.of(Section.CASE, Section.PERSON, Section.VICTIM,
            Section.PERPETRATOR, Section.REFERRAL, Section.TRAFFICKING_EVENT, Section.SUPPORT_PLAN,
            Section.CASE_COMMENT, Section.CONSENT, Section.ORGANISATION);

    /** Fields of the standard that {@link CaseRecord} has no place for. */
    private static final Set<HtcdsField> NOT_KEPT = EnumSet.of(AGREEMENT_TO_MANAGE_PERSONAL_DATA,
            DETAILS_OF_VULNERABILITIES, PERPETRATOR_ORGANISATION);

    /** The fields that make up one instance of a repeating part of a case. */
    enum Group {
        PERPETRATOR(PERPETRATOR_GENDER, PERPETRATOR_AGE, PERPETRATOR_CITIZENSHIP, ROLE_IN_PROCESS, ROLE_DETAILS),
        INCOMING_REFERRAL(REFERRING_ORGANISATION, INCOMING_REFERRAL_DATE, REFERRING_PRIMARY_CASE_WORKER,
                REASON_FOR_INCOMING_REFERRAL, INCOMING_REFERRAL_DETAILS),
        OUTGOING_REFERRAL(REFERRED_ORGANISATION, REFERRED_PRIMARY_CASE_WORKER, REASON_FOR_OUTGOING_REFERRAL,
                OUTGOING_REFERRAL_DATE, OUTGOING_REFERRAL_DETAILS),
        TRAFFICKING_EVENT(EVENT_LONGITUDE, EVENT_LATITUDE, EVENT_CITY, EVENT_COUNTRY, EVENT_STATE, EVENT_STREET,
                EVENT_POSTAL_CODE, EVENT_DATE, EVENT_TYPE, EVENT_DESCRIPTION),
        SUPPORT_PLAN(PLAN_OBJECTIVES, PLAN_ACTION_PLAN, PLAN_PLANNED_END_DATE, PLAN_ACTUAL_END_DATE, PLAN_TYPE),
        CASE_COMMENT(HtcdsField.CASE_COMMENT);

        private final List<HtcdsField> fields;

        Group(HtcdsField... fields) {
            this.fields = List.of(fields);
        }

        List<HtcdsField> fields() {
            return fields;
        }
    }

    private HtcdsLayout() {
    }

    static boolean keeps(HtcdsField field) {
        return field.section() != Section.ORGANISATION && !NOT_KEPT.contains(field);
    }

    /** Why a known field is not read from rows; empty for the fields the layout keeps. */
    static Optional<String> whyNotKept(HtcdsField field) {
        if (field.section() == Section.ORGANISATION) {
            return Optional.of(field + " describes an organisation: CT Hub takes the contributing organisation from"
                    + " the import, not from rows. The column is ignored.");
        }
        if (NOT_KEPT.contains(field)) {
            return Optional.of(field + (field.isDeprecated() ? " is deprecated in HTCDS 2.0 and" : "")
                    + " has no place in a CT Hub case. The column is ignored.");
        }
        return Optional.empty();
    }

    static int rank(Section section) {
        return SECTION_ORDER.indexOf(section);
    }

    /** The columns with {@code instances} instances of every repeating section, in layout order. */
    static List<HtcdsColumn> columns(int instances) {
        if (instances < 1 || instances > HtcdsColumn.MAX_INSTANCE) {
            throw new IllegalArgumentException("Instances must be from 1 to " + HtcdsColumn.MAX_INSTANCE
                    + ", not " + instances);
        }
        List<HtcdsColumn> columns = new ArrayList<>();
        for (HtcdsField field : HtcdsField.values()) {
            if (keeps(field)) {
                int count = field.section().repeats() ? instances : 1;
                for (int instance = 1; instance <= count; instance++) {
                    columns.add(new HtcdsColumn(field, instance));
                }
            }
        }
        columns.sort(HtcdsColumn.ORDER);
        return columns;
    }
}
