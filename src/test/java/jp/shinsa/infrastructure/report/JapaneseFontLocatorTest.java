package jp.shinsa.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JapaneseFontLocatorTest {

  @TempDir Path dir;

  @Test
  void aConfiguredFontWins() throws IOException {
    Path font = Files.writeString(dir.resolve("custom.ttf"), "x");
    Files.createDirectories(dir.resolve("ipa"));
    Files.writeString(dir.resolve("ipa/ipag.ttf"), "x");
    assertEquals(font, new JapaneseFontLocator(font, List.of(dir)).locate());
  }

  @Test
  void aConfiguredFontThatIsMissingFailsWithoutFallingBack() throws IOException {
    Files.writeString(dir.resolve("ipag.ttf"), "x");
    ReportFontMissingException e =
        assertThrows(
            ReportFontMissingException.class,
            () -> new JapaneseFontLocator(dir.resolve("nope.ttf"), List.of(dir)).locate());
    assertTrue(e.getMessage().contains("nope.ttf"), e.getMessage());
    assertTrue(e.getMessage().contains(JapaneseFontLocator.PROPERTY), e.getMessage());
  }

  @Test
  void withoutConfigurationTheGothicIpaFontIsFoundInTheFontDirectories() throws IOException {
    Files.createDirectories(dir.resolve("opentype/ipafont-mincho"));
    Files.createDirectories(dir.resolve("opentype/ipafont-gothic"));
    Files.writeString(dir.resolve("opentype/ipafont-mincho/ipam.ttf"), "x");
    Files.writeString(dir.resolve("opentype/ipafont-gothic/ipag.ttf"), "x");
    assertEquals(
        dir.resolve("opentype/ipafont-gothic/ipag.ttf"),
        new JapaneseFontLocator(null, List.of(dir)).locate());
  }

  @Test
  void noFontAnywhereFailsWithAnInstructionToInstallOrConfigure() {
    ReportFontMissingException e =
        assertThrows(
            ReportFontMissingException.class,
            () -> new JapaneseFontLocator(null, List.of(dir)).locate());
    assertTrue(e.getMessage().contains("fonts-ipafont"), e.getMessage());
    assertTrue(e.getMessage().contains(JapaneseFontLocator.ENV), e.getMessage());
  }
}
