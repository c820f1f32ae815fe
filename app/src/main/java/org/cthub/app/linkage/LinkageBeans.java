package org.cthub.app.linkage;

import org.cthub.app.cli.Store;
import org.cthub.store.linkage.PossibleDuplicates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The store's linkage services, for the possible-duplicate warning of the case and screening pages, and the
 * background pass after start-up that gives blocking tokens to cases stored before they existed (V7).
 */
@Configuration(proxyBeanMethods = false)
class LinkageBeans {

    private static final Logger LOG = LoggerFactory.getLogger(LinkageBeans.class);

    /** One per application: it remembers which organisations' older cases already have blocking tokens. */
    @Bean
    PossibleDuplicates possibleDuplicates(Store store) {
        return new PossibleDuplicates(store.database(), store.rows(), store.clock());
    }

    /** Fills older cases' tokens on a daemon thread; a check that comes first fills its organisation itself. */
    @EventListener(ApplicationReadyEvent.class)
    void fillBlockingTokens(ApplicationReadyEvent event) {
        PossibleDuplicates duplicates = event.getApplicationContext().getBean(PossibleDuplicates.class);
        Thread thread = new Thread(() -> {
            try {
                long filled = duplicates.fillAll();
                if (filled > 0) {
                    LOG.info("Blocking tokens written for {} cases stored before them", filled);
                }
            } catch (RuntimeException e) {
                // Counts and types only: the check fills what this pass could not.
                LOG.warn("Blocking tokens of older cases not written in the background: {}", e.getClass().getName());
            }
        }, "cthub-blocking-tokens");
        thread.setDaemon(true);
        thread.start();
    }
}
