package vn.cchc.rollup.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.rollup.trend.TrendLine;
import vn.cchc.rollup.trend.Trends;

/** {@code xu-huong.csv}: every line of the trends, as the "Xu hướng" sheet shows them (all of them). */
public final class TrendsCsv {

    public static final String FILE = "xu-huong.csv";
    static final List<String> HEADER = List.of("nhom", "ma", "ten", "ma_linh_vuc_chi_tieu", "noi_dung", "ky_nay",
            "ky_truoc", "thay_doi", "xu_huong", "cung_ky_nam_truoc", "thay_doi_cung_ky", "xu_huong_cung_ky");

    private TrendsCsv() {
    }

    public static void write(Trends trends, Path file) throws IOException {
        Csv.write(file, HEADER, printer -> {
            for (TrendLine line : trends.lines()) {
                printer.printRecord(Csv.text(line.item().section()), Csv.text(line.item().subjectCode()),
                        Csv.text(line.item().subjectName()), Csv.text(line.item().itemCode()),
                        Csv.text(line.item().itemName()), Csv.number(line.current()), Csv.number(line.previous()),
                        Csv.number(line.changeFromPrevious()),
                        TrendSheet.arrow(line.fromPrevious(), TrendSheet.NO_PREVIOUS),
                        Csv.number(line.lastYear()), Csv.number(line.changeFromLastYear()),
                        TrendSheet.arrow(line.fromLastYear(), TrendSheet.NO_LAST_YEAR));
            }
        });
    }
}
