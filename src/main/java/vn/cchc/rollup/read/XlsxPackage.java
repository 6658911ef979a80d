package vn.cchc.rollup.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The parts of an xlsx package a streaming read needs, found through the package's relationships
 * in the zip itself: the workbook, its shared strings and styles, and its sheets. Opening a small
 * workbook through POI's package model (content types and relationships as DOM, styles through
 * XMLBeans) cost several times the parse of its one sheet. The zip is POI's {@link ZipSecureFile},
 * so the same limits against zip bombs hold.
 */
final class XlsxPackage implements AutoCloseable {

    private final ZipSecureFile zip;
    private final Map<String, ZipArchiveEntry> entries;
    private final Map<String, String> sheetParts;
    private final XlsxWorkbookInfo workbook;
    private final XlsxSharedStrings strings;
    private final XlsxStyles styles;

    private XlsxPackage(ZipSecureFile zip, Map<String, ZipArchiveEntry> entries, Map<String, String> sheetParts,
            XlsxWorkbookInfo workbook, XlsxSharedStrings strings, XlsxStyles styles) {
        this.zip = zip;
        this.entries = entries;
        this.sheetParts = sheetParts;
        this.workbook = workbook;
        this.strings = strings;
        this.styles = styles;
    }

    /**
     * The package's workbook with its strings, styles and every sheet's part found; empty when
     * anything is unusual (not a zip, a part or relationship missing, bad XML, a zip bomb): the
     * caller then reads the file through POI, which says precisely what is wrong.
     */
    static Optional<XlsxPackage> open(Path file, XMLInputFactory factory) {
        ZipSecureFile zip = null;
        try {
            zip = new ZipSecureFile(file.toFile());
            Map<String, ZipArchiveEntry> entries = new HashMap<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                entries.put(key(entry.getName()), entry);
            }
            if (!entries.containsKey(key("[Content_Types].xml"))) {
                return closing(zip);
            }
            String workbookPart = relationships(zip, entries, "_rels/.rels", "/", factory).get("officeDocument");
            if (workbookPart == null || !entries.containsKey(key(workbookPart))) {
                return closing(zip);
            }
            Map<String, String> related = relationships(zip, entries, relsOf(workbookPart), workbookPart, factory);
            XlsxWorkbookInfo workbook;
            try (InputStream in = zip.getInputStream(entries.get(key(workbookPart)))) {
                workbook = XlsxWorkbookInfo.parse(in, factory);
            }
            Map<String, String> sheetParts = new HashMap<>();
            for (XlsxWorkbookInfo.Sheet sheet : workbook.sheets()) {
                String part = related.get("id:" + sheet.relationId());
                if (part == null || !entries.containsKey(key(part))) {
                    return closing(zip);
                }
                sheetParts.put(sheet.relationId(), part);
            }
            XlsxSharedStrings strings = XlsxSharedStrings.NONE;
            String stringsPart = related.get("sharedStrings");
            if (stringsPart != null && entries.containsKey(key(stringsPart))) {
                try (InputStream in = zip.getInputStream(entries.get(key(stringsPart)))) {
                    strings = XlsxSharedStrings.parse(in, factory);
                }
            }
            XlsxStyles styles = XlsxStyles.none();
            String stylesPart = related.get("styles");
            if (stylesPart != null && entries.containsKey(key(stylesPart))) {
                try (InputStream in = zip.getInputStream(entries.get(key(stylesPart)))) {
                    styles = XlsxStyles.parse(in, factory);
                }
            }
            return Optional.of(new XlsxPackage(zip, entries, sheetParts, workbook, strings, styles));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return closing(zip);
        }
    }

    XlsxWorkbookInfo workbook() {
        return workbook;
    }

    XlsxSharedStrings strings() {
        return strings;
    }

    XlsxStyles styles() {
        return styles;
    }

    InputStream sheet(String relationId) throws IOException {
        return zip.getInputStream(entries.get(key(sheetParts.get(relationId))));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static Optional<XlsxPackage> closing(ZipSecureFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // nothing was read from it that matters
            }
        }
        return Optional.empty();
    }

    /** Part names are case-insensitive in a package (ECMA-376 part 2) and stored without the leading slash. */
    private static String key(String partName) {
        String name = partName.startsWith("/") ? partName.substring(1) : partName;
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels} */
    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /**
     * The internal relationships of a part, targets resolved against it: by id ({@code id:rId1}) and
     * by the last word of their type ({@code officeDocument}, {@code styles}, {@code sharedStrings}).
     */
    private static Map<String, String> relationships(ZipSecureFile zip, Map<String, ZipArchiveEntry> entries,
            String relsPart, String source, XMLInputFactory factory) throws IOException, XMLStreamException {
        Map<String, String> result = new HashMap<>();
        ZipArchiveEntry entry = entries.get(key(relsPart));
        if (entry == null) {
            return result;
        }
        URI base = URI.create("/" + key(source).replace(" ", "%20"));
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("Relationship")) {
                        continue;
                    }
                    String target = XlsxWorkbookInfo.attribute(xml, "Target");
                    if (target == null || "External".equals(XlsxWorkbookInfo.attribute(xml, "TargetMode"))) {
                        continue;
                    }
                    String part = base.resolve(URI.create(target.replace(" ", "%20"))).getPath();
                    result.put("id:" + XlsxWorkbookInfo.attribute(xml, "Id"), part);
                    String type = XlsxWorkbookInfo.attribute(xml, "Type");
                    if (type != null) {
                        result.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), part);
                    }
                }
            } finally {
                xml.close();
            }
        }
        return result;
    }
}
