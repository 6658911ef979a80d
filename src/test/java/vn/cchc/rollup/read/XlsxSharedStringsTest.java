package vn.cchc.rollup.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSharedStringsTest {

    private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    @Test
    void richRunsAreJoinedAndPhoneticGuidesLeftOut() throws Exception {
        XlsxSharedStrings strings = parse("<sst " + MAIN + " count=\"4\" uniqueCount=\"4\">"
                + "<si><t>Sở Nội vụ</t></si>"
                + "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Tỷ lệ </t></r><r><t>hồ sơ</t></r></si>"
                + "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si/>"
                + "</sst>");

        assertThat(strings.size()).isEqualTo(4);
        assertThat(strings.get(0)).isEqualTo("Sở Nội vụ");
        assertThat(strings.get(1)).isEqualTo("Tỷ lệ hồ sơ");
        assertThat(strings.get(2)).isEqualTo("漢字");
        assertThat(strings.get(3)).isEmpty();
        assertThatThrownBy(() -> strings.get(4)).hasMessageContaining("shared string 4");
    }

    @Test
    void excelEscapesAreDecoded() {
        assertThat(XlsxSharedStrings.decodeEscapes("Dòng 1_x000D_\nDòng 2")).isEqualTo("Dòng 1\r\nDòng 2");
        assertThat(XlsxSharedStrings.decodeEscapes("_x005F_x000D_")).isEqualTo("_x000D_");
        assertThat(XlsxSharedStrings.decodeEscapes("ma_xa_x12_ _x00e1_")).isEqualTo("ma_xa_x12_ á");
        assertThat(XlsxSharedStrings.decodeEscapes("không có")).isEqualTo("không có");
    }

    @Test
    void givesWhatPoisTableGivesForAWorkbookPoiWrote(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bc.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Báo cáo");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFRichTextString rich = new XSSFRichTextString("UBND XÃ ĐỨC THỌ – báo cáo");
            rich.applyFont(0, 14, bold);
            sheet.createRow(0).createCell(0).setCellValue(rich);
            sheet.createRow(1).createCell(0).setCellValue("  khoảng trắng đầu và cuối  ");
            sheet.createRow(2).createCell(0).setCellValue("Dòng 1\nDòng 2\tcột");
            sheet.createRow(3).createCell(0).setCellValue("Tỷ lệ hồ sơ giải quyết đúng hạn (%)");
            sheet.createRow(4).createCell(0).setCellValue("ký tự _x0041_ gõ tay");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(pkg);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < poi.getUniqueCount(); i++) {
                expected.add(poi.getItemAt(i).getString());
            }
            XlsxSharedStrings ours;
            try (InputStream in = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType()).get(0).getInputStream()) {
                ours = XlsxSharedStrings.parse(in, SecureXml.inputFactory());
            }
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < ours.size(); i++) {
                actual.add(ours.get(i));
            }
            assertThat(expected).hasSize(5);
            assertThat(actual).isEqualTo(expected);
        }
    }

    private static XlsxSharedStrings parse(String xml) throws Exception {
        return XlsxSharedStrings.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SecureXml.inputFactory());
    }
}
