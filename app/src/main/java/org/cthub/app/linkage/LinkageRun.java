package org.cthub.app.linkage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.app.security.SignedIn;
import org.cthub.app.web.NotFoundException;
import org.cthub.linkage.LinkageOptions;
import org.cthub.linkage.LinkageResult;
import org.cthub.linkage.PersonRecord;
import org.cthub.linkage.RecordLinker;
import org.cthub.linkage.normalise.FieldKind;
import org.cthub.store.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A linkage of several organisations' lists: a data manager's of encoded files uploaded from the organisations,
 * or an analyst's of their cases in the store, linked in memory (an account that can put cases into one list must
 * not link stored lists, or it could probe another list for a person of its choosing). Runs as a background job visible only to whoever started it;
 * every run is audited with its lists and counts, never an identifier. Nothing personal is kept after the job:
 * the records are the job's local data, and its summary holds counts only.
 */
@Service
class LinkageRun {

    private static final Logger LOG = LoggerFactory.getLogger(LinkageRun.class);

    /** Accept a pair at P ≥ 0.9, the threshold the FEBRL benchmark chose (docs/linkage.md). */
    static final double THRESHOLD = 0.9;
    /** The largest person (cluster of records) allowed, against chaining; reaching it marks a result implausible. */
    static final int MAX_CLUSTER = 50;

    private final LinkageJobs jobs;
    private final StoreLists storeLists;
    private final AuditTrail audit;

    LinkageRun(LinkageJobs jobs, StoreLists storeLists, AuditTrail audit) {
        this.jobs = jobs;
        this.storeLists = storeLists;
        this.audit = audit;
    }

    /** The organisations whose stored cases may be linked: only for an account that cannot add cases to any. */
    @PreAuthorize("hasAuthority('" + Role.Authority.LINKAGE_STORE + "')")
    List<StoreLists.Choice> organisations() {
        return storeLists.choices();
    }

    @PreAuthorize("hasAnyAuthority('" + Role.Authority.LINKAGE_RUN + "', '" + Role.Authority.LINKAGE_STORE + "')")
    List<LinkageJob> myJobs() {
        return jobs.of(CurrentUser.get().username());
    }

    /** Checks that the signed-in account may link encoded files, before any file is read. */
    @PreAuthorize("hasAuthority('" + Role.Authority.LINKAGE_RUN + "')")
    void checkEncoded() {
        // The authority check is the whole of it.
    }

    /** Starts linking encoded lists already read and checked. */
    @PreAuthorize("hasAuthority('" + Role.Authority.LINKAGE_RUN + "')")
    LinkageJob startEncoded(EncodedUploads.Lists lists) {
        SignedIn account = CurrentUser.get();
        String names = "files=" + String.join(",", lists.names());
        LinkageOptions options = new LinkageOptions(lists.fields(), lists.fields().stream().map(FieldKind::guess)
                .toList(), THRESHOLD, false, false, MAX_CLUSTER, 500, 42);
        return start(account, names, job -> {
            job.phase("linkage.phase.linking", 0, -1);
            return new Outcome(new RecordLinker(options).linkEncoded(lists.records()),
                    DistinctIdentities.encoded(lists.records()));
        }, lists.records().size());
    }

    /**
     * Starts linking the cases of organisations of the store.
     *
     * @throws LinkageInputException when fewer than two known organisations are chosen
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.LINKAGE_STORE + "')")
    LinkageJob startOrganisations(List<String> codes) {
        Set<String> known = new LinkedHashSet<>();
        Set<String> chosen = new LinkedHashSet<>(codes == null ? List.of() : codes);
        for (StoreLists.Choice choice : storeLists.choices()) {
            if (chosen.contains(choice.code())) {
                known.add(choice.code());
            }
        }
        if (known.size() < 2) {
            throw new LinkageInputException("linkage.error.tooFewLists");
        }
        SignedIn account = CurrentUser.get();
        LinkageOptions options = new LinkageOptions(StoreLists.FIELDS, StoreLists.KINDS, THRESHOLD, false, false,
                MAX_CLUSTER, 500, 42);
        List<String> order = List.copyOf(known);
        return start(account, "organisations=" + String.join(",", order), job -> {
            List<PersonRecord> records = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                job.phase("linkage.phase.reading", i, order.size());
                records.addAll(storeLists.read(order.get(i), read -> { }));
            }
            job.phase("linkage.phase.linking", 0, -1);
            return new Outcome(new RecordLinker(options).linkPlain(records),
                    DistinctIdentities.plain(records, StoreLists.KINDS));
        }, -1);
    }

    /** The job if the signed-in account started it; 404 otherwise, as for a job that does not exist. */
    @PreAuthorize("hasAnyAuthority('" + Role.Authority.LINKAGE_RUN + "', '" + Role.Authority.LINKAGE_STORE + "')")
    LinkageJob job(String id) {
        return jobs.find(id, CurrentUser.get().username()).orElseThrow(() -> {
            audit.record("LINKAGE_READ", "LINKAGE", null, AuditEvent.Outcome.DENIED, "not visible");
            return new NotFoundException("Linkage");
        });
    }

    private interface Work {
        Outcome run(LinkageJob job);
    }

    private record Outcome(LinkageResult result, long distinct) {
    }

    private LinkageJob start(SignedIn account, String lists, Work work, long recordsKnown) {
        if (jobs.busy()) {
            throw new LinkageInputException("linkage.error.busy");
        }
        audit.record("LINKAGE_START", "LINKAGE", null, AuditEvent.Outcome.SUCCESS, lists
                + (recordsKnown >= 0 ? " records=" + recordsKnown : ""));
        String username = account.username();
        String organisation = account.organisationCode();
        return jobs.start(username, lists, job -> {
            try {
                Outcome outcome = work.run(job);
                LinkageSummary summary = LinkageSummary.of(outcome.result(), outcome.distinct(), MAX_CLUSTER);
                job.finish(summary);
                audit.as(username, organisation, "LINKAGE_RUN", "LINKAGE", job.id(), AuditEvent.Outcome.SUCCESS,
                        lists + " records=" + summary.lists().stream().mapToLong(LinkageSummary.ListCount::records)
                                .sum() + " persons=" + summary.persons()
                                + (summary.implausible() ? " implausible distinct=" + summary.distinct()
                                        + " clustersAtCap=" + summary.atCap() : ""));
            } catch (Throwable e) {
                // Any Throwable: an Error such as StackOverflowError must not leave the job RUNNING unaudited.
                // The exception may quote a value; only its type is logged.
                LOG.warn("Linkage job {} failed: {}", job.id(), e.getClass().getName());
                job.fail("linkage.error.failed");
                audit.as(username, organisation, "LINKAGE_RUN", "LINKAGE", job.id(), AuditEvent.Outcome.FAILURE,
                        lists);
            }
        });
    }
}
