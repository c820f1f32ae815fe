package org.cthub.app.casework;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cthub.store.casework.NrmReport;

/**
 * The NRM waiting times as a horizontal bar chart drawn server-side in SVG: the content security policy forbids
 * inline styles, so geometry goes in SVG attributes and colours in the style sheet. The table of the same figures
 * under the chart is its text alternative. Bars share one scale, so the two stages compare at a glance.
 */
record WaitingChart(int width, int height, List<Stage> stages) {

    /** The widest bar, in SVG units; labels take the space to its left. */
    static final int BAR_SPACE = 440;
    static final int LABEL_SPACE = 140;
    static final int BAR_HEIGHT = 22;
    static final int STAGE_HEIGHT = 90;

    /**
     * One waiting time: its figures as the table shows them, in the user's language, and its two bars.
     *
     * @param key the stage's message key suffix
     */
    record Stage(String key, int cases, String median, String max, int y, Bar medianBar, Bar maxBar) {
    }

    /** A bar and where its value is written: just past its end. */
    record Bar(int x, int y, int width, int height, int textX, int textY, String value) {
    }

    static WaitingChart of(NrmReport report, Locale locale) {
        NumberFormat days = NumberFormat.getNumberInstance(locale);
        days.setMaximumFractionDigits(1);
        NrmReport.Waiting first = report.referralToReasonableGrounds();
        NrmReport.Waiting second = report.reasonableToConclusiveGrounds();
        double longest = Math.max(1, Math.max(first.maxDays(), second.maxDays()));
        List<Stage> stages = new ArrayList<>();
        stages.add(stage("referralToReasonable", first, 0, longest, days));
        stages.add(stage("reasonableToConclusive", second, 1, longest, days));
        return new WaitingChart(LABEL_SPACE + BAR_SPACE + 80, stages.size() * STAGE_HEIGHT + 10, stages);
    }

    private static Stage stage(String key, NrmReport.Waiting waiting, int index, double longest, NumberFormat days) {
        int top = 10 + index * STAGE_HEIGHT;
        String median = days.format(waiting.medianDays());
        String max = days.format(waiting.maxDays());
        return new Stage(key, waiting.cases(), median, max, top,
                bar(waiting.medianDays(), longest, top + 24, median),
                bar(waiting.maxDays(), longest, top + 24 + BAR_HEIGHT + 6, max));
    }

    private static Bar bar(double value, double longest, int y, String text) {
        // A zero still gets a sliver, so that "no wait" and "no bar drawn" look different.
        int width = Math.max(2, (int) Math.round(value / longest * BAR_SPACE));
        return new Bar(LABEL_SPACE, y, width, BAR_HEIGHT, LABEL_SPACE + width + 6, y + BAR_HEIGHT - 6, text);
    }
}
