package vn.cchc.rollup.read.layouts;

import java.text.Normalizer;

/** Vietnamese typed without diacritics, case kept: "Sở Nội vụ" → "So Noi vu". */
final class Unaccented {

    private Unaccented() {
    }

    static String of(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }
}
