package org.cthub.app.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.Perpetrator;
import org.cthub.standard.htcds.PerpetratorRole;

/**
 * Perpetrators as victims describe them. Gender shares follow CTDC VP v1 (IP_Gender: 62% male only, 22%
 * female only, 16% both, of perpetrator groups); ages and roles are CT Hub's approximation of its IP_ageBroad
 * and role flags.
 */
final class Perpetrators {

    private static final Weighted<PerpetratorRole> ROLES = Weighted.<PerpetratorRole>builder()
            .add(PerpetratorRole.EXPLOITER, 45).add(PerpetratorRole.RECRUITER_OR_INTERMEDIARY, 35)
            .add(PerpetratorRole.TRANSPORTER, 15).add(PerpetratorRole.CONTROLLED_INDIVIDUAL, 10)
            .add(PerpetratorRole.ABUSER, 8).add(PerpetratorRole.SMUGGLER, 5)
            .add(PerpetratorRole.BROKER_TRAVEL_AGENT, 5).add(PerpetratorRole.KIDNAPPER, 2).build();

    private final SplittableRandom random;

    Perpetrators(SplittableRandom random) {
        this.random = random;
    }

    List<Perpetrator> some() {
        int pick = random.nextInt(100);
        int count = pick < 35 ? 0 : pick < 75 ? 1 : pick < 93 ? 2 : 3;
        List<Perpetrator> perpetrators = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Gender gender = random.nextInt(100) < 72 ? Gender.MASCULINE : Gender.FEMININE;
            int agePick = random.nextInt(100);
            int age = agePick < 10 ? 20 + random.nextInt(10) : agePick < 47 ? 30 + random.nextInt(9)
                    : agePick < 87 ? 39 + random.nextInt(9) : 48 + random.nextInt(20);
            Set<PerpetratorRole> roles = EnumSet.of(ROLES.sample(random));
            if (random.nextInt(4) == 0) {
                roles.add(ROLES.sample(random));
            }
            perpetrators.add(new Perpetrator(gender, random.nextInt(4) == 0 ? null : age, List.of(), roles, null));
        }
        return perpetrators;
    }
}
