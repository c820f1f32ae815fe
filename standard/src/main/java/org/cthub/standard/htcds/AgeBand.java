package org.cthub.standard.htcds;

/**
 * The age bands of CTDC's public datasets (codebook v6 and the 2024 codebook). A CT Hub extension of HTCDS:
 * used when a contributor knows only the band, not the birth date.
 */
public enum AgeBand {
    AGE_0_8(0, 8), AGE_9_17(9, 17), AGE_18_20(18, 20), AGE_21_23(21, 23), AGE_24_26(24, 26),
    AGE_27_29(27, 29), AGE_30_38(30, 38), AGE_39_47(39, 47), AGE_48_PLUS(48, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    /** The last age in the band, {@link Integer#MAX_VALUE} for the open band. */
    public int to() {
        return to;
    }

    public boolean isMinor() {
        return to < 18;
    }

    /** The CTDC spelling, with a double hyphen: {@code 0--8}, {@code 48+}. */
    public String ctdcLabel() {
        return to == Integer.MAX_VALUE ? from + "+" : from + "--" + to;
    }

    /** The band of an age in whole years. */
    public static AgeBand of(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("An age cannot be negative: " + age);
        }
        for (AgeBand band : values()) {
            if (age <= band.to) {
                return band;
            }
        }
        throw new AssertionError("unreachable: the last band is open");
    }
}
