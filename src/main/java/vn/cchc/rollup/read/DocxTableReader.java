package vn.cchc.rollup.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * Reads the tables of a Word {@code .docx} report, each as a sheet ({@link WordSheets}). The
 * package is opened by POI with its zip-bomb guard, as a workbook is; the document part is
 * streamed with the same hardened StAX parser.
 */
public final class DocxTableReader implements TableReader {

    @Override
    public void read(Path file, RowVisitor visitor) throws UnreadableFileException {
        try {
            readPackage(file, new GuardedVisitor(visitor));
        } catch (GuardedVisitor.VisitorFailure failure) {
            throw GuardedVisitor.rethrow(failure);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw ReadFailures.of(Ole2Files.isEncryptedOoxml(file) ? ReadFailures.PASSWORD_PROTECTED : ReadFailures.NOT_DOCX, e);
        } catch (EncryptedDocumentException e) {
            throw ReadFailures.of(ReadFailures.PASSWORD_PROTECTED, e);
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            throw ReadFailures.of(ReadFailures.isZipBomb(e) ? ReadFailures.ZIP_BOMB_WORD : ReadFailures.CORRUPT_WORD, e);
        }
    }

    private void readPackage(Path file, RowVisitor visitor) throws IOException, OpenXML4JException, XMLStreamException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            try (InputStream documentXml = mainPart(pkg).getInputStream()) {
                new DocxBodyParser(SecureXml.inputFactory()).parse(documentXml, new WordSheets(visitor));
            }
        } finally {
            // READ access never writes back; revert releases the file without the save attempt close() makes.
            pkg.revert();
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) throws OpenXML4JException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() == 0) {
            throw new OpenXML4JException("no main document part");
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        if (part == null) {
            throw new OpenXML4JException("main document part missing");
        }
        return part;
    }
}
