package vn.cchc.rollup.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.cchc.rollup.catalog.Plan;

/** Writes several agencies' reports as one row per agency × indicator, under a short letterhead. */
final class LongSampleWriter {

    static final List<Object> HEADER = List.of("Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Mã chỉ tiêu",
            "Tên chỉ tiêu", "Tử số", "Mẫu số", "Giá trị", "Ghi chú");

    private LongSampleWriter() {
    }

    static void write(Plan plan, SampleFile file, Path path) throws IOException {
        GridWriter.write(grid(plan, file), file.format(), "Chi tieu", path, new GridWriter.CsvStyle(',', true));
    }

    static Grid grid(Plan plan, SampleFile file) {
        Grid grid = new Grid();
        Locale vi = Locale.forLanguageTag("vi-VN");
        String committee = plan.provinceName().committee();
        if (!committee.isEmpty()) {
            grid.addBold(committee.toUpperCase(vi));
        }
        grid.addBold(file.groupName().toUpperCase(vi));
        grid.add("Ngày báo cáo: " + vn.cchc.rollup.task.TaskDates.format(file.reportDate()));
        int title = grid.addBold("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH "
                + PeriodTitles.inWords(file.period()));
        grid.merge(title, 0, HEADER.size() - 1);
        grid.addHeader(HEADER);
        for (AgencyReport report : file.reports()) {
            String code = file.naming() == AgencyNaming.CODE ? report.agency().code() : null;
            String name = file.naming().nameOf(report.agency());
            for (SampleValue value : report.values()) {
                Object figure = value.value() != null ? value.value() : value.text();
                grid.add(code, name, file.periodText(), value.indicator().code(), value.indicator().name(),
                        value.numerator(), value.denominator(), figure, value.note());
            }
        }
        return grid;
    }
}
