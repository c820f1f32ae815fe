package org.cthub.privacy.risk;

/**
 * Re-identification risks of a table under the three attacker models of El Emam and Dankar (2008,
 * "Protecting privacy using k-anonymity", JAMIA 15(5)), as ARX reports them.
 *
 * @param records number of records n
 * @param classes number of distinct quasi-identifier combinations in the sample
 * @param prosecutorHighest highest record risk {@code 1 / min f_j} (the attacker knows the target is in the data)
 * @param prosecutorAverage average record risk {@code classes / n}
 * @param prosecutorShareAbove share of records whose risk {@code 1 / f_j} exceeds the threshold
 * @param journalistHighest highest record risk {@code 1 / min F_j}, F from the population
 * @param journalistAverage average record risk {@code (1/n) sum_j f_j / F_j}
 * @param journalistShareAbove share of records whose risk {@code 1 / F_j} exceeds the threshold
 * @param marketer expected share of records an attacker matching everyone re-identifies, {@code (1/n) sum_j f_j / F_j}
 * @param sampleUniques records unique in the sample ({@code f_j = 1})
 * @param populationUniques records unique in the population ({@code F_j = 1})
 * @param threshold the record-risk threshold used for the shares
 */
public record RiskReport(long records, long classes, double prosecutorHighest, double prosecutorAverage,
                         double prosecutorShareAbove, double journalistHighest, double journalistAverage,
                         double journalistShareAbove, double marketer, long sampleUniques, long populationUniques,
                         double threshold) {

    public double sampleUniqueShare() {
        return records == 0 ? 0 : sampleUniques / (double) records;
    }
}
