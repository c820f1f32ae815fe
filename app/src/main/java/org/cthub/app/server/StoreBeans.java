package org.cthub.app.server;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.cthub.app.cli.Store;
import org.cthub.app.cli.StoreOptions;
import org.cthub.store.Database;
import org.cthub.store.analysis.CaseCounts;
import org.cthub.store.audit.AuditLog;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.Casework;
import org.cthub.store.casework.ClosureRequests;
import org.cthub.store.casework.Consents;
import org.cthub.store.casework.NrmDecisions;
import org.cthub.store.casework.Screenings;
import org.cthub.store.casework.ServiceDeliveries;
import org.cthub.store.organisations.Organisations;
import org.cthub.store.referrals.Referrals;
import org.cthub.store.releases.Releases;
import org.cthub.store.retention.Retention;
import org.cthub.store.retention.RetentionSettings;
import org.cthub.store.retention.SubjectRequests;
import org.cthub.store.users.Users;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The store, opened (and migrated) from the same settings the command line reads: {@code CTHUB_DB_URL},
 * {@code CTHUB_HOME}, {@code CTHUB_KEYS}, {@code CTHUB_KEY_ID}, {@code CTHUB_KEY_FILE}. Outside the demo
 * ({@code cthub.demo=true}) the server refuses to start without a configured key: a key the server generated
 * for itself would sit next to the data it protects.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class StoreBeans {

    static final String[] SETTINGS = {"CTHUB_DB_URL", "CTHUB_HOME", "CTHUB_KEYS", "CTHUB_KEY_ID",
        "CTHUB_KEY_FILE"};

    @Bean(destroyMethod = "close")
    Store store(Environment environment) {
        Map<String, String> settings = new HashMap<>();
        for (String name : SETTINGS) {
            String value = environment.getProperty(name);
            if (value != null && !value.isBlank()) {
                settings.put(name, value);
            }
        }
        boolean demo = environment.getProperty("cthub.demo", Boolean.class, false);
        if (!demo && !settings.containsKey("CTHUB_KEYS") && !settings.containsKey("CTHUB_KEY_FILE")) {
            throw new IllegalStateException("CT Hub will not start without an encryption key: set CTHUB_KEYS or "
                    + "CTHUB_KEY_FILE (see the README); only the demo generates its own key");
        }
        return StoreOptions.fromSettings(settings).open();
    }

    @Bean
    Database database(Store store) {
        return store.database();
    }

    @Bean
    Clock clock(Store store) {
        return store.clock();
    }

    @Bean
    Organisations organisations(Store store) {
        return store.organisations();
    }

    @Bean
    Users users(Store store) {
        return new Users(store.database(), store.clock());
    }

    @Bean
    AuditLog auditLog(Store store) {
        return new AuditLog(store.database(), store.clock());
    }

    @Bean
    Casework casework(Store store) {
        return new Casework(store.database(), store.rows(), store.cipher(), store.clock());
    }

    @Bean
    CaseFiles caseFiles(Casework casework) {
        return casework.cases();
    }

    @Bean
    Screenings screenings(Casework casework) {
        return casework.screenings();
    }

    @Bean
    NrmDecisions nrmDecisions(Casework casework) {
        return casework.nrm();
    }

    @Bean
    Consents consents(Casework casework) {
        return casework.consents();
    }

    @Bean
    ServiceDeliveries serviceDeliveries(Casework casework) {
        return casework.services();
    }

    @Bean
    ClosureRequests closureRequests(Casework casework) {
        return casework.closures();
    }

    @Bean
    CaseCounts caseCounts(Store store) {
        return new CaseCounts(store.database());
    }

    @Bean
    Referrals referrals(Store store) {
        return new Referrals(store.database(), store.rows(), store.cipher(), store.clock());
    }

    @Bean
    Retention retention(Store store) {
        return new Retention(store.database(), store.rows());
    }

    @Bean
    RetentionSettings retentionSettings(Store store) {
        return new RetentionSettings(store.database(), store.clock());
    }

    @Bean
    SubjectRequests subjectRequests(Store store, Referrals referrals) {
        return new SubjectRequests(store.database(), store.rows(), referrals, store.clock());
    }

    @Bean
    Releases releases(Store store) {
        return new Releases(store.database(), store.clock());
    }
}
