package org.cthub.standard.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.cthub.standard.htcds.HtcdsField;
import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void quotesShortValuesOfClosedVocabularies() {
        assertThat(Echo.value(HtcdsField.byName("prs_Gender").orElseThrow(), "Pending")).isEqualTo("Pending");
        assertThat(Echo.value(HtcdsField.byName("prs_Citizenship").orElseThrow(), "Narnia")).isEqualTo("Narnia");
        assertThat(Echo.value(HtcdsField.byName("cas_RegistrationDate").orElseThrow(), "2023-13-01"))
                .isEqualTo("2023-13-01");
    }

    @Test
    void neverQuotesIdentifiersFreeTextOrWhatLooksLikeContactDetails() {
        assertThat(Echo.value(HtcdsField.byName("prs_FirstName").orElseThrow(), "Ana")).isNull();
        assertThat(Echo.value(HtcdsField.byName("cco_CaseComment").orElseThrow(), "x")).isNull();
        assertThat(Echo.value(HtcdsField.byName("hte_Country").orElseThrow(), "Shelter at 12 Rose St, Lagos"))
                .as("an address: letters mixed with digits").isNull();
        assertThat(Echo.value(HtcdsField.byName("prs_NumberOfChildren").orElseThrow(), "Call 0770090012")).isNull();
        assertThat(Echo.value(HtcdsField.byName("prs_Gender").orElseThrow(), "jane@example.org")).isNull();
        assertThat(Echo.value(null, "anything")).isNull();
    }

    @Test
    void quotesHeadingsOnlyWhenTheyLookLikeFieldNamesOrHashtags() {
        assertThat(Echo.heading(" prs_Gender ")).isEqualTo("prs_Gender");
        assertThat(Echo.heading("#affected+f")).isEqualTo("#affected+f");
        assertThat(Echo.heading("Ousmane")).isNull();
        assertThat(Echo.heading("1997-07-09")).isNull();
    }
}
