package org.cthub.app.estimates;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cthub.estimation.CaptureTable;
import org.cthub.estimation.CaptureTableProblem;
import org.cthub.estimation.EstimationOptions;
import org.cthub.estimation.IntervalKind;
import org.cthub.estimation.InvalidCaptureTableException;
import org.cthub.estimation.ModelChoice;
import org.cthub.estimation.MultipleSystemsEstimator;
import org.cthub.estimation.PopulationEstimate;
import org.cthub.estimation.UnableToEstimateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code cthub estimate}: how many victims no list identified, by multiple systems estimation (docs/estimation.md). */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = {"Estimates the hidden population from how several lists of identified people overlap "
                + "(multiple systems estimation with Poisson log-linear models).",
                "FILE.csv has one 0/1 column per list, named after the list, and a count column: how many people "
                        + "have that combination of lists. Combinations not given count 0.",
                "Exit status: 0 with an estimate, 1 when the file is invalid or no estimate can be made, "
                        + "2 for a wrong option."})
public final class EstimateCommand implements Callable<Integer> {

    private static final List<String> METHODS = List.of("stepwise", "aic", "bic", "main-effects");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The capture table.")
    private Path file;

    @Option(names = "--method", defaultValue = "stepwise", paramLabel = "METHOD",
            description = "stepwise (SparseMSE), aic, bic (all hierarchical models, up to six lists) or "
                    + "main-effects (default: ${DEFAULT-VALUE}).")
    private String method;

    @Option(names = "--pthreshold", defaultValue = "0.02", paramLabel = "P",
            description = "Stepwise: the p-value an interaction must beat to enter the model "
                    + "(default: ${DEFAULT-VALUE}).")
    private double pThreshold;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N",
            description = "BCa bootstrap replicates, the model chosen again in each; 0 for a Wald interval "
                    + "(default: ${DEFAULT-VALUE}).")
    private int bootstrap;

    @Option(names = "--seed", defaultValue = "1234", paramLabel = "SEED",
            description = "Seed of the bootstrap; the same seed gives the same interval (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--interval", paramLabel = "KIND",
            description = "bca, wald or profile (default: bca, or wald with --bootstrap 0).")
    private String interval;

    @Option(names = "--json", description = "Print one JSON object instead of a summary.")
    private boolean json;

    public EstimateCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EstimationOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.println("cthub estimate: " + e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            err.println("cthub estimate: " + file + ": no such file");
            return 1;
        }
        try {
            CaptureTable table = CaptureTable.read(file);
            PopulationEstimate estimate = new MultipleSystemsEstimator().estimate(table, options);
            if (json) {
                out.println(JsonMapper.builder().build().writeValueAsString(asJson(estimate)));
            } else {
                summarise(estimate, options, file.getFileName().toString(), out);
            }
            return 0;
        } catch (InvalidCaptureTableException e) {
            err.println("cthub estimate: " + file + " is not a valid capture table:");
            for (CaptureTableProblem problem : e.problems()) {
                err.println("  " + problem.describe());
            }
            return 1;
        } catch (UnableToEstimateException | UncheckedIOException e) {
            err.println("cthub estimate: " + e.getMessage());
            return 1;
        }
    }

    private EstimationOptions options() {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unknown --method " + method + "; use one of "
                    + String.join(", ", METHODS));
        }
        if (bootstrap < 0 || bootstrap == 1) {
            throw new IllegalArgumentException("--bootstrap must be 0 (Wald interval) or at least 2");
        }
        IntervalKind kind = interval == null ? (bootstrap == 0 ? IntervalKind.WALD : IntervalKind.BCA)
                : Arrays.stream(IntervalKind.values()).filter(k -> k.id().equals(interval)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown --interval " + interval
                                + "; use one of bca, wald, profile"));
        if (kind == IntervalKind.BCA && bootstrap == 0) {
            throw new IllegalArgumentException("--interval bca needs --bootstrap 2 or more (1000 is usual)");
        }
        return new EstimationOptions(ModelChoice.fromId(method), pThreshold, 0, List.of(), kind,
                Math.max(bootstrap, 2), seed, Runtime.getRuntime().availableProcessors());
    }

    static void summarise(PopulationEstimate estimate, EstimationOptions options, String source, PrintWriter out) {
        out.println("Multiple systems estimate for " + source);
        out.println();
        row(out, "Lists (" + estimate.lists().size() + ")", String.join(", ", estimate.lists()));
        row(out, "Observed on any list", whole(estimate.observed()));
        row(out, "Estimated population", whole(estimate.estimate()));
        row(out, "Never identified", whole(estimate.darkFigure()) + " (the dark figure)");
        row(out, "95% interval", range(estimate.ci95()));
        row(out, "80% interval", range(estimate.ci80()));
        row(out, "Interval", switch (estimate.interval()) {
            case BCA -> String.format("BCa bootstrap, %,d replicates, seed %d, model chosen again in each",
                    options.bootstrapReplicates(), options.seed());
            case WALD -> "Wald, on the log of the dark figure, given the model";
            case PROFILE -> "profile likelihood (Rcapture), given the model";
        });
        row(out, "Model", estimate.model().isEmpty() ? "main effects only (lists independent)"
                : "main effects + " + String.join(" + ", estimate.model()));
        row(out, "Chosen by", switch (estimate.method()) {
            case STEPWISE -> String.format("SparseMSE stepwise, p < %s", options.pThreshold());
            case AIC -> "smallest AIC over hierarchical models";
            case BIC -> "smallest BIC over hierarchical models";
            case MAIN_EFFECTS, FIXED -> "given";
        });
        row(out, "Checks", "code " + estimate.diagnostics().identifiability().code() + ": "
                + estimate.diagnostics().identifiability().description());
        if (!estimate.diagnostics().warnings().isEmpty()) {
            out.println();
            out.println("Warnings");
            estimate.diagnostics().warnings().forEach(warning -> out.println("  - " + warning));
        }
        out.println();
        out.println("What this means");
        out.println(wrap(estimate.explanation(), 100, "  "));
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-22s %s%n", label + ":", value);
    }

    private static String whole(double value) {
        return String.format("%,d", Math.round(value));
    }

    private static String range(PopulationEstimate.Interval interval) {
        return whole(interval.low()) + " to "
                + (Double.isFinite(interval.high()) ? whole(interval.high()) : "no finite limit");
    }

    private static String wrap(String text, int width, String indent) {
        StringBuilder wrapped = new StringBuilder(indent);
        int column = indent.length();
        for (String word : text.split(" ")) {
            if (column + word.length() + 1 > width && column > indent.length()) {
                wrapped.append(System.lineSeparator()).append(indent);
                column = indent.length();
            } else if (column > indent.length()) {
                wrapped.append(' ');
                column++;
            }
            wrapped.append(word);
            column += word.length();
        }
        return wrapped.toString();
    }

    static Map<String, Object> asJson(PopulationEstimate estimate) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lists", estimate.lists());
        json.put("observed", estimate.observed());
        json.put("estimate", number(estimate.estimate()));
        json.put("dark_figure", number(estimate.darkFigure()));
        json.put("ci95", interval(estimate.ci95()));
        json.put("ci80", interval(estimate.ci80()));
        json.put("interval", estimate.interval().id());
        json.put("model", estimate.model());
        json.put("method", estimate.method().id());
        Map<String, Object> diagnostics = new LinkedHashMap<>();
        diagnostics.put("identifiability_code", estimate.diagnostics().identifiability().code());
        diagnostics.put("non_overlapping_pairs", estimate.diagnostics().nonOverlappingPairs());
        diagnostics.put("warnings", estimate.diagnostics().warnings());
        json.put("diagnostics", diagnostics);
        return json;
    }

    private static List<Double> interval(PopulationEstimate.Interval interval) {
        List<Double> bounds = new ArrayList<>();
        bounds.add(number(interval.low()));
        bounds.add(number(interval.high()));
        return bounds;
    }

    /** JSON has no infinity: an unbounded limit is written as null. */
    private static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
