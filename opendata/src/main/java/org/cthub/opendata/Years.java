package org.cthub.opendata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a year ({@code 2019}) or a period of years ({@code 2017-2021}, {@code 2014--2018}). */
final class Years {

    private static final Pattern SPAN = Pattern.compile("(\\d{4})(?:\\s*-{1,2}\\s*(\\d{4}))?");

    private Years() {
    }

    /** {from, to}, or null when the value is neither a year nor a period. */
    static int[] span(String value) {
        Matcher matcher = SPAN.matcher(value.strip());
        if (!matcher.matches()) {
            return null;
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        return from <= to ? new int[] {from, to} : null;
    }
}
