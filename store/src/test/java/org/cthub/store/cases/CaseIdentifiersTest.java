package org.cthub.store.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.RandomCases;
import org.cthub.store.TestCatalogue;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.IdentifierCipher;
import org.cthub.store.crypto.KeyRing;
import org.cthub.store.crypto.UnableToDecryptException;
import org.junit.jupiter.api.Test;

class CaseIdentifiersTest {

    private final CaseRecordCodec codec = TestCatalogue.codec();
    private final CaseRows rows = new CaseRows(codec, new IdentifierCipher(KeyRing.of("k1",
            Map.of("k1", new byte[32]))));
    private final CaseIdentifiers identifiers = new CaseIdentifiers(rows);
    private final RandomCases random = new RandomCases(new Random(5));

    @Test
    void noIdentifiersRestoreARecordWhoseIdentifiersAreAnEmptySet() {
        for (int i = 0; i < 200; i++) {
            CaseRecord record = random.next();
            PreparedCaseRow row = rows.prepare(7, record);

            CaseRecord erased = identifiers.restore(7, row.reference(), row.recordJson(),
                    identifiers.none(7, row.reference()));

            assertThat(codec.split(erased).identifiersJson()).isEqualTo(CaseIdentifiers.NONE);
            assertThat(erased.toString()).doesNotContain(RandomCases.SECRET_MARK);
            assertThat(erased.person().gender()).isEqualTo(record.person().gender());
            assertThat(erased.person().citizenship()).isEqualTo(record.person().citizenship());
            assertThat(erased.victim().typesOfExploitation()).isEqualTo(record.victim().typesOfExploitation());
            assertThat(erased.caseInfo().registrationDate()).isEqualTo(record.caseInfo().registrationDate());
            assertThat(erased.consent()).isEqualTo(record.consent());
            assertThat(erased.events()).hasSameSizeAs(record.events());
            assertThat(erased.comments()).hasSameSizeAs(record.comments());
        }
    }

    @Test
    void rebindsIdentifiersToAnotherOrganisationSoThatOnlyTheNewPlaceOpensThem() {
        CaseRecord record = random.next("REF-1");
        PreparedCaseRow row = rows.prepare(7, record);

        EncryptedValue moved = identifiers.rebind(row.identifiers(), "REF-1", 7, 8);

        assertThat(identifiers.restore(8, "REF-1", row.recordJson(), moved)).isEqualTo(record);
        assertThatThrownBy(() -> identifiers.restore(7, "REF-1", row.recordJson(), moved))
                .isInstanceOf(UnableToDecryptException.class);
        assertThatThrownBy(() -> identifiers.rebind(row.identifiers(), "REF-1", 9, 8))
                .isInstanceOf(UnableToDecryptException.class);
    }
}
