package org.cthub.app.releases;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: no script, no external resource. The values are also written as text
 * beside each bar and the chart carries a title and description, so it reads without sight of the bars.
 */
final class BarChart {

    /** One bar. */
    record Bar(String label, double value, String shown) {
    }

    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 360;
    private static final int ROW_HEIGHT = 26;

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = ROW_HEIGHT * bars.size() + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 120;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "aria-labelledby=\"t%d\"><title id=\"t%d\">%s</title>%n", width, height, width, height,
                Math.abs(title.hashCode()), Math.abs(title.hashCode()), Html.escape(title)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 5 + i * ROW_HEIGHT;
            double length = max <= 0 ? 0 : Math.max(bar.value() > 0 ? 1 : 0, bar.value() / max * BAR_WIDTH);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 8, y + 17, Html.escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                    + "class=\"bar\"/>", LABEL_WIDTH, y + 3, length, ROW_HEIGHT - 8));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
                    LABEL_WIDTH + length + 6, y + 17, Html.escape(bar.shown())));
        }
        return svg.append("</svg>\n").toString();
    }
}
