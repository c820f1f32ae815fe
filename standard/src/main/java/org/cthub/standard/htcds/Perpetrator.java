package org.cthub.standard.htcds;

import java.util.List;
import java.util.Set;
import org.cthub.standard.geo.Country;

/**
 * HTCDS section Person - Perpetrator Context ({@code per_}), with the few person attributes that the
 * victim-perpetrator dataset publishes (gender, age, citizenship). Perpetrators' names are not kept here.
 */
public record Perpetrator(Gender gender, Integer age, List<Country> citizenship, Set<PerpetratorRole> roles,
                          String roleDetails) {

    public Perpetrator {
        citizenship = citizenship == null ? List.of() : List.copyOf(citizenship);
        roles = Picklists.copy(roles);
    }
}
