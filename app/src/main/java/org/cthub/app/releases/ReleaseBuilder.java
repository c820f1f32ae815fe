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
class ReleaseBuilder {

    static final String SYNTHESIS_SHARE = "0.75";

    private final Anonymiser anonymiser;
    private final Clock clock;
    private final BudgetCharge budget;
    private final BuildProgress progress;

    /** A builder that charges no store budget: for generated data only. */
    ReleaseBuilder(Anonymiser anonymiser, Clock clock) {
        this(anonymiser, clock, BudgetCharge.NONE, BuildProgress.NONE);
    }

    ReleaseBuilder(Anonymiser anonymiser, Clock clock, BudgetCharge budget, BuildProgress progress) {
        this.anonymiser = anonymiser;
        this.clock = clock;
        this.budget = budget;
        this.progress = progress;
    }

    /** Reads the cases (the caller closes the stream), protects and writes the release into {@code out}. */
    ReleaseFolder.Outcome build(Stream<CaseRecord> cases, ReleaseParameters parameters, Path out) {
        ReleaseFolder.requireEmpty(out);
        progress.step(BuildProgress.Step.READING);
        return build(ReleaseInput.of(cases, progress), parameters, out);
    }

    /** Protects cases already read (so the caller could close their stream and its connection) and writes them. */
    ReleaseFolder.Outcome build(ReleaseInput input, ReleaseParameters parameters, Path out) {
        ReleaseFolder.requireEmpty(out);
        Release release = protect(input, parameters);
        progress.step(BuildProgress.Step.WRITING);
        return ReleaseFolder.write(out, release);
    }

    /** The noise of a release: seeded only for tests and trial folders, which are never published. */
    RandomGenerator noise(ReleaseParameters parameters) {
        return parameters.seed().isPresent() ? NoiseSources.seeded(parameters.seed().getAsLong())
                : NoiseSources.secure();
    }

    /** The release in memory. @throws ReleaseRefusedException when the criteria cannot be met */
    Release protect(ReleaseInput input, ReleaseParameters parameters) {
        if (input.consenting() == 0) {
            throw new ReleaseRefusedException("No stored case has consent to share anonymised data ("
                    + input.withoutConsent() + " without); nothing was released",
                    ReleaseRefusedException.Why.NO_CONSENTING_CASES);
        }
        Instant now = clock.instant();
        RandomGenerator random = noise(parameters);
        boolean synthetic = parameters.method() == ReleaseMethod.SYNTHETIC;
        PrivacyBudgetLedger ledger = new PrivacyBudgetLedger("release " + now, parameters.epsilon(),
                synthetic ? parameters.delta() : BigDecimal.ZERO);
        BigDecimal aggregatesEpsilon = parameters.epsilon();
        ProtectedData data;
        progress.step(BuildProgress.Step.PROTECTING);
        if (synthetic) {
            BigDecimal synthesisEpsilon = parameters.epsilon().multiply(new BigDecimal(SYNTHESIS_SHARE));
            aggregatesEpsilon = parameters.epsilon().subtract(synthesisEpsilon);
            budget.charge(parameters.epsilon(), parameters.delta());
            data = SyntheticProtection.protect(input.table(), synthesisEpsilon, parameters.delta(), ledger, random);
        } else {
            data = new KAnonymityProtection(anonymiser).protect(input.table(), parameters);
            budget.charge(parameters.epsilon(), BigDecimal.ZERO);
        }
        progress.step(BuildProgress.Step.AGGREGATES);
        ReleaseAggregates.Result aggregates = ReleaseAggregates.compute(input.table(), aggregatesEpsilon, ledger,
                random);
        progress.step(BuildProgress.Step.FIGURES);
        ReleaseStatistics statistics = ReleaseStatistics.of(input.table(), data.data(), data.promisedK());
        return new Release(parameters, input, data, statistics, aggregates, ReleaseCheck.Budget.of(ledger),
                parameters.seed().isEmpty(), now);
    }
}
