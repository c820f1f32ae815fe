package org.cthub.app.admin;

import java.time.Clock;
import org.cthub.app.audit.AuditTrail;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.retention.Retention;
import org.cthub.store.retention.RetentionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, erases the personal identifiers of cases closed longer ago than their organisation keeps them
 * (IOM principle 9). The audit trail keeps only the fact: how many cases of which organisation.
 */
@Component
class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultDays;

    RetentionJob(Retention retention, AuditTrail audit, Clock clock,
                 @Value("${cthub.retention.default-days}") int defaultDays) {
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    @Scheduled(cron = "${cthub.retention.cron:0 30 2 * * *}", zone = "UTC")
    void nightly() {
        RetentionReport report = retention.run(clock.instant(), defaultDays, "system");
        report.erasedByOrganisation().forEach((organisation, count) -> audit.as("system", organisation,
                "RETENTION_ERASE", "ORGANISATION", organisation, AuditEvent.Outcome.SUCCESS, count + " cases"));
        audit.as("system", null, "RETENTION_RUN", null, null, AuditEvent.Outcome.SUCCESS, report.total() + " cases");
        LOG.info("Retention: identifiers of {} closed cases erased", report.total());
    }

    /** An administrator's run, for their own organisation's cases only, recorded as theirs. */
    RetentionReport runFor(String actor, long organisationId, String organisationCode) {
        RetentionReport report = retention.run(clock.instant(), defaultDays, actor, organisationId);
        audit.as(actor, organisationCode, "RETENTION_ERASE", "ORGANISATION", organisationCode,
                AuditEvent.Outcome.SUCCESS, report.total() + " cases");
        LOG.info("Retention: identifiers of {} closed cases erased", report.total());
        return report;
    }

    int defaultDays() {
        return defaultDays;
    }
}
