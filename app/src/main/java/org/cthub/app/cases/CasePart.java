package org.cthub.app.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cthub.standard.htcds.Address;
import org.cthub.standard.htcds.CaseComment;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Perpetrator;
import org.cthub.standard.htcds.PerpetratorRole;
import org.cthub.standard.htcds.TraffickingEvent;
import org.cthub.standard.htcds.TraffickingEventType;

/**
 * The lists of a case that caseworkers add lines to and remove lines from: trafficking events, perpetrators
 * (never their names: HTCDS keeps none) and comments. Comments and descriptions are free text, which the store
 * encrypts with the identifiers, since nobody can promise what a caseworker types into them.
 */
enum CasePart {
    EVENTS(List.of(FormField.choice("type", TraffickingEventType.values()).mandatory(),
            FormField.of("date", FieldKind.DATE), FormField.text("city", FormField.NAME_LENGTH),
            FormField.text("region", FormField.NAME_LENGTH), FormField.of("country", FieldKind.COUNTRY),
            FormField.longText("description", 2_000))) {
        @Override
        CaseRecord add(CaseRecord record, FormValues values) {
            List<TraffickingEvent> events = new ArrayList<>(record.events());
            events.add(new TraffickingEvent(values.choice(field(0), TraffickingEventType.class), values.date(field(1)),
                    new Address(null, values.text(field(2)), values.text(field(3)), null, values.country(field(4)),
                            null, null), values.text(field(5))));
            return with(record, events, record.perpetrators(), record.comments());
        }

        @Override
        CaseRecord remove(CaseRecord record, int index) {
            return with(record, CaseEditing.without(record.events(), index), record.perpetrators(), record.comments());
        }
    },
    PERPETRATORS(List.of(FormField.choice("gender", Gender.values()), FormField.number("age", 120),
            FormField.of("citizenship", FieldKind.COUNTRY), FormField.choices("roles", PerpetratorRole.values()),
            FormField.longText("roleDetails", 2_000))) {
        @Override
        CaseRecord add(CaseRecord record, FormValues values) {
            List<Perpetrator> perpetrators = new ArrayList<>(record.perpetrators());
            perpetrators.add(new Perpetrator(values.choice(field(0), Gender.class), values.number(field(1)),
                    values.country(field(2)) == null ? List.of() : List.of(values.country(field(2))),
                    values.choices(field(3), PerpetratorRole.class), values.text(field(4))));
            return with(record, record.events(), perpetrators, record.comments());
        }

        @Override
        CaseRecord remove(CaseRecord record, int index) {
            return with(record, record.events(), CaseEditing.without(record.perpetrators(), index),
                    record.comments());
        }
    },
    COMMENTS(List.of(FormField.longText("comment", 5_000).mandatory())) {
        @Override
        CaseRecord add(CaseRecord record, FormValues values) {
            List<CaseComment> comments = new ArrayList<>(record.comments());
            comments.add(new CaseComment(values.text(field(0))));
            return with(record, record.events(), record.perpetrators(), comments);
        }

        @Override
        CaseRecord remove(CaseRecord record, int index) {
            return with(record, record.events(), record.perpetrators(),
                    CaseEditing.without(record.comments(), index));
        }
    };

    /** The path segments these parts answer to, for the controller's mappings. */
    static final String PATHS = "events|perpetrators|comments";

    private final List<FormField> fields;

    CasePart(List<FormField> fields) {
        this.fields = fields;
    }

    public List<FormField> fields() {
        return fields;
    }

    FormField field(int index) {
        return fields.get(index);
    }

    /** The path segment, which is also the anchor of its section on the case page. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CasePart of(String path) {
        return valueOf(path.toUpperCase(Locale.ROOT));
    }

    /** The record with a line made of the form's values, which passed {@link FormCheck}. */
    abstract CaseRecord add(CaseRecord record, FormValues values);

    /** The record without a line. */
    abstract CaseRecord remove(CaseRecord record, int index);

    private static CaseRecord with(CaseRecord record, List<TraffickingEvent> events, List<Perpetrator> perpetrators,
                                   List<CaseComment> comments) {
        return new CaseRecord(record.caseInfo(), record.person(), record.victim(), perpetrators, events,
                record.referrals(), comments, record.supportPlans(), record.consent(), record.perpetratorSummary());
    }
}
