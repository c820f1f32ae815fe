package org.cthub.store.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.RandomCases;
import org.cthub.store.TestCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CaseRecordCodecPropertyTest {

    /** Every field name that holds an identifier or free text. */
    private static final Set<String> SECRET_FIELDS = Set.of("salutation", "firstName", "middleName", "secondName",
            "birthdate", "identityNumber", "title", "email", "homePhone", "mobilePhone", "mailingAddress", "street",
            "postalCode", "latitude", "longitude", "description", "comment", "reasonForClosure", "caseOwner",
            "locationOfRecruitment", "locationOfExploitation", "roleDetails", "organisation", "primaryCaseWorker",
            "details", "objectives", "actionPlan");

    private final CaseRecordCodec codec = TestCatalogue.codec();

    @Provide
    Arbitrary<CaseRecord> records() {
        return Arbitraries.randomValue(random -> new RandomCases(random).next());
    }

    @Property(tries = 500)
    void joiningTheSplitGivesTheRecordBack(@ForAll("records") CaseRecord record) {
        assertThat(codec.join(codec.split(record))).isEqualTo(record);
    }

    @Property(tries = 500)
    void recordJsonHoldsNoIdentifierAndNoFreeText(@ForAll("records") CaseRecord record) {
        SplitRecord split = codec.split(record);

        assertThat(split.recordJson()).doesNotContain(RandomCases.SECRET_MARK);
        if (record.person().birthdate() != null) {
            assertThat(split.recordJson()).doesNotContain(record.person().birthdate().toString());
        }
        assertThat(fieldNames(split.recordJson())).doesNotContainAnyElementsOf(SECRET_FIELDS);
    }

    @Property(tries = 200)
    void identifiersHoldNothingButIdentifiersAndFreeText(@ForAll("records") CaseRecord record) {
        Set<String> containers = Set.of("case", "person", "victim", "perpetrators", "events", "place", "referrals",
                "comments", "supportPlans");

        assertThat(fieldNames(codec.split(record).identifiersJson()))
                .allMatch(name -> SECRET_FIELDS.contains(name) || containers.contains(name) || isAddressPart(name));
    }

    private static boolean isAddressPart(String name) {
        // Within the mailing address every part is secret, the city and the country too.
        return Set.of("city", "state", "country").contains(name);
    }

    private static Set<String> fieldNames(String json) {
        Set<String> names = new HashSet<>();
        collect(JsonMapper.builder().build().readTree(json), names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                names.add(property.getKey());
                collect(property.getValue(), names);
            }
        } else if (node.isArray()) {
            node.values().forEach(element -> collect(element, names));
        }
    }
}
