package jp.shinsa.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive integration tests deploy: the WAR the build just produced, so that tests exercise
 * exactly what ships, plus the test-support classes and the PDF fixture writer that in-container
 * tests use.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive shippedWar() {
    File war = new File(System.getProperty("shinsa.war", "target/shinsa.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " does not exist: run `mvn verify`, not the IT alone");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addPackage(Deployments.class.getPackage())
        .addPackage(jp.shinsa.fixtures.ContractPdfWriter.class.getPackage());
  }
}
