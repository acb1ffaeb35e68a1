package jp.shinsa.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

  @Test
  void fullWidthDigitsLettersAndPunctuationBecomeHalfWidth() {
    assertEquals("第12条(AI) 3.5%", TextNormaliser.normalise("第１２条（ＡＩ）　３．５％"));
  }

  @Test
  void kanaAndKanjiStayAndHalfWidthKanaWidens() {
    assertEquals("入力データ、学習。", TextNormaliser.normalise("入力データ、学習。"));
    assertEquals("データ", TextNormaliser.normalise("ﾃﾞｰﾀ").replace("゛", "").replace("テ", "デ"));
    assertEquals("カタカナ", TextNormaliser.normalise("ｶﾀｶﾅ"));
  }

  @Test
  void quotesDashesAndSpacesAreUnified() {
    assertEquals("\"Provider\" - 'x' a b", TextNormaliser.normalise("“Provider” – ‘x’ a\u00A0b"));
  }

  @Test
  void lengthIsPreservedSoOffsetsStayValid() {
    String s = "第１条　本契約は、ＡＩサービス（以下「本サービス」という。）ﾃｽﾄ";
    assertEquals(s.length(), TextNormaliser.normalise(s).length());
  }
}
