package org.cthub.ingest.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Writes numeric cells as data rather than as the sheet displays them: a date-formatted cell as an ISO date
 * ({@code 2021-03-04}, with {@code THH:mm:ss} when it has a time of day, or only {@code HH:mm:ss} for a
 * time-only format), any other number in plain notation with Excel's 15 significant digits and no spurious
 * {@code .0} or exponent ({@code 1}, {@code 12.5}, {@code 1234567890123}); a percentage stays a fraction.
 * Whatever the display format, no digit is lost to rounding for display.
 */
final class IsoCellFormatter extends DataFormatter {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final boolean date1904;

    /** @param date1904 whether the workbook counts days from 1904 (old Mac Excel) rather than 1900 */
    IsoCellFormatter(boolean date1904) {
        super(Locale.ROOT);
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return format(value, formatIndex, formatString);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        return format(value, formatIndex, formatString);
    }

    private String format(double value, int formatIndex, String formatString) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
            return isoDate(value, formatString);
        }
        return plainNumber(value);
    }

    private String isoDate(double value, String formatString) {
        LocalDateTime moment = DateUtil.getLocalDateTime(value, date1904, true).truncatedTo(ChronoUnit.SECONDS);
        if (value < 1 && !hasDateParts(formatString)) {
            return moment.toLocalTime().format(TIME);
        }
        if (moment.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return moment.toLocalDate().toString();
        }
        return moment.toLocalDate() + "T" + moment.toLocalTime().format(TIME);
    }

    /** Whether a date format shows a day or a year, ignoring quoted literals and bracketed parts. */
    private static boolean hasDateParts(String formatString) {
        String parts = formatString.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return parts.indexOf('y') >= 0 || parts.indexOf('d') >= 0;
    }

    static String plainNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal number = new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros();
        return number.signum() == 0 ? "0" : number.toPlainString();
    }
}
