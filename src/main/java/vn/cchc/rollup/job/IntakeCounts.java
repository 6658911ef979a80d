package vn.cchc.rollup.job;

import java.io.Serializable;

/** How the files of a run compare with the previous run. */
public record IntakeCounts(int found, int added, int changed, int unchanged, int removed) implements Serializable {
}
