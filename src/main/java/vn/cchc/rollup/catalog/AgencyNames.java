package vn.cchc.rollup.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.rollup.normalize.TextMemo;
import vn.cchc.rollup.normalize.VietText;

/**
 * Finds an agency by the names reports write for it. First as registered (code, name, aliases;
 * any case, diacritics, with or without "UBND"); when none matches, in the forms offices shorten
 * them to: "P." for phường, "TT" for thị trấn, "VP" for văn phòng, "UBND" inside a name, "-" or ","
 * for "và" ("Sở GD-ĐT", "Sở Dân tộc - Tôn giáo"), and
 * ({@link NameForms#SHORT}) without the kind of place ("Cam Xuyen" for Xã Cẩm Xuyên) or a closing
 * "tỉnh" ("VP UBND"). A form two agencies share names neither.
 */
final class AgencyNames {

    private static final Pattern AND_SIGN = Pattern.compile("\\s*&\\s*");
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "p", "phuong", "tt", "thi tran", "vp", "van phong", "ubnd", "uy ban nhan dan");
    private static final String PEOPLES_COMMITTEE = "uy ban nhan dan ";
    private static final List<String> KINDS_OF_PLACE = List.of("xa ", "phuong ", "thi tran ", "dac khu ");
    private static final String PROVINCE = " tinh";

    private final NameIndex<Agency> registered = new NameIndex<>(AgencyNames::registeredKey);
    private final FormIndex full = new FormIndex();
    private final FormIndex shortened = new FormIndex();
    private int longestForm;
    /** Names repeat in every file and row that gives them: each text is looked up once for each set of forms (all added by then). */
    private final Map<NameForms, TextMemo<Optional<Agency>>> lookedUp = new EnumMap<>(Map.of(
            NameForms.FULL, new TextMemo<>(text -> findOnce(text, NameForms.FULL)),
            NameForms.SHORT, new TextMemo<>(text -> findOnce(text, NameForms.SHORT))));

    void add(Agency agency) {
        registered.add(agency.code(), agency);
        registered.add(agency.name(), agency);
        agency.aliases().forEach(alias -> registered.add(alias, agency));
        addForm(full, formKey(agency.code()), agency);
        for (String name : names(agency)) {
            String form = formKey(name);
            addForm(full, form, agency);
            String withoutProvince = withoutProvince(form);
            addForm(shortened, withoutKind(form), agency);
            addForm(shortened, withoutProvince, agency);
            addForm(shortened, withoutKind(withoutProvince), agency);
        }
    }

    private void addForm(FormIndex index, String form, Agency agency) {
        if (!form.isEmpty()) {
            index.add(form, agency);
            longestForm = Math.max(longestForm, form.split(" ").length);
        }
    }

    /** The agency a whole text names. */
    Optional<Agency> find(String text, NameForms forms) {
        return lookedUp.get(forms).apply(text);
    }

    private Optional<Agency> findOnce(String text, NameForms forms) {
        Optional<Agency> found = registered.find(text);
        if (found.isPresent()) {
            return found;
        }
        return Optional.ofNullable(lookUp(formKey(text), forms));
    }

    /**
     * The agency named somewhere in a longer text ("skhcn_q1_2026", "Báo cáo của UBND xã Đức Thọ"):
     * the longest run of whole words that is one of its forms; none when two agencies are named
     * equally long. Whole words only, so an abbreviation never matches inside another word.
     */
    Optional<Agency> mentionedIn(String text, NameForms forms) {
        List<String> words = List.of(formKey(text).split(" "));
        for (int length = Math.min(longestForm, words.size()); length > 0; length--) {
            Agency found = null;
            for (int start = 0; start + length <= words.size(); start++) {
                Agency agency = lookUp(String.join(" ", words.subList(start, start + length)), forms);
                if (agency == null) {
                    continue;
                }
                if (found != null && !found.equals(agency)) {
                    return Optional.empty();
                }
                found = agency;
            }
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** The agency of a form, full forms first; null when none, or when two share it. */
    private Agency lookUp(String form, NameForms forms) {
        if (full.has(form) || forms == NameForms.FULL) {
            return full.only(form);
        }
        return shortened.only(form);
    }

    private static List<String> names(Agency agency) {
        List<String> names = new ArrayList<>(agency.aliases());
        names.add(0, agency.name());
        return names;
    }

    static String registeredKey(String text) {
        return VietText.agencyKey(AND_SIGN.matcher(VietText.clean(text)).replaceAll(" và "));
    }

    /**
     * The registered key with abbreviations written out, no leading "Ủy ban nhân dân" and no "và":
     * offices join the parts of a name with "và", "&", "-" or a comma alike ("Sở Giáo dục - Đào tạo",
     * "Sở GD-ĐT", "Sở Khoa học, Công nghệ").
     */
    static String formKey(String text) {
        String key = VietText.key(AND_SIGN.matcher(VietText.clean(text)).replaceAll(" và "));
        StringBuilder out = new StringBuilder(key.length() + 16);
        for (String word : key.split(" ")) {
            if (word.equals("va") && !out.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(ABBREVIATIONS.getOrDefault(word, word));
        }
        String form = out.toString();
        return form.startsWith(PEOPLES_COMMITTEE) ? form.substring(PEOPLES_COMMITTEE.length()) : form;
    }

    /** "xa cam xuyen" → "cam xuyen"; empty when nothing but the kind would be left of two words. */
    private static String withoutKind(String form) {
        for (String kind : KINDS_OF_PLACE) {
            if (form.startsWith(kind)) {
                String rest = form.substring(kind.length());
                return rest.contains(" ") ? rest : "";
            }
        }
        return "";
    }

    /** "van phong uy ban nhan dan tinh" → "van phong uy ban nhan dan"; empty when not so ending. */
    private static String withoutProvince(String form) {
        if (form.endsWith(PROVINCE) && form.indexOf(' ') < form.length() - PROVINCE.length()) {
            return form.substring(0, form.length() - PROVINCE.length());
        }
        return "";
    }

    /** Forms and the agency of each; a form given to two agencies belongs to neither. */
    private static final class FormIndex {
        private final Map<String, Agency> agencies = new HashMap<>();
        private final Map<String, Boolean> shared = new HashMap<>();

        void add(String form, Agency agency) {
            Agency other = agencies.putIfAbsent(form, agency);
            if (other != null && !other.equals(agency)) {
                shared.put(form, true);
            }
        }

        boolean has(String form) {
            return agencies.containsKey(form);
        }

        Agency only(String form) {
            return shared.containsKey(form) ? null : agencies.get(form);
        }
    }
}
