package vn.cchc.rollup.sample;

import vn.cchc.rollup.catalog.Agency;

/** How a file names its agencies. */
enum AgencyNaming {
    /** Registry code in "Mã đơn vị", name next to it. */
    CODE,
    /** Name only, as registered ("Xã Đức Thọ"). */
    NAME,
    /** Name only, with the People's Committee prefix ("UBND xã Đức Thọ"). */
    UBND_NAME;

    String nameOf(Agency agency) {
        if (this != UBND_NAME) {
            return agency.name();
        }
        return agency.aliases().stream().filter(a -> a.startsWith("UBND ")).findFirst()
                .orElse("UBND " + agency.name());
    }
}
