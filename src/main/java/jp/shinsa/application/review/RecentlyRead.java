package jp.shinsa.application.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used memory of values that never change under their key. The value is
 * computed outside the lock: two readers missing the same key at once both compute it, and the
 * later one's copy is kept, which is harmless for immutable values and keeps slow reads from
 * queueing behind each other.
 */
final class RecentlyRead<K, V> {

  private final Map<K, V> entries;

  RecentlyRead(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  V get(K key, Function<K, V> compute) {
    synchronized (entries) {
      V known = entries.get(key);
      if (known != null) {
        return known;
      }
    }
    V value = compute.apply(key);
    synchronized (entries) {
      entries.put(key, value);
    }
    return value;
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
