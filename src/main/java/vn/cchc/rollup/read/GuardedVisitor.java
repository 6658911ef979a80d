package vn.cchc.rollup.read;

/**
 * Wraps a visitor so that its own runtime failures cross a reader's POI error handling untouched:
 * a reader turns POI's exceptions into {@link UnreadableFileException} but must rethrow the caller's.
 */
final class GuardedVisitor implements RowVisitor {

    /** A failure of the caller's visitor, unwrapped again by {@link #rethrow}. */
    static final class VisitorFailure extends RuntimeException {
        VisitorFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private final RowVisitor delegate;

    GuardedVisitor(RowVisitor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean startSheet(String name, boolean hidden) {
        try {
            return delegate.startSheet(name, hidden);
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    @Override
    public void row(RawRow row) {
        try {
            delegate.row(row);
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    @Override
    public void endSheet() {
        try {
            delegate.endSheet();
        } catch (RuntimeException e) {
            throw new VisitorFailure(e);
        }
    }

    static RuntimeException rethrow(VisitorFailure failure) {
        return (RuntimeException) failure.getCause();
    }
}
