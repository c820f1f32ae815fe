package org.cthub.app.estimates;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.Role;
import org.cthub.estimation.CaptureTable;
import org.cthub.estimation.CaptureTableProblem;
import org.cthub.estimation.EstimationOptions;
import org.cthub.estimation.InvalidCaptureTableException;
import org.cthub.estimation.MultipleSystemsEstimator;
import org.cthub.estimation.PopulationEstimate;
import org.cthub.estimation.UnableToEstimateException;
import org.cthub.store.audit.AuditEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs multiple systems estimation for the signed-in analyst or data manager and records every run, refused or
 * not, in the audit trail: who, how many lists and rows, the SHA-256 of the table, the method and the estimate.
 * A capture table is counts only, so nothing personal is recorded; nothing of it is kept after the answer.
 */
@Service
public class EstimateService {

    /** What came of a run. */
    sealed interface Outcome {
    }

    /** An estimate, with the table it came from as the analyst gave it. */
    record Estimated(PopulationEstimate estimate, EstimationOptions options, String table, String sha256)
            implements Outcome {
    }

    /** The input or options are wrong: nothing was estimated. */
    record Rejected(List<CaptureTableProblem> tableProblems, List<EstimateForm.Problem> formProblems)
            implements Outcome {
    }

    /** The table was read but no estimate can be made from it with these options. */
    record Unable(UnableToEstimateException.Reason reason, int lists) implements Outcome {
    }

    private final AuditTrail audit;
    private final MultipleSystemsEstimator estimator = new MultipleSystemsEstimator();

    EstimateService(AuditTrail audit) {
        this.audit = audit;
    }

    /** Reads the table, estimates and audits. Never throws for bad input or an impossible estimate. */
    @PreAuthorize("hasAuthority('" + Role.Authority.ESTIMATE_RUN + "')")
    public Outcome run(TableInput input, EstimateForm form) {
        List<EstimateForm.Problem> formProblems = new java.util.ArrayList<>(inputProblems(input));
        formProblems.addAll(form.problems());
        String text = input instanceof TableInput.Text typed ? typed.text() : null;
        String sha256 = text == null ? null : sha256(text);
        String settings = "method=" + form.method() + " p=" + form.pThreshold() + " bootstrap=" + form.bootstrap()
                + " seed=" + form.seed();
        if (!formProblems.isEmpty()) {
            audit.record("ESTIMATE_RUN", "CAPTURE_TABLE", sha256, AuditEvent.Outcome.FAILURE, "refused: "
                    + formProblems.stream().map(EstimateForm.Problem::key).collect(Collectors.joining(",")));
            return new Rejected(List.of(), formProblems);
        }
        long rows = text.lines().skip(1).filter(line -> !line.isBlank()).count();
        CaptureTable table;
        try {
            table = CaptureTable.parse(new StringReader(text), "table");
        } catch (InvalidCaptureTableException e) {
            audit.record("ESTIMATE_RUN", "CAPTURE_TABLE", sha256, AuditEvent.Outcome.FAILURE, "rows=" + rows
                    + " invalid table: " + e.problems().size() + " problems, " + e.problems().stream()
                    .map(problem -> problem.code().name()).distinct().collect(Collectors.joining(",")));
            return new Rejected(e.problems(), List.of());
        }
        String shape = "lists=" + table.listCount() + " rows=" + rows + " " + settings;
        try {
            EstimationOptions options = form.options();
            PopulationEstimate estimate = estimator.estimate(table, options);
            audit.record("ESTIMATE_RUN", "CAPTURE_TABLE", sha256, AuditEvent.Outcome.SUCCESS, shape
                    + String.format(Locale.ROOT, " estimate=%.1f ci95=%.1f-%.1f model=%s", estimate.estimate(),
                    estimate.ci95().low(), estimate.ci95().high(), String.join("+", estimate.model())));
            return new Estimated(estimate, options, text, sha256);
        } catch (UnableToEstimateException e) {
            audit.record("ESTIMATE_RUN", "CAPTURE_TABLE", sha256, AuditEvent.Outcome.FAILURE, shape + " unable: "
                    + e.reason());
            return new Unable(e.reason(), table.listCount());
        }
    }

    private static List<EstimateForm.Problem> inputProblems(TableInput input) {
        return switch (input) {
            case TableInput.Text text -> List.of();
            case TableInput.Missing missing -> List.of(new EstimateForm.Problem("file", "estimates.input.missing"));
            case TableInput.TooLarge large -> List.of(new EstimateForm.Problem("file", "estimates.input.tooLarge",
                    TableInput.MAX_BYTES / 1000));
            case TableInput.NotUtf8 notUtf8 -> List.of(new EstimateForm.Problem("file", "estimates.input.encoding",
                    notUtf8.line()));
        };
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
