package vn.cchc.rollup.catalog;

import java.util.Locale;
import java.util.Properties;

/**
 * Who issues the summary and the scorecards, as the top left of an official document and its
 * signature block write it ({@code plan.properties}: {@code issuer.parent}, {@code issuer.name},
 * {@code signer.title}, {@code signer.subtitle}, {@code signer.name}).
 *
 * @param issuerParent  the body above the issuer, e.g. "UBND TỈNH HÀ TĨNH"; empty for none
 * @param issuerName    e.g. "SỞ NỘI VỤ"
 * @param signerTitle   e.g. "KT. GIÁM ĐỐC"
 * @param signerSubtitle e.g. "PHÓ GIÁM ĐỐC"; empty for none
 * @param signerName    the signer's full name; empty to be written by hand
 */
public record Letterhead(String issuerParent, String issuerName, String signerTitle, String signerSubtitle,
        String signerName) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public Letterhead {
        issuerParent = strip(issuerParent);
        issuerName = strip(issuerName);
        signerTitle = strip(signerTitle);
        signerSubtitle = strip(signerSubtitle);
        signerName = strip(signerName);
    }

    /** The default: the province's committee over the Sở Nội vụ, signed by a deputy director. */
    public static Letterhead defaults(ProvinceName province) {
        return of(new Properties(), province);
    }

    public static Letterhead of(Properties properties, ProvinceName province) {
        return new Letterhead(
                properties.getProperty("issuer.parent", province.committee().toUpperCase(VIETNAMESE)),
                properties.getProperty("issuer.name", "SỞ NỘI VỤ"),
                properties.getProperty("signer.title", "KT. GIÁM ĐỐC"),
                properties.getProperty("signer.subtitle", "PHÓ GIÁM ĐỐC"),
                properties.getProperty("signer.name", ""));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
