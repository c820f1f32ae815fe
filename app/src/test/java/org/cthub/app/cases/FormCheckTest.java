package org.cthub.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.cthub.standard.htcds.Gender;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class FormCheckTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final FormField NAME = FormField.text("name", 5);
    static final FormField BORN = FormField.of("born", FieldKind.DATE);
    static final FormField CHILDREN = FormField.number("children", 30);
    static final FormField GENDER = FormField.choice("gender", Gender.values()).mandatory();
    static final FormField COUNTRY = FormField.of("country", FieldKind.COUNTRY);
    static final List<FormField> FIELDS = List.of(NAME, BORN, CHILDREN, GENDER, COUNTRY);

    @Test
    void readsOnlyTheFormsFieldsAndKeepsWhatWasTyped() {
        MultiValueMap<String, String> request = new LinkedMultiValueMap<>();
        request.add("name", "  Ana ");
        request.add("organisationId", "42");
        request.add("born", "1990-02-30");

        FormValues values = FormValues.read(request, FIELDS);

        assertThat(values.get("name")).isEqualTo("Ana");
        assertThat(values.get("organisationId")).isEmpty();
        assertThat(values.get("born")).isEqualTo("1990-02-30");
    }

    @Test
    void namesEachFieldsProblemOnceInTheFormsOrder() {
        MultiValueMap<String, String> request = new LinkedMultiValueMap<>();
        request.add("name", "Anastasia");
        request.add("born", "2025-07-01");
        request.add("children", "-1");
        request.add("country", "XXX");

        FormErrors errors = FormCheck.check(FIELDS, FormValues.read(request, FIELDS), TODAY);

        assertThat(errors.all()).extracting(FormErrors.Problem::field, FormErrors.Problem::code).containsExactly(
                tuple("name", "case.error.tooLong"),
                tuple("born", "case.error.future"),
                tuple("children", "case.error.number"),
                tuple("gender", "case.error.required.gender"),
                tuple("country", "case.error.choice"));
    }

    @Test
    void acceptsRealValues() {
        MultiValueMap<String, String> request = new LinkedMultiValueMap<>();
        request.add("born", "1990-02-28");
        request.add("children", "3");
        request.add("gender", "Feminine");
        request.add("country", "PER");

        FormValues values = FormValues.read(request, FIELDS);

        assertThat(FormCheck.check(FIELDS, values, TODAY).isEmpty()).isTrue();
        assertThat(values.choice(GENDER, Gender.class)).isEqualTo(Gender.FEMININE);
        assertThat(values.country(COUNTRY).nameEs()).isEqualTo("Perú");
        assertThat(values.number(CHILDREN)).isEqualTo(3);
    }
}
