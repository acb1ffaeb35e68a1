package jp.shinsa.domain.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralIndexTest {

  @Test
  void findsEveryIndexedLiteralInOnePassIncludingOverlaps() {
    LiteralIndex index = new LiteralIndex(List.of("監査", "立入検査", "検査", "audit", "dit"));
    BitSet found = index.scan("甲は立入検査及び監査を行う。 audit");
    BitSet expected = new BitSet();
    for (String l : List.of("監査", "立入検査", "検査", "audit", "dit")) {
      expected.set(index.id(l));
    }
    assertEquals(expected, found);
    assertEquals(new BitSet(), index.scan("本契約は日本法に準拠する。"));
  }
}
