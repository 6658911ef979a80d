package vn.cchc.rollup.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import vn.cchc.rollup.catalog.Agency;
import vn.cchc.rollup.catalog.Indicator;
import vn.cchc.rollup.catalog.Plan;
import vn.cchc.rollup.catalog.Unit;

/**
 * Writes a summary table: one row per agency, one column per indicator code, values only, and a
 * "Tổng cộng" row. Workbooks carry a title row; the CSV (semicolon-delimited) a period column instead.
 */
final class WideSampleWriter {

    static final String TOTAL = "Tổng cộng";

    private WideSampleWriter() {
    }

    static void write(Plan plan, SampleFile file, Path path) throws IOException {
        GridWriter.write(grid(plan, file), file.format(), "Tong hop", path, new GridWriter.CsvStyle(';', false));
    }

    static Grid grid(Plan plan, SampleFile file) {
        boolean csv = file.format() == FileFormat.CSV;
        List<Indicator> columns = plan.indicatorsFor(firstRegistered(plan, file));
        Grid grid = new Grid();
        List<Object> header = new ArrayList<>(List.of("STT", "Đơn vị"));
        if (csv) {
            grid.add("Ngày báo cáo: " + vn.cchc.rollup.task.TaskDates.format(file.reportDate()));
            header.add("Kỳ báo cáo");
        } else {
            int title = grid.addBold("BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC – "
                    + PeriodTitles.upper(file.period().label()));
            grid.merge(title, 0, columns.size() + 1);
            grid.add("Ngày báo cáo: " + vn.cchc.rollup.task.TaskDates.format(file.reportDate()));
        }
        int firstValueColumn = header.size();
        columns.forEach(i -> header.add(i.code()));
        grid.addHeader(header);

        int firstDataRow = grid.rows().size();
        int stt = 0;
        for (AgencyReport report : file.reports()) {
            List<Object> row = new ArrayList<>();
            row.add(BigDecimal.valueOf(++stt));
            row.add(file.naming().nameOf(report.agency()));
            if (csv) {
                row.add(file.periodText());
            }
            for (int c = 0; c < columns.size(); c++) {
                row.add(cell(report, columns.get(c), asFraction(file, c)));
            }
            grid.add(row);
        }
        int lastDataRow = grid.rows().size() - 1;

        List<Object> total = new ArrayList<>();
        total.add(null);
        total.add(TOTAL);
        if (csv) {
            total.add(null);
        }
        for (int c = 0; c < columns.size(); c++) {
            total.add(columns.get(c).unit() == Unit.COUNT
                    ? sum(file, columns.get(c), firstValueColumn + c, firstDataRow, lastDataRow) : null);
        }
        grid.addBold(total.toArray());
        return grid;
    }

    /** Some percent columns of the .xlsx hold fractions formatted as percent, as Excel users often type. */
    private static boolean asFraction(SampleFile file, int column) {
        return file.format() == FileFormat.XLSX && column % 3 == 0;
    }

    private static Object cell(AgencyReport report, Indicator indicator, boolean fraction) {
        SampleValue value = report.values().stream().filter(v -> v.indicator().code().equals(indicator.code()))
                .findFirst().orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.text() != null) {
            return value.text();
        }
        BigDecimal figure = value.figure();
        if (figure == null) {
            return null;
        }
        return indicator.unit() == Unit.PERCENT && fraction && figure.signum() >= 0 ? new Grid.Fraction(figure) : figure;
    }

    private static Grid.Formula sum(SampleFile file, Indicator indicator, int column, int firstRow, int lastRow) {
        BigDecimal total = BigDecimal.ZERO;
        for (AgencyReport report : file.reports()) {
            Object cell = cell(report, indicator, false);
            if (cell instanceof BigDecimal number) {
                total = total.add(number);
            }
        }
        String letter = CellReference.convertNumToColString(column);
        return new Grid.Formula("SUM(" + letter + (firstRow + 1) + ":" + letter + (lastRow + 1) + ")", total);
    }

    private static Agency firstRegistered(Plan plan, SampleFile file) {
        return file.reports().stream().map(AgencyReport::agency)
                .filter(a -> plan.agency(a.code()).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no registered agency in " + file.fileName()));
    }
}
