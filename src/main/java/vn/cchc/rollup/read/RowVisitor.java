package vn.cchc.rollup.read;

/** Receives the rows of a file sheet by sheet, in order, as a reader streams them. */
public interface RowVisitor {

    /** A sheet begins; return false to skip its rows. A CSV file is one sheet named null. */
    default boolean startSheet(String name, boolean hidden) {
        return true;
    }

    /** A row with at least one non-empty cell; empty rows are not passed. */
    void row(RawRow row);

    default void endSheet() {
    }
}
