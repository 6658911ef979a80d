package vn.cchc.rollup.read.layouts;

/** A merged block of cells, zero-based and inclusive. */
record Merge(int firstRow, int lastRow, int firstCol, int lastCol) {

    Merge shift(int rows) {
        return new Merge(firstRow + rows, lastRow + rows, firstCol, lastCol);
    }

    boolean covers(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }
}
