package vn.cchc.rollup.publish;

import java.util.List;

/** Short area names for chart axes: "Cải cách thủ tục hành chính" becomes "Thủ tục hành chính". */
final class AreaNames {

    private static final List<String> PREFIXES = List.of("Công tác ", "Cải cách ", "Xây dựng và phát triển ");
    private static final List<String> SUFFIXES = List.of(" cải cách hành chính");
    private static final int MAX_LENGTH = 36;

    private AreaNames() {
    }

    static String shorten(String name) {
        String text = name.strip();
        for (String prefix : PREFIXES) {
            if (text.length() > prefix.length() && text.regionMatches(true, 0, prefix, 0, prefix.length())) {
                text = text.substring(prefix.length());
            }
        }
        for (String suffix : SUFFIXES) {
            if (text.length() > suffix.length() && text.toLowerCase().endsWith(suffix)) {
                text = text.substring(0, text.length() - suffix.length());
            }
        }
        if (text.length() > MAX_LENGTH) {
            int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
            text = text.substring(0, cut > 0 ? cut : MAX_LENGTH - 1) + "…";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
