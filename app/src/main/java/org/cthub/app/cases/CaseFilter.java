package org.cthub.app.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.casework.CaseQuery;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the case list, kept in the query string so that a filtered list can be bookmarked, paged and
 * exported. Only codes, dates, a username and a reference prefix: never a name, which must not reach a URL,
 * a browser's history or a proxy's log.
 *
 * @param values the filters as typed, to show them back
 * @param errors the filters that could not be applied, which the list ignores and the page explains
 */
record CaseFilter(FormValues values, FormErrors errors) {

    static final FormField STATUS = FormField.choices("status", CaseStatus.values());
    static final FormField CASEWORKER = FormField.text("caseworker", FormField.NAME_LENGTH);
    static final FormField FROM = FormField.of("from", FieldKind.DATE);
    static final FormField TO = FormField.of("to", FieldKind.DATE);
    static final FormField CITIZENSHIP = FormField.of("citizenship", FieldKind.COUNTRY);
    static final FormField EXPLOITATION = FormField.choice("exploitation", TypeOfExploitation.values());
    static final FormField REFERENCE = FormField.text("reference", FormField.NAME_LENGTH);
    static final List<FormField> FIELDS = List.of(REFERENCE, STATUS, CASEWORKER, FROM, TO, CITIZENSHIP,
            EXPLOITATION);

    /** The filters of a request; a filter with a problem is left out and reported. */
    static CaseFilter read(MultiValueMap<String, String> request) {
        FormValues values = FormValues.read(request, FIELDS);
        // A filter may look ahead: cases registered up to the end of the month, say.
        FormErrors errors = FormCheck.check(FIELDS, values, LocalDate.MAX);
        LocalDate from = values.date(FROM);
        LocalDate to = values.date(TO);
        if (!errors.has(FROM.name()) && !errors.has(TO.name()) && from != null && to != null && from.isAfter(to)) {
            errors.add(TO.name(), "case.error.dateOrder");
        }
        return new CaseFilter(values, errors);
    }

    /** The query of the organisation's list with the filters that passed their checks. */
    CaseQuery query(long organisationId) {
        Set<CaseStatus> statuses = accepted(STATUS) ? values.choices(STATUS, CaseStatus.class) : Set.of();
        return CaseQuery.visibleTo(organisationId).withStatuses(statuses)
                .withCaseworker(accepted(CASEWORKER) ? values.text(CASEWORKER) : null)
                .registeredBetween(accepted(FROM) ? values.date(FROM) : null, accepted(TO) ? values.date(TO) : null)
                .withCitizenship(accepted(CITIZENSHIP) ? values.text(CITIZENSHIP) : null)
                .withExploitationType(accepted(EXPLOITATION)
                        ? values.choice(EXPLOITATION, TypeOfExploitation.class) : null)
                .withReferencePrefix(accepted(REFERENCE) ? values.text(REFERENCE) : null);
    }

    /** Whether any filter is set. */
    public boolean any() {
        return FIELDS.stream().anyMatch(field -> !values.isEmpty(field.name()));
    }

    /** A path with the filters that apply, such as {@code /cases?status=Active&page=2}; page null for none. */
    public String link(String path, Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (FormField field : FIELDS) {
            if (accepted(field)) {
                values.all(field.name()).forEach(value -> uri.queryParam(field.name(), value));
            }
        }
        if (page != null && page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private boolean accepted(FormField field) {
        return !errors.has(field.name()) && !values.isEmpty(field.name());
    }
}
