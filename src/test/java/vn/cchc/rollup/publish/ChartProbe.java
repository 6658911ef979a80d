package vn.cchc.rollup.publish;

import java.nio.file.Path;

/** Run in a separate JVM by {@link FontSetupTest}: renders the charts of the fixture into args[0]. */
public final class ChartProbe {

    private ChartProbe() {
    }

    public static void main(String[] args) throws Exception {
        FontSetup.ensure();
        new ChartRenderer().render(PublishFixture.periodResult(), Path.of(args[0]));
        System.out.println("fonts: " + java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames().length);
    }
}
