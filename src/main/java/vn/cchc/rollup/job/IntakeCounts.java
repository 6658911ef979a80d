package vn.cchc.rollup.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How the files of a run compare with the previous run; {@code waiting} files were not stable yet.
 * Kept in the job's execution context as plain integers: Spring Batch deserializes only JDK types.
 */
public record IntakeCounts(int found, int added, int changed, int unchanged, int removed, int waiting) {

    private static final String PREFIX = "files.";

    void putInto(ExecutionContext context) {
        context.putInt(PREFIX + "found", found);
        context.putInt(PREFIX + "new", added);
        context.putInt(PREFIX + "changed", changed);
        context.putInt(PREFIX + "unchanged", unchanged);
        context.putInt(PREFIX + "removed", removed);
        context.putInt(PREFIX + "waiting", waiting);
    }

    /** The counts of the context, or null when its scan did not finish. */
    static IntakeCounts from(ExecutionContext context) {
        if (!context.containsKey(PREFIX + "found")) {
            return null;
        }
        return new IntakeCounts(context.getInt(PREFIX + "found"), context.getInt(PREFIX + "new"),
                context.getInt(PREFIX + "changed"), context.getInt(PREFIX + "unchanged"),
                context.getInt(PREFIX + "removed"), context.getInt(PREFIX + "waiting"));
    }
}
