package jp.shinsa.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.shinsa.application.review.ClauseChange.Kind;
import jp.shinsa.domain.contract.Clause;
import jp.shinsa.domain.contract.ClauseKind;
import jp.shinsa.domain.contract.ClauseNode;
import org.junit.jupiter.api.Test;

class ClauseDiffTest {

  private static Clause clause(String path, String number, String text) {
    return new Clause(
        1L,
        null,
        0,
        0,
        new ClauseNode(
            ClauseKind.ARTICLE, number, path, null, text, text, 1, 1, 0, 0, false, List.of()));
  }

  @Test
  void reportsAddedRemovedAndChangedClausesButNotRewrappedOnes() {
    List<Clause> v1 =
        List.of(
            clause("1", "第1条", "本契約は、サービスの提供条件を定める。"),
            clause("2", "第2条", "乙は、入力データを学習に利用できる。"),
            clause("3", "第3条", "乙は、秘密情報を\n第三者に開示しない。"),
            clause("4", "第4条", "本契約の期間は1年とする。"));
    List<Clause> v2 =
        List.of(
            clause("1", "第１条", "本契約は、サービスの提供条件を定める。"),
            clause("2", "第2条", "乙は、入力データを学習に利用してはならない。"),
            clause("3", "第3条", "乙は、秘密情報を 第三者に開示しない。"),
            clause("5", "第5条", "甲は、乙の事業所を監査できる。"));

    List<ClauseChange> changes = ClauseDiff.between(v1, v2);

    assertEquals(3, changes.size(), changes.toString());
    assertTrue(changes.stream().anyMatch(c -> c.kind() == Kind.CHANGED && c.path().equals("2")));
    assertTrue(changes.stream().anyMatch(c -> c.kind() == Kind.ADDED && c.path().equals("5")));
    assertTrue(changes.stream().anyMatch(c -> c.kind() == Kind.REMOVED && c.path().equals("4")));
  }
}
