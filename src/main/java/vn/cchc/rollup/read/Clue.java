package vn.cchc.rollup.read;

/** What one place of a report says (an agency, a period or both), and where it says it. */
record Clue(ContextPlace place, Located text) {

    String where() {
        return place.describe(text);
    }
}
