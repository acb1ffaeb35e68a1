package jp.shinsa.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentlyReadTest {

  private final List<String> computed = new ArrayList<>();

  private String read(RecentlyRead<String, String> memory, String key) {
    return memory.get(
        key,
        k -> {
          computed.add(k);
          return k.toUpperCase();
        });
  }

  @Test
  void aKeyReadAgainIsNotComputedAgain() {
    RecentlyRead<String, String> memory = new RecentlyRead<>(4);
    assertEquals("A", read(memory, "a"));
    assertEquals("A", read(memory, "a"));
    assertEquals(List.of("a"), computed);
  }

  @Test
  void beyondItsCapacityTheLeastRecentlyReadKeyIsForgotten() {
    RecentlyRead<String, String> memory = new RecentlyRead<>(2);
    read(memory, "a");
    read(memory, "b");
    read(memory, "a"); // a is now the most recent
    read(memory, "c"); // forgets b
    read(memory, "a");
    read(memory, "b");

    assertEquals(List.of("a", "b", "c", "b"), computed);
    assertEquals(2, memory.size());
  }
}
