package org.cthub.app.releases;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.cthub.privacy.anonymity.Anonymiser;
import org.cthub.privacy.check.ReleaseCheck;
import org.cthub.privacy.dp.NoiseSources;
import org.cthub.privacy.dp.PrivacyBudgetLedger;
import org.cthub.standard.htcds.CaseRecord;

/**
 * Builds a release from cases: keeps those with consent to share, derives CTDC 2024 records, protects them,
 * computes the noisy aggregates and the figures, then writes and checks the folder ({@link ReleaseFolder}).
 * Everything up to the folder happens in memory, so a refused release writes nothing.
 *
 * <p>Budget: a k-anonymity release spends its whole epsilon on the aggregates (generalisation spends none); a
 * synthetic release spends {@value #SYNTHESIS_SHARE} of it on synthesis and the rest on the aggregates.
 */
final class ReleaseBuilder {

    static final String SYNTHESIS_SHARE = "0.75";

    private final Anonymiser anonymiser;
    private final Clock clock;

    ReleaseBuilder(Anonymiser anonymiser, Clock clock) {
        this.anonymiser = anonymiser;
        this.clock = clock;
    }

    /** Reads the cases (the caller closes the stream), protects and writes the release into {@code out}. */
    ReleaseFolder.Outcome build(Stream<CaseRecord> cases, ReleaseParameters parameters, Path out) {
        ReleaseFolder.requireEmpty(out);
        return ReleaseFolder.write(out, protect(ReleaseInput.of(cases), parameters));
    }

    /** The release in memory. @throws ReleaseRefusedException when the criteria cannot be met */
    Release protect(ReleaseInput input, ReleaseParameters parameters) {
        if (input.consenting() == 0) {
            throw new ReleaseRefusedException("No stored case has consent to share anonymised data ("
                    + input.withoutConsent() + " without); nothing was released");
        }
        Instant now = clock.instant();
        RandomGenerator random = parameters.seed().isPresent() ? NoiseSources.seeded(parameters.seed().getAsLong())
                : NoiseSources.secure();
        boolean synthetic = parameters.method() == ReleaseMethod.SYNTHETIC;
        PrivacyBudgetLedger ledger = new PrivacyBudgetLedger("release " + now, parameters.epsilon(),
                synthetic ? parameters.delta() : BigDecimal.ZERO);
        BigDecimal aggregatesEpsilon = parameters.epsilon();
        ProtectedData data;
        if (synthetic) {
            BigDecimal synthesisEpsilon = parameters.epsilon().multiply(new BigDecimal(SYNTHESIS_SHARE));
            aggregatesEpsilon = parameters.epsilon().subtract(synthesisEpsilon);
            data = SyntheticProtection.protect(input.table(), synthesisEpsilon, parameters.delta(), ledger, random);
        } else {
            data = new KAnonymityProtection(anonymiser).protect(input.table(), parameters);
        }
        ReleaseAggregates.Result aggregates = ReleaseAggregates.compute(input.table(), aggregatesEpsilon, ledger,
                random);
        ReleaseStatistics statistics = ReleaseStatistics.of(input.table(), data.data(), data.promisedK());
        return new Release(parameters, input, data, statistics, aggregates, ReleaseCheck.Budget.of(ledger),
                parameters.seed().isEmpty(), now);
    }
}
