package vn.cchc.rollup.read;

import javax.xml.stream.XMLInputFactory;

/** StAX input with DTDs and external entities off: a workbook's XML must not reach outside the file. */
final class SecureXml {

    private SecureXml() {
    }

    /**
     * One factory per thread, configured once: finding the implementation scans the class path's
     * service files, which cost a few milliseconds for every file read.
     */
    private static final ThreadLocal<XMLInputFactory> PER_THREAD = ThreadLocal.withInitial(SecureXml::newInputFactory);

    static XMLInputFactory inputFactory() {
        return PER_THREAD.get();
    }

    private static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
