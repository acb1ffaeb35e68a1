package jp.shinsa.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.shinsa.domain.contract.PartyLexicon;
import org.junit.jupiter.api.Test;

class PartyLexiconReaderTest {

  private static PartyLexicon read(String json) {
    return PartyLexiconReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void firstPersonPrefixesAreReadAsData() {
    PartyLexicon l =
        read("{\"firstPersonLabelPrefixes\": [\"本\"], \"termsOfServiceBuyerLabels\": [\"thou\"]}");
    assertEquals(List.of("本"), l.firstPersonLabelPrefixes());
    assertEquals(List.of("thou"), l.termsOfServiceBuyerLabels());
  }

  @Test
  void aMissingListReadsAsEmpty() {
    assertTrue(read("{}").firstPersonLabelPrefixes().isEmpty());
  }

  @Test
  void theBundledLexiconMarksSelfReferencesAndSecondPersonLabels() {
    PartyLexicon l = PartyLexiconReader.fromClasspath();
    assertTrue(l.firstPersonLabelPrefixes().contains("当"));
    assertTrue(l.termsOfServiceBuyerLabels().contains("貴社"));
    assertTrue(l.buyerOrganisationWords().contains("Council"));
  }
}
