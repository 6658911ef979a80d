package vn.cchc.rollup.read;

/** A raw cell and where it stands. */
public record LocatedCell(RawCell cell, String location) {
}
