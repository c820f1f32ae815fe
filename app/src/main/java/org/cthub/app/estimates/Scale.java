package org.cthub.app.estimates;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear axis from {@code min} to {@code max} mapped onto {@code [left, left + width]} SVG units, with round
 * tick values (1, 2 or 5 times a power of ten) so that the axis reads like a hand-drawn one.
 */
record Scale(double min, double max, int left, int width) {

    /** A tick: its position and its label in the user's language. */
    record Tick(int x, String label) {
    }

    /** An axis that holds every value, widened to round numbers; {@code zero} keeps 0 on it. */
    static Scale covering(double low, double high, boolean zero, int left, int width) {
        double from = zero ? Math.min(0, low) : low;
        double to = Math.max(high, from + 1);
        double step = step(to - from);
        return new Scale(Math.floor(from / step) * step, Math.ceil(to / step) * step, left, width);
    }

    int x(double value) {
        double clamped = Math.max(min, Math.min(max, value));
        return left + (int) Math.round((clamped - min) / (max - min) * width);
    }

    List<Tick> ticks(Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        double step = step(max - min);
        List<Tick> ticks = new ArrayList<>();
        for (double value = min; value <= max + step / 2; value += step) {
            ticks.add(new Tick(x(value), format.format(value)));
        }
        return ticks;
    }

    /** About five intervals of 1, 2 or 5 × 10^k. */
    private static double step(double range) {
        double raw = range / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.max(1, nice * power);
    }
}
