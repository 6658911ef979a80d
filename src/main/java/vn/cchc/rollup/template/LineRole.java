package vn.cchc.rollup.template;

/** What a line of the template is, which decides its style and its input cells. */
enum LineRole {
    LETTERHEAD, TITLE, LABEL, REPORT_DATE, HEADER, AREA, INDICATOR, INSTRUCTION
}
