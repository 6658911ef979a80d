package vn.cchc.rollup.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * Reads {@code .xlsx}/{@code .xlsm} workbooks as a stream: shared strings and styles are loaded,
 * each sheet's XML is parsed row by row, so memory does not grow with the number of rows. The
 * package is opened straight from its zip ({@link XlsxPackage}); one that looks unusual there is
 * read through POI's package model instead, whose errors say what is wrong with it.
 */
public final class XlsxTableReader implements TableReader {

    @Override
    public void read(Path file, RowVisitor visitor) throws UnreadableFileException {
        try {
            readPackage(file, new GuardedVisitor(visitor));
        } catch (GuardedVisitor.VisitorFailure failure) {
            throw GuardedVisitor.rethrow(failure);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw ReadFailures.of(Ole2Files.isEncryptedOoxml(file) ? ReadFailures.PASSWORD_PROTECTED : ReadFailures.NOT_XLSX, e);
        } catch (EncryptedDocumentException e) {
            throw ReadFailures.of(ReadFailures.PASSWORD_PROTECTED, e);
        } catch (IOException | OpenXML4JException | XMLStreamException | SAXException | RuntimeException e) {
            throw ReadFailures.of(ReadFailures.isZipBomb(e) ? ReadFailures.ZIP_BOMB : ReadFailures.CORRUPT_EXCEL, e);
        }
    }

    private void readPackage(Path file, RowVisitor visitor)
            throws IOException, OpenXML4JException, XMLStreamException, SAXException {
        XMLInputFactory factory = SecureXml.inputFactory();
        Optional<XlsxPackage> light = XlsxPackage.open(file, factory);
        if (light.isEmpty()) {
            readThroughPoi(file, visitor, factory);
            return;
        }
        try (XlsxPackage pkg = light.get()) {
            XlsxSheetParser parser = new XlsxSheetParser(factory, pkg.strings(), pkg.styles(), pkg.workbook().date1904());
            for (XlsxWorkbookInfo.Sheet sheet : pkg.workbook().sheets()) {
                if (visitor.startSheet(sheet.name(), sheet.hidden())) {
                    try (InputStream sheetXml = pkg.sheet(sheet.relationId())) {
                        parser.parse(sheet.name(), sheetXml, visitor);
                    }
                }
                visitor.endSheet();
            }
        }
    }

    /** For tests: the whole file through POI's package model, as every file was read before {@link XlsxPackage}. */
    void readThroughPoi(Path file, RowVisitor visitor) throws Exception {
        readThroughPoi(file, visitor, SecureXml.inputFactory());
    }

    /** The package through POI's model: what a package the light reading found unusual gets, for POI's verdict. */
    private void readThroughPoi(Path file, RowVisitor visitor, XMLInputFactory factory)
            throws IOException, OpenXML4JException, XMLStreamException, SAXException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XlsxWorkbookInfo workbook;
            try (InputStream workbookXml = reader.getWorkbookData()) {
                workbook = XlsxWorkbookInfo.parse(workbookXml, factory);
            }
            List<PackagePart> stringsParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            XlsxSharedStrings strings = XlsxSharedStrings.NONE;
            if (!stringsParts.isEmpty()) {
                try (InputStream in = stringsParts.get(0).getInputStream()) {
                    strings = XlsxSharedStrings.parse(in, factory);
                }
            }
            XlsxStyles styles = XlsxStyles.of(reader.getStylesTable());
            XlsxSheetParser parser = new XlsxSheetParser(factory, strings, styles, workbook.date1904());
            for (XlsxWorkbookInfo.Sheet sheet : workbook.sheets()) {
                if (visitor.startSheet(sheet.name(), sheet.hidden())) {
                    try (InputStream sheetXml = reader.getSheet(sheet.relationId())) {
                        parser.parse(sheet.name(), sheetXml, visitor);
                    }
                }
                visitor.endSheet();
            }
        } finally {
            // READ access never writes back; revert releases the file without the save attempt close() makes.
            pkg.revert();
        }
    }
}
