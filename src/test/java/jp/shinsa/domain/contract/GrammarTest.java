package jp.shinsa.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrammarTest {

  @Test
  void aMissingListIsNamedWhenTheGrammarIsUsed() {
    Grammar empty = new Grammar(Map.of());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> empty.alternation("grantJa"));
    assertTrue(e.getMessage().contains("grantJa"));
  }

  @Test
  void aListIsOneAlternationOfItsWordsInWrittenOrder() {
    Grammar g = new Grammar(Map.of("x", List.of("に対し", "に対して")));
    assertEquals("に対し|に対して", g.alternation("x"));
  }
}
