package org.cthub.standard.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.cthub.standard.LabelLanguage;
import org.cthub.standard.Picklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PicklistLabelsTest {

    @Test
    void catalogueNamesAllNineteenPicklists() {
        assertThat(AllPicklists.enums()).hasSize(19);
    }

    @ParameterizedTest
    @EnumSource(LabelLanguage.class)
    void everyConstantHasANonBlankLabel(LabelLanguage language) {
        for (Picklist value : AllPicklists.constants()) {
            assertThat(value.label(language)).as("%s.%s in %s", value.getClass().getSimpleName(),
                    value.valueName(), language).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(value = LabelLanguage.class, names = {"ES", "FR"})
    void everyConstantHasItsOwnTranslation(LabelLanguage language) throws IOException {
        Properties bundle = bundle(language);
        for (Picklist value : AllPicklists.constants()) {
            String key = value.getClass().getSimpleName() + "." + value.valueName();
            assertThat(bundle.getProperty(key)).as(key).isNotBlank();
            assertThat(value.label(language)).isEqualTo(bundle.getProperty(key).strip());
        }
    }

    @ParameterizedTest
    @EnumSource(value = LabelLanguage.class, names = {"ES", "FR"})
    void bundleHoldsNoKeyForAValueThatDoesNotExist(LabelLanguage language) throws IOException {
        Set<String> keys = AllPicklists.constants().stream()
                .map(value -> value.getClass().getSimpleName() + "." + value.valueName()).collect(Collectors.toSet());
        assertThat(bundle(language).stringPropertyNames()).isSubsetOf(keys);
    }

    @ParameterizedTest
    @EnumSource(LabelLanguage.class)
    void labelsAreUniqueWithinEachPicklist(LabelLanguage language) {
        for (Class<? extends Enum<?>> picklist : AllPicklists.enums()) {
            List<String> labels = Arrays.stream(picklist.getEnumConstants())
                    .map(value -> ((Picklist) value).label(language)).toList();
            assertThat(labels).as("%s in %s", picklist.getSimpleName(), language).doesNotHaveDuplicates();
        }
    }

    @Test
    void translatesWithTheTerminologyOfIsicAndThePalermoProtocol() {
        assertThat(TypeOfExploitation.FORCED_LABOUR.label(LabelLanguage.ES)).isEqualTo("Trabajo forzoso");
        assertThat(TypeOfExploitation.FORCED_LABOUR.label(LabelLanguage.FR)).isEqualTo("Travail forcé");
        assertThat(ForcedLabourIndustry.B_MINING_AND_QUARRYING.label(LabelLanguage.ES))
                .isEqualTo("Explotación de minas y canteras");
        assertThat(ForcedLabourIndustry.B_MINING_AND_QUARRYING.label(LabelLanguage.FR))
                .isEqualTo("Activités extractives");
        assertThat(MethodOfControl.DEBT_BONDAGE.label(LabelLanguage.FR)).isEqualTo("Servitude pour dettes");
        assertThat(TraffickingEventType.RECRUITMENT.label(LabelLanguage.ES)).isEqualTo("Captación");
    }

    @Test
    void englishLabelIsTheStandardsOwn() {
        assertThat(Gender.NON_SPECIFIED_UNKNOWN.label(LabelLanguage.EN)).isEqualTo("Not Specified/Unknown");
    }

    private static Properties bundle(LabelLanguage language) throws IOException {
        String name = "labels_" + language.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
        try (InputStream in = PicklistLabelsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
