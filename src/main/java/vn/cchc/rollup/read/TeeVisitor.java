package vn.cchc.rollup.read;

/**
 * One read of a file for two visitors: the parser's own and one riding along (the task reports),
 * so that a file is opened and parsed once. Each gets the rows of the sheets it accepts; every
 * sheet's end goes to both, as readers do.
 */
final class TeeVisitor implements RowVisitor {

    private final RowVisitor main;
    private final RowVisitor alongside;
    private boolean mainReads;
    private boolean alongsideReads;

    TeeVisitor(RowVisitor main, RowVisitor alongside) {
        this.main = main;
        this.alongside = alongside;
    }

    @Override
    public boolean startSheet(String name, boolean hidden) {
        mainReads = main.startSheet(name, hidden);
        alongsideReads = alongside.startSheet(name, hidden);
        return mainReads || alongsideReads;
    }

    @Override
    public void row(RawRow row) {
        if (mainReads) {
            main.row(row);
        }
        if (alongsideReads) {
            alongside.row(row);
        }
    }

    @Override
    public void endSheet() {
        main.endSheet();
        alongside.endSheet();
    }
}
