package org.cthub.app.linkage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.normalise.FieldKind;
import org.cthub.standard.htcds.Person;
import org.cthub.store.Database;
import org.cthub.store.cases.CaseStore;
import org.cthub.store.cases.StoredCase;
import org.springframework.stereotype.Component;

/**
 * The organisations' lists in the store, as records to link in memory: given names, family name, birth date,
 * gender and citizenship of every case that is not voided and whose owner consented to sharing (the same cases a
 * release may use: linking across organisations is a use beyond the case's own care). The records live only
 * inside the job that reads them; their ids are positions, not references.
 */
@Component
class StoreLists {

    static final List<String> FIELDS = List.of("given_name", "surname", "date_of_birth", "gender", "citizenship");
    static final List<FieldKind> KINDS = List.of(FieldKind.NAME, FieldKind.NAME, FieldKind.DATE, FieldKind.CODE,
            FieldKind.CODE);

    /** An organisation that can be chosen; its number of cases is not shown, being no business of the chooser. */
    record Choice(String code, String name) {

        public String label() {
            return name == null || name.isBlank() || name.equals(code) ? code : code + " · " + name;
        }
    }

    private final Database database;
    private final CaseStore cases;

    StoreLists(Database database, org.cthub.app.cli.Store store) {
        this.database = database;
        this.cases = store.cases();
    }

    /** Every organisation with cases, by code. */
    List<Choice> choices() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT o.code, o.name FROM organisation o "
                    + "WHERE o.voided = FALSE AND EXISTS (SELECT 1 FROM trafficking_case c "
                    + "WHERE c.organisation_id = o.id AND c.voided = FALSE) ORDER BY o.code")) {
                List<Choice> out = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        out.add(new Choice(row.getString(1), row.getString(2)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * The records of one organisation's cases.
     *
     * @param progress told the number of records read so far, every thousand
     */
    List<PersonRecord> read(String organisationCode, LongConsumer progress) {
        List<PersonRecord> out = new ArrayList<>();
        try (Stream<StoredCase> stream = cases.export(organisationCode)) {
            stream.filter(stored -> stored.record().consent().allowsSharing()).forEach(stored -> {
                Person person = stored.record().person();
                out.add(new PersonRecord(Integer.toString(out.size()), organisationCode, values(person)));
                if (out.size() % 1000 == 0) {
                    progress.accept(out.size());
                }
            });
        }
        progress.accept(out.size());
        return out;
    }

    static List<String> values(Person person) {
        if (person == null) {
            return Arrays.asList(null, null, null, null, null);
        }
        String given = person.middleName() == null ? person.firstName()
                : person.firstName() == null ? person.middleName() : person.firstName() + " " + person.middleName();
        return Arrays.asList(given, person.secondName(),
                person.birthdate() == null ? null : person.birthdate().toString(),
                person.gender() == null ? null : person.gender().valueName(),
                person.citizenship() == null || person.citizenship().isEmpty() || person.citizenship().getFirst() == null
                        ? null : person.citizenship().getFirst().alpha3());
    }
}
