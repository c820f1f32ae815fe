package org.cthub.app.estimates;

import java.util.List;
import java.util.Locale;

/**
 * Observed against never identified, as one stacked bar as long as the estimated population, with the 95%
 * interval of the population drawn across it. Drawn server-side in SVG; the figures beside the chart are its
 * text alternative.
 */
record DarkFigureChart(int width, int height, int barY, int barHeight, int left, int observedWidth,
        int darkX, int darkWidth, int lowX, int highX, boolean open, int whiskerY, List<Scale.Tick> ticks) {

    static final int LEFT = 10;
    static final int PLOT_SPACE = 640;

    static DarkFigureChart of(long observed, double estimate, double low, double high, Locale locale) {
        double top = Math.max(estimate, Double.isFinite(high) ? high : estimate);
        Scale scale = Scale.covering(0, top, true, LEFT, PLOT_SPACE);
        int observedEnd = scale.x(observed);
        int estimateEnd = scale.x(estimate);
        boolean open = !Double.isFinite(high);
        return new DarkFigureChart(LEFT + PLOT_SPACE + 30, 110, 20, 40, LEFT, observedEnd - LEFT, observedEnd,
                Math.max(0, estimateEnd - observedEnd), scale.x(Double.isFinite(low) ? low : observed),
                open ? LEFT + PLOT_SPACE : scale.x(high), open, 40, scale.ticks(locale));
    }
}
