package jp.shinsa.domain.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ItemDetectionTest {

  private static final ItemDetection RETENTION =
      new ItemDetection(
          "retention",
          Polarity.DO,
          List.of(
              Cue.of(Pattern.compile("保存期間|retention period", Pattern.CASE_INSENSITIVE)),
              Cue.of(Pattern.compile("削除|delet", Pattern.CASE_INSENSITIVE)),
              Cue.of(Pattern.compile("返還|return", Pattern.CASE_INSENSITIVE))),
          List.of(),
          List.of(),
          false);

  /** No gates: every cue runs. */
  private static final int[][][] OPEN = new int[3][][];

  @Test
  void theFirstMatchingCueDecidesTopicAndCountingGoesOnAfterIt() {
    BitSet none = new BitSet();
    for (String text :
        List.of(
            "The retention period ends when the files are deleted and returned.",
            "Files are deleted on request.",
            "委託終了後、乙は資料を返還する。",
            "The vendor keeps logs.",
            "")) {
      int first = RETENTION.firstTopicCue(text, none, OPEN);
      assertEquals(RETENTION.onTopic(text, none, OPEN), first >= 0, text);
      assertEquals(
          RETENTION.topicHits(text, none, OPEN),
          RETENTION.topicHitsFrom(text, none, OPEN, first),
          text);
    }
    assertEquals(1, RETENTION.firstTopicCue("Files are deleted on request.", none, OPEN));
    assertEquals(
        3,
        RETENTION.topicHits(
            "The retention period ends when the files are deleted and returned.", none, OPEN));
    assertEquals(-1, RETENTION.firstTopicCue("The vendor keeps logs.", none, OPEN));
  }

  @Test
  void aClosedGateSkipsItsCueWhenCountingToo() {
    // The first cue needs literal id 0, which was not found: it is not tried.
    int[][][] gates = {{{0}}, null, null};
    String text = "The retention period ends when the files are returned.";
    assertEquals(2, RETENTION.firstTopicCue(text, new BitSet(), gates));
    assertEquals(1, RETENTION.topicHits(text, new BitSet(), gates));
    BitSet found = new BitSet();
    found.set(0);
    assertEquals(0, RETENTION.firstTopicCue(text, found, gates));
    assertEquals(2, RETENTION.topicHitsFrom(text, found, gates, 0));
  }
}
