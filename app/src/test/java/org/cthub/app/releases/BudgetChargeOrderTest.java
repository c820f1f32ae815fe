package org.cthub.app.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.cthub.privacy.anonymity.Anonymiser;
import org.cthub.privacy.dp.NoiseSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collaborative's budget is charged once per build and before the first noise is drawn, and a build refused
 * before any noise costs nothing: the order is watched through the noise source itself.
 */
class BudgetChargeOrderTest {

    @TempDir
    Path dir;

    /** A noise source that counts its draws. */
    private static final class CountingNoise implements RandomGenerator {

        private final RandomGenerator delegate = NoiseSources.seeded(5);
        private final AtomicLong draws = new AtomicLong();

        @Override
        public long nextLong() {
            draws.incrementAndGet();
            return delegate.nextLong();
        }
    }

    /** Records each charge with the number of draws made before it. */
    private record Charge(BigDecimal epsilon, BigDecimal delta, long drawsBefore) {
    }

    private static ReleaseBuilder builder(CountingNoise noise, List<Charge> charges) {
        return new ReleaseBuilder(new Anonymiser(2), Clock.systemUTC(),
                (epsilon, delta) -> charges.add(new Charge(epsilon, delta, noise.draws.get())), BuildProgress.NONE) {
            @Override
            java.util.random.RandomGenerator noise(ReleaseParameters parameters) {
                return noise;
            }
        };
    }

    @Test
    void aKAnonymityReleaseIsChargedItsWholeEpsilonOnceBeforeAnyNoise() {
        CountingNoise noise = new CountingNoise();
        List<Charge> charges = new ArrayList<>();
        builder(noise, charges).build(GeneratedCases.consenting(1500, 3).stream(),
                ReleaseParameters.kAnonymity(5, 0.2, new BigDecimal("4")), dir.resolve("k"));

        assertThat(charges).singleElement().satisfies(charge -> {
            assertThat(charge.epsilon()).isEqualByComparingTo("4");
            assertThat(charge.delta()).isEqualByComparingTo("0");
            assertThat(charge.drawsBefore()).isZero();
        });
        assertThat(noise.draws.get()).as("the aggregates drew noise after the charge").isPositive();
    }

    @Test
    void aSyntheticReleaseIsChargedEpsilonAndDeltaOnceBeforeAnyNoise() {
        CountingNoise noise = new CountingNoise();
        List<Charge> charges = new ArrayList<>();
        builder(noise, charges).build(GeneratedCases.consenting(800, 4).stream(),
                ReleaseParameters.kAnonymity(5, 0.2, new BigDecimal("2")).withMethod(ReleaseMethod.SYNTHETIC),
                dir.resolve("s"));

        assertThat(charges).singleElement().satisfies(charge -> {
            assertThat(charge.epsilon()).isEqualByComparingTo("2");
            assertThat(charge.delta()).isEqualByComparingTo("0.000001");
            assertThat(charge.drawsBefore()).isZero();
        });
        assertThat(noise.draws.get()).isPositive();
    }

    @Test
    void aReleaseRefusedForAnUnreachableKOrForWantOfConsentIsNeverCharged() {
        CountingNoise noise = new CountingNoise();
        List<Charge> charges = new ArrayList<>();
        assertThatThrownBy(() -> builder(noise, charges).build(GeneratedCases.consenting(30, 5).stream(),
                ReleaseParameters.kAnonymity(50, 0, new BigDecimal("4")), dir.resolve("unreachable")))
                .isInstanceOfSatisfying(ReleaseRefusedException.class,
                        e -> assertThat(e.why()).isEqualTo(ReleaseRefusedException.Why.K_UNREACHABLE));
        assertThatThrownBy(() -> builder(noise, charges).build(GeneratedCases.consenting(30, 5).stream()
                        .map(record -> GeneratedCases.withConsent(record, false)),
                ReleaseParameters.kAnonymity(5, 0.2, new BigDecimal("4")), dir.resolve("no-consent")))
                .isInstanceOfSatisfying(ReleaseRefusedException.class,
                        e -> assertThat(e.why()).isEqualTo(ReleaseRefusedException.Why.NO_CONSENTING_CASES));

        assertThat(charges).isEmpty();
        assertThat(noise.draws.get()).isZero();
        assertThat(dir.resolve("unreachable")).doesNotExist();
    }

    @Test
    void aRefusedChargeStopsTheBuildBeforeAnyNoiseOrFile() {
        CountingNoise noise = new CountingNoise();
        ReleaseBuilder builder = new ReleaseBuilder(new Anonymiser(2), Clock.systemUTC(), (epsilon, delta) -> {
            throw new ReleaseRefusedException("spent", ReleaseRefusedException.Why.BUDGET, "0", "4");
        }, BuildProgress.NONE) {
            @Override
            java.util.random.RandomGenerator noise(ReleaseParameters parameters) {
                return noise;
            }
        };
        assertThatThrownBy(() -> builder.build(GeneratedCases.consenting(1500, 3).stream(),
                ReleaseParameters.kAnonymity(5, 0.2, new BigDecimal("4")), dir.resolve("refused")))
                .isInstanceOf(ReleaseRefusedException.class);
        assertThat(noise.draws.get()).isZero();
        assertThat(dir.resolve("refused")).doesNotExist();
    }
}
