package org.cthub.app.linkage;

import org.cthub.app.cli.Store;
import org.cthub.store.linkage.PossibleDuplicates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store's linkage services, for the possible-duplicate warning of the case and screening pages. */
@Configuration(proxyBeanMethods = false)
class LinkageBeans {

    /** One per application: it remembers which organisations' older cases already have blocking tokens. */
    @Bean
    PossibleDuplicates possibleDuplicates(Store store) {
        return new PossibleDuplicates(store.database(), store.rows(), store.clock());
    }
}
