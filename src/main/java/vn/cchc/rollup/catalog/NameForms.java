package vn.cchc.rollup.catalog;

/** Which forms of an agency's name count when looking it up (see {@link AgencyNames}). */
public enum NameForms {
    /** As registered, or with its abbreviations written out: "P. Thành Sen", "TT Phố Châu", "VP UBND tỉnh". */
    FULL,
    /** Also without the kind of place or a closing "tỉnh": "Cam Xuyen", "VP UBND". */
    SHORT
}
