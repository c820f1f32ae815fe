package org.cthub.store.organisations;

import java.time.Instant;
import org.cthub.standard.htcds.OrganisationType;

/**
 * A contributing organisation as stored.
 *
 * @param id the store's id
 * @param code the organisation's short code, upper case, unique (such as {@code IOM-NG})
 * @param name the organisation's name; its code until someone names it
 * @param type the HTCDS organisation type, or null when not recorded
 */
public record Organisation(long id, String code, String name, OrganisationType type, Instant createdAt,
                           String createdBy) {
}
