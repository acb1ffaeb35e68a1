package jp.shinsa.domain.contract.segmentation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TocLineTest {

  @Test
  void dottedLeaderFollowedByAPageNumberIsATableOfContentsLine() {
    assertTrue(ClauseSegmenter.isTocLine("Article 5 Confidentiality ........ 12"));
    assertTrue(ClauseSegmenter.isTocLine("第5条 秘密保持・・・・・・ 12  "));
  }

  @Test
  void wideGapBeforeAPageNumberIsATableOfContentsLine() {
    assertTrue(ClauseSegmenter.isTocLine("Article 5 Confidentiality      12\n"));
  }

  @Test
  void aLineThatDoesNotEndInANumberIsNotATableOfContentsLine() {
    assertFalse(ClauseSegmenter.isTocLine("Article 5 Confidentiality ........ twelve"));
    assertFalse(ClauseSegmenter.isTocLine(""));
  }

  @Test
  void aNumberWithoutLeaderOrGapIsNotATableOfContentsLine() {
    assertFalse(ClauseSegmenter.isTocLine("The term is 12"));
  }

  @Test
  void aTrailingLineSeparatorOutsideWhitespaceStillLetsTheLeaderBeFound() {
    assertTrue(ClauseSegmenter.isTocLine("Article 5 Confidentiality ........ 12\u2028"));
  }
}
