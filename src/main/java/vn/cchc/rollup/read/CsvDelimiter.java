package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the field delimiter of a text table from its first lines: the candidate that splits the
 * most lines into the same number of fields wins. Vietnamese numbers use the decimal comma
 * ("95,5"), so a semicolon file has commas too, but not in the same count on every line.
 *
 * @param delimiter     the field delimiter
 * @param skipFirstLine the file starts with Excel's {@code sep=;} hint line, which is not data
 */
record CsvDelimiter(char delimiter, boolean skipFirstLine) {

    static final int SAMPLE_LINES = 30;
    private static final char[] CANDIDATES = {',', ';', '\t'};
    private static final Pattern EXCEL_HINT = Pattern.compile("^\"?sep=(.)\"?\\s*$");

    static CsvDelimiter detect(String sample) {
        List<String> lines = firstLines(sample);
        if (!lines.isEmpty()) {
            Matcher hint = EXCEL_HINT.matcher(lines.get(0));
            if (hint.matches()) {
                return new CsvDelimiter(hint.group(1).charAt(0), true);
            }
        }
        char best = ',';
        int bestConsistent = 0;
        int bestFields = 0;
        for (char candidate : CANDIDATES) {
            Map<Integer, Integer> linesByCount = new HashMap<>();
            for (String line : lines) {
                int count = countOutsideQuotes(line, candidate);
                if (count > 0) {
                    linesByCount.merge(count, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> entry : linesByCount.entrySet()) {
                int consistent = entry.getValue();
                int fields = entry.getKey();
                if (consistent > bestConsistent || (consistent == bestConsistent && fields > bestFields)) {
                    best = candidate;
                    bestConsistent = consistent;
                    bestFields = fields;
                }
            }
        }
        return new CsvDelimiter(best, false);
    }

    /** Non-blank logical lines; a line break inside quotes does not end a line. */
    private static List<String> firstLines(String sample) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sample.length() && lines.size() < SAMPLE_LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == '\n' || c == '\r') && !quoted) {
                addIfNotBlank(lines, line);
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
        if (lines.size() < SAMPLE_LINES) {
            addIfNotBlank(lines, line);
        }
        return lines;
    }

    private static void addIfNotBlank(List<String> lines, StringBuilder line) {
        if (!line.toString().isBlank()) {
            lines.add(line.toString());
        }
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
