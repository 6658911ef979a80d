package vn.cchc.rollup.read.layouts;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.AgencyKind;

/** The ways an agency's own files name it: letterhead, labelled cell, file name. */
final class AgencyForms {

    private AgencyForms() {
    }

    /** The letterhead's two left lines: the province's committee, then the agency in capitals. */
    static List<String> letterhead(Agency agency, Random random) {
        String upper = agency.name().toUpperCase(Spelling.VIETNAMESE);
        if (agency.kind() == AgencyKind.XA) {
            String place = upper.replaceFirst("^(XÃ|PHƯỜNG) ", "");
            String kindWord = upper.substring(0, upper.length() - place.length()).strip();
            return random.nextBoolean()
                    ? List.of("UBND TỈNH HÀ TĨNH", "UBND " + upper)
                    : List.of("ỦY BAN NHÂN DÂN", kindWord + " " + place);
        }
        return switch (agency.code()) {
            case "VP-UBND" -> List.of("UBND TỈNH HÀ TĨNH", "VĂN PHÒNG UBND TỈNH");
            default -> List.of("UBND TỈNH HÀ TĨNH", upper);
        };
    }

    /** What follows "Đơn vị báo cáo:": the registry name, "UBND xã …", or an alias. */
    static String labelled(Agency agency, Random random) {
        List<String> options = new java.util.ArrayList<>();
        options.add(agency.name());
        options.addAll(agency.aliases());
        if (agency.kind() == AgencyKind.XA) {
            options.add(Unaccented.of(agency.name()));
        }
        return HeaderWords.pick(random, options);
    }

    /** A file-name part: "so-noi-vu", "snv", "UBND xa Duc Tho", "Cam Xuyen". */
    static String fileName(Agency agency, Random random) {
        String plain = Unaccented.of(agency.name());
        return switch (random.nextInt(3)) {
            case 0 -> plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            case 1 -> agency.kind() == AgencyKind.XA
                    ? Unaccented.of(agency.aliases().get(0))
                    : agency.aliases().stream().filter(a -> a.matches("\\p{L}+")).findFirst()
                            .map(a -> Unaccented.of(a).toLowerCase(Locale.ROOT)).orElse(plain);
            default -> agency.kind() == AgencyKind.XA ? plain.replaceFirst("^(Xa|Phuong) ", "") : plain;
        };
    }
}
