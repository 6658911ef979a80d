package vn.cchc.rollup.read.layouts;

import java.text.Normalizer;
import java.util.List;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Unit;

/** How the indicator is written in the name column. */
enum NameStyle {
    FULL,
    SHORT,
    UNACCENTED,
    /** Decomposed diacritics, as a Mac or a windows-1258 export leaves them. */
    NFD,
    /** "1. …", "a) …", "- …" */
    NUMBERED,
    /** "… (%)" */
    UNIT_SUFFIX,
    /** The code alone in the name column (only when the table has no code column). */
    CODE;

    private static final List<String> LETTERS = List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m");

    String write(Indicator indicator, int position) {
        String name = indicator.name();
        return switch (this) {
            case FULL -> name;
            case SHORT -> ShortNames.of(indicator.code());
            case UNACCENTED -> Unaccented.of(name);
            case NFD -> Normalizer.normalize(name, Normalizer.Form.NFD);
            case NUMBERED -> switch (position % 3) {
                case 0 -> (position + 1) + ". " + name;
                case 1 -> LETTERS.get(position % LETTERS.size()) + ") " + name;
                default -> "- " + name;
            };
            case UNIT_SUFFIX -> indicator.unit() == Unit.PERCENT ? name + " (%)" : name;
            case CODE -> indicator.code();
        };
    }
}
