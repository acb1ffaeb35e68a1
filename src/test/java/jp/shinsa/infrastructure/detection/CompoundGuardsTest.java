package jp.shinsa.infrastructure.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CompoundGuardsTest {

  private static boolean finds(String cue, String text) {
    Pattern p = JsonData.alternation(List.of(cue), "test");
    return p.matcher(text).find();
  }

  @Test
  void aShortJapaneseCueWordDoesNotMatchInsideAListedCompound() {
    assertFalse(finds("(利用|活用)", "本サービスの利用者は、管理画面から設定を変更できる。"));
    assertFalse(finds("(利用|活用)", "月額の利用料は別途定める。"));
    assertFalse(finds("(利用|活用)", "本規約及び個別の利用契約に従う。"));
    assertTrue(finds("(利用|活用)", "受託者は、提供データを分析に利用する。"));
    // A cue that writes the compound asks for it.
    assertTrue(finds("利用者(の)?データ", "利用者のデータを保存する。"));
  }

  @Test
  void aShortEnglishCueWordNeedsAWordBoundaryAndIsNotTheHeadOfAListedWord() {
    assertFalse(finds("(use|exploit)\\w* (the )?data", "because the data is encrypted"));
    assertFalse(finds("(use|exploit)\\w* (the )?data", "any end user data stays in the region"));
    assertFalse(finds("(use|exploit)\\w* (the )?data", "we may refuse data requests"));
    assertTrue(finds("(use|exploit)\\w* (the )?data", "Vendor may use the data for testing"));
    assertTrue(finds("(use|exploit)\\w* (the )?data", "Vendor may not exploit data"));
    assertTrue(finds("(use|exploit)\\w* (the )?data", "data will be used; Vendor uses data"));
    // Written out, the longer word still counts.
    assertTrue(finds("re-?use", "no reuse of the index"));
  }

  @Test
  void theGuardGoesOnlyWhereTheWordIsATokenOfTheRegex() {
    CompoundGuards.Guard g = new CompoundGuards.Guard("use", List.of("[a-z]"), List.of("r"));
    assertEquals("\\b(?<![a-z])use(?!r)\\b", CompoundGuards.guard("\\buse\\b", List.of(g)));
    assertEquals("(?<![a-z])uses?", CompoundGuards.guard("uses?", List.of(g)));
    assertEquals("re-?use(?!r)", CompoundGuards.guard("re-?use", List.of(g)));
    assertEquals("(?<!use)x", CompoundGuards.guard("(?<!use)x", List.of(g)));
  }
}
