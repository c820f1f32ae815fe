package org.cthub.app.releases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.cthub.privacy.Table;
import org.cthub.privacy.dp.PrivacyBudgetLedger;
import org.cthub.privacy.synthetic.SyntheticData;
import org.cthub.privacy.synthetic.SyntheticDataParameters;
import org.cthub.privacy.synthetic.UtilityReport;

/**
 * Protects a release by publishing differentially private synthetic records instead of the real ones
 * (Microsoft's synthetic data showcase, aggregate-seeded; see docs/privacy.md), charged to the release's ledger.
 * Utility is measured on the quasi-identifiers and the types of exploitation, combinations up to length 3.
 */
final class SyntheticProtection {

    /** The columns utility is measured on: the quasi-identifiers and the types of exploitation. */
    static final List<String> UTILITY_COLUMNS = Stream.concat(QuasiIdentifier.columns().stream(),
            Stream.of("isForcedLabour", "isSexualExploit", "isOtherExploit")).toList();

    private SyntheticProtection() {
    }

    static ProtectedData protect(Table input, BigDecimal epsilon, BigDecimal delta, PrivacyBudgetLedger ledger,
                                 RandomGenerator random) {
        SyntheticDataParameters parameters = SyntheticDataParameters.defaults().withEpsilon(epsilon.doubleValue());
        parameters = new SyntheticDataParameters(parameters.reportingLength(), parameters.epsilon(),
                OptionalDouble.of(delta.doubleValue()), parameters.recordCountEpsilonProportion(),
                parameters.sigmaProportions(), parameters.threshold(), parameters.weightSelectionPercentile());
        SyntheticData.Result result = SyntheticData.synthesise(input, parameters, ledger, "synthetic records", random);
        UtilityReport utility = SyntheticData.evaluate(project(input), project(result.synthetic()), 3);
        return new ProtectedData(result.synthetic(), 1, Map.of(), Double.NaN, 0, Optional.of(utility));
    }

    private static Table project(Table table) {
        int[] positions = UTILITY_COLUMNS.stream().mapToInt(table::column).toArray();
        return new Table(UTILITY_COLUMNS, table.rows().stream()
                .map(row -> java.util.Arrays.stream(positions).mapToObj(row::get).toList()).toList());
    }
}
