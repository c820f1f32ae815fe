package org.cthub.standard.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing and reading, importing and deriving: what must come back unchanged. */
class CtdcRoundTripProperties {

    @Property
    void readsBackEvery2024RowItWrites(@ForAll("any2024") Ctdc2024Record record) {
        assertThat(Ctdc2024Record.fromRow(1, cells(Ctdc2024Record.header(), record.toRow())).record()).contains(record);
    }

    @Property
    void readsBackEvery2017RowItWrites(@ForAll("any2017") Ctdc2017Record record) {
        assertThat(Ctdc2017Record.fromRow(1, cells(Ctdc2017Record.header(), record.toRow())).record()).contains(record);
    }

    @Property
    void readsBackEveryVpRowItWrites(@ForAll("anyVp2022") CtdcVp2022Record record) {
        assertThat(CtdcVp2022Record.fromRow(1, cells(CtdcVp2022Record.header(), record.toRow())).record())
                .contains(record);
    }

    @Property
    void derivesBackEvery2024RecordHtcdsCanHold(@ForAll("representable2024") Ctdc2024Record record) {
        assertThat(CtdcDerivation.to2024(CtdcImport.from2024(record))).isEqualTo(record);
    }

    @Property
    void derivesBackEvery2017RecordHtcdsCanHold(@ForAll("representable2017") Ctdc2017Record record) {
        assertThat(CtdcDerivation.to2017(CtdcImport.from2017(record))).isEqualTo(record);
    }

    @Property
    void derivesBackEveryVpRecord(@ForAll("anyVp2022") CtdcVp2022Record record) {
        assertThat(CtdcDerivation.toVp2022(CtdcImport.fromVp2022(record))).isEqualTo(record);
    }

    /** Import then derive loses what HTCDS cannot hold once, and nothing more the second time. */
    @Property
    void importThenDeriveIsStableFor2024(@ForAll("any2024") Ctdc2024Record record) {
        Ctdc2024Record once = CtdcDerivation.to2024(CtdcImport.from2024(record));
        assertThat(CtdcDerivation.to2024(CtdcImport.from2024(once))).isEqualTo(once);
    }

    @Property
    void importThenDeriveIsStableFor2017(@ForAll("any2017") Ctdc2017Record record) {
        Ctdc2017Record once = CtdcDerivation.to2017(CtdcImport.from2017(record));
        assertThat(CtdcDerivation.to2017(CtdcImport.from2017(once))).isEqualTo(once);
    }

    @Provide
    Arbitrary<Ctdc2024Record> any2024() {
        return Arbitraries.randomValue(random -> CtdcSamples.random2024(random, false));
    }

    @Provide
    Arbitrary<Ctdc2024Record> representable2024() {
        return Arbitraries.randomValue(random -> CtdcSamples.random2024(random, true));
    }

    @Provide
    Arbitrary<Ctdc2017Record> any2017() {
        return Arbitraries.randomValue(random -> CtdcSamples.random2017(random, false));
    }

    @Provide
    Arbitrary<Ctdc2017Record> representable2017() {
        return Arbitraries.randomValue(random -> CtdcSamples.random2017(random, true));
    }

    @Provide
    Arbitrary<CtdcVp2022Record> anyVp2022() {
        return Arbitraries.randomValue(CtdcSamples::randomVp2022);
    }

    static Map<String, String> cells(List<String> header, String[] row) {
        assertThat(row).hasSameSizeAs(header.toArray());
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < row.length; i++) {
            cells.put(header.get(i), row[i]);
        }
        return cells;
    }
}
