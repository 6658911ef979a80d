package vn.cchc.rollup.read;

/** A piece of text from a report and where it stands (sheet and cell, or CSV line). */
public record Located(String text, String location) {

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}
