package org.cthub.app.estimates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The candidate models as a forest plot drawn server-side in SVG: one row per model, a dot at its estimate and a
 * line across its 95% interval, the chosen model marked, and a dashed line at the number observed (no estimate
 * can be below it). The content security policy forbids inline styles, so geometry goes in attributes and
 * colours in estimates.css; the table of candidates under the chart is its text alternative.
 */
record ModelsChart(int width, int height, int plotTop, int plotBottom, int observedX, List<Row> rows,
        List<Scale.Tick> ticks) {

    static final int LABEL_SPACE = 320;
    static final int PLOT_SPACE = 440;
    static final int ROW_HEIGHT = 24;
    static final int TOP = 10;

    /**
     * One model's row. {@code open} when its interval has no finite upper limit (drawn to the edge).
     *
     * @param kind "candidate", "chosen" or "reported" (the chosen model's reported interval, BCa or other)
     */
    record Row(String label, String kind, int y, int x, int lowX, int highX, boolean open) {
    }

    /** A model to draw: its label, estimate and 95% interval. */
    record Entry(String label, String kind, double estimate, double low, double high) {
    }

    /** Where the models' names end: just left of the plot. */
    public int labelX() {
        return LABEL_SPACE - 10;
    }

    static ModelsChart of(List<Entry> entries, long observed, Locale locale) {
        double high = observed;
        double low = observed;
        for (Entry entry : entries) {
            low = Math.min(low, finiteOr(entry.low(), observed));
            high = Math.max(high, Math.max(entry.estimate(), finiteOr(entry.high(), entry.estimate())));
        }
        Scale scale = Scale.covering(low, high, false, LABEL_SPACE, PLOT_SPACE);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            boolean open = !Double.isFinite(entry.high());
            rows.add(new Row(entry.label(), entry.kind(), y, scale.x(entry.estimate()),
                    scale.x(finiteOr(entry.low(), observed)), open ? LABEL_SPACE + PLOT_SPACE : scale.x(entry.high()),
                    open));
        }
        int plotBottom = TOP + entries.size() * ROW_HEIGHT;
        return new ModelsChart(LABEL_SPACE + PLOT_SPACE + 40, plotBottom + 30, TOP, plotBottom, scale.x(observed),
                rows, scale.ticks(locale));
    }

    private static double finiteOr(double value, double fallback) {
        return Double.isFinite(value) ? value : fallback;
    }
}
