package vn.cchc.rollup.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.rollup.normalize.LegacyEncoding;
import vn.cchc.rollup.normalize.LegacyText;
import vn.cchc.rollup.normalize.TextMemo;

/**
 * Turns the text cells of a file typed in TCVN3 or VNI fonts into Unicode before its rows are
 * interpreted. The font name decides where it names a legacy font. Otherwise a cell is decoded
 * when that clearly makes it better Vietnamese; such cells vote for their encoding, and a short
 * cell that reads as well either way ("Cã" / "Có") follows the vote of the file, unless the file
 * also holds as many cells in real Unicode.
 */
final class LegacyCells {

    /** Detection is a pure function of the text, and files repeat their texts (names, "Có") on many rows. */
    private static final TextMemo<Optional<LegacyEncoding>> DETECTED = new TextMemo<>(LegacyText::detect);

    private final Map<LegacyEncoding, Integer> votes = new EnumMap<>(LegacyEncoding.class);
    private int unicodeCells;

    RawRow repair(RawRow row) {
        List<RawCell> cells = null;
        for (int i = 0; i < row.cells().size(); i++) {
            RawCell cell = row.cells().get(i);
            if (cell.isNumeric()) {
                continue;
            }
            String repaired = repair(cell.text(), cell.font());
            if (!repaired.equals(cell.text())) {
                if (cells == null) {
                    cells = new ArrayList<>(row.cells());
                }
                cells.set(i, new RawCell(cell.column(), repaired, null, cell.percentFormat(), cell.font()));
            }
        }
        return cells == null ? row : row.withCells(cells);
    }

    private String repair(String text, String font) {
        if (LegacyText.isAscii(text)) {
            return text;
        }
        if (!LegacyText.isByteString(text)) {
            unicodeCells++;
            return text;
        }
        if (LegacyText.encodingOfFont(font).isPresent()) {
            return LegacyText.repair(text, font);
        }
        Optional<LegacyEncoding> detected = DETECTED.apply(text);
        if (detected.isPresent()) {
            votes.merge(detected.get(), 1, Integer::sum);
            return detected.get().decode(text);
        }
        Optional<LegacyEncoding> leading = leadingVote();
        if (leading.isPresent() && LegacyText.readsAtLeastAsWell(text, leading.get())) {
            return leading.get().decode(text);
        }
        return text;
    }

    private Optional<LegacyEncoding> leadingVote() {
        return votes.entrySet().stream()
                .filter(e -> e.getValue() > unicodeCells)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }
}
