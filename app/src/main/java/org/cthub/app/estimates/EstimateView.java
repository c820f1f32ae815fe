package org.cthub.app.estimates;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cthub.estimation.CaptureTableProblem;
import org.cthub.estimation.EstimateWarning;
import org.cthub.estimation.EstimationOptions;
import org.cthub.estimation.IntervalKind;
import org.cthub.estimation.PopulationEstimate;
import org.springframework.context.MessageSource;

/**
 * An estimate as the page shows it: figures formatted for the user's language, the charts, and every sentence
 * (diagnostics, warnings, the explanation of meaning and assumptions) taken from {@code messages/estimates} in
 * that language. The English explanation says exactly what {@link PopulationEstimate#explanation()} says.
 */
record EstimateView(List<String> lists, String observed, String estimate, String darkFigure, String ci95,
        String ci80, String intervalKind, String model, String method, int identifiabilityCode,
        String identifiability, List<String> nonOverlappingPairs, List<String> warnings, String explanation,
        List<Candidate> candidates, ModelsChart modelsChart, DarkFigureChart darkFigureChart, String sha256) {

    /** A row of the candidates' table. */
    record Candidate(String model, String estimate, String ci95, String aic, String bic, boolean chosen) {
    }

    static EstimateView of(PopulationEstimate result, EstimationOptions options, String sha256,
            MessageSource messages, Locale locale) {
        Text text = new Text(messages, locale);
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        String ci95 = text.range(result.ci95(), whole);
        String intervalKind = switch (result.interval()) {
            case BCA -> text.get("estimates.interval.bca", whole.format(options.bootstrapReplicates()),
                    String.valueOf(options.seed()));
            case WALD -> text.get("estimates.interval.wald");
            case PROFILE -> text.get("estimates.interval.profile");
        };
        String method = switch (result.method()) {
            case STEPWISE -> text.get("estimates.method.stepwise.used", decimal(options.pThreshold(), locale));
            default -> text.get("estimates.method." + result.method().id() + ".used");
        };
        List<Candidate> candidates = new ArrayList<>();
        List<ModelsChart.Entry> entries = new ArrayList<>();
        for (PopulationEstimate.Candidate candidate : result.candidates()) {
            String label = text.model(candidate.model());
            candidates.add(new Candidate(label, whole.format(candidate.estimate()), text.range(candidate.ci95(), whole),
                    decimal.format(candidate.aic()), decimal.format(candidate.bic()), candidate.chosen()));
            entries.add(new ModelsChart.Entry(label, candidate.chosen() ? "chosen" : "candidate", candidate.estimate(),
                    candidate.ci95().low(), candidate.ci95().high()));
        }
        if (result.interval() != IntervalKind.WALD) {
            entries.add(new ModelsChart.Entry(text.get("estimates.chart.reported." + result.interval().id()),
                    "reported", result.estimate(), result.ci95().low(), result.ci95().high()));
        }
        List<String> warnings = result.diagnostics().notes().stream().map(text::warning).toList();
        return new EstimateView(result.lists(), whole.format(result.observed()), whole.format(result.estimate()),
                whole.format(result.darkFigure()), ci95, text.range(result.ci80(), whole), intervalKind,
                text.model(result.model()), method, result.diagnostics().identifiability().code(),
                text.get("estimates.ident." + result.diagnostics().identifiability().code()),
                result.diagnostics().nonOverlappingPairs(), warnings, text.explanation(result, whole),
                candidates, ModelsChart.of(entries, result.observed(), locale),
                DarkFigureChart.of(result.observed(), result.estimate(), result.ci95().low(), result.ci95().high(),
                        locale), sha256);
    }

    /** One table problem as a sentence: where (row, line and column) and what is wrong. */
    static String problem(CaptureTableProblem problem, MessageSource messages, Locale locale) {
        Text text = new Text(messages, locale);
        String where = problem.row() == 0
                ? (problem.column().isEmpty() ? text.get("estimates.problem.header")
                        : text.get("estimates.problem.headerColumn", problem.column()))
                : (problem.column().isEmpty() ? text.get("estimates.problem.row", problem.row(), problem.row() + 1)
                        : text.get("estimates.problem.rowColumn", problem.row(), problem.row() + 1,
                                problem.column()));
        return where + " " + text.get("estimates.problem." + problem.code().name(), problem.value());
    }

    /**
     * A message in the user's language. A message without placeholders is returned as written, whatever the
     * arguments, so its apostrophes stay single (as MessagesTest expects of such messages).
     */
    static String message(MessageSource messages, String key, List<?> arguments, Locale locale) {
        String pattern = messages.getMessage(key, null, locale);
        if (arguments.isEmpty() || !pattern.contains("{")) {
            return pattern;
        }
        return messages.getMessage(key, arguments.stream().map(String::valueOf).toArray(), locale);
    }

    private static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }

    /** Messages in one language; numbers are passed already formatted so MessageFormat leaves them alone. */
    private record Text(MessageSource messages, Locale locale) {

        String get(String key, Object... arguments) {
            return message(messages, key, java.util.Arrays.asList(arguments), locale);
        }

        String range(PopulationEstimate.Interval interval, NumberFormat whole) {
            return get("estimates.range", whole.format(interval.low()),
                    Double.isFinite(interval.high()) ? whole.format(interval.high()) : get("estimates.noUpper"));
        }

        String model(List<String> interactions) {
            return interactions.isEmpty() ? get("estimates.model.mainEffects")
                    : get("estimates.model.with", String.join(" + ", interactions));
        }

        String warning(EstimateWarning warning) {
            return get("estimates.warning." + warning.code().name(), warning.arguments().toArray());
        }

        String explanation(PopulationEstimate result, NumberFormat whole) {
            String upper = Double.isFinite(result.ci95().high()) ? whole.format(result.ci95().high())
                    : get("estimates.explain.noUpper");
            String dependence = result.model().isEmpty() ? get("estimates.explain.independent")
                    : get("estimates.explain.dependent", String.join(", ", result.model()));
            return get("estimates.explain", result.lists().size(), whole.format(result.observed()),
                    whole.format(result.estimate()), whole.format(result.darkFigure()),
                    whole.format(result.ci95().low()), upper,
                    get("estimates.explain.kind." + result.interval().id()), dependence);
        }
    }
}
