package jp.shinsa.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every contract id {@code GET /api/v1/contracts} lists, page by page, for the benchmark clients
 * that bring their own HTTP session (the list answers 100 rows unless asked for more).
 */
public final class ContractIds {

  /** One authenticated GET of a portal path, returning the body. */
  @FunctionalInterface
  public interface Getter {
    String get(String path) throws Exception;
  }

  private static final int PAGE = 500;

  private ContractIds() {}

  public static List<Long> all(Getter getter) throws Exception {
    Set<Long> ids = new LinkedHashSet<>();
    for (int offset = 0; ; offset += PAGE) {
      JsonArray page =
          Json.createReader(
                  new StringReader(
                      getter.get("api/v1/contracts?offset=" + offset + "&limit=" + PAGE)))
              .readArray();
      int before = ids.size();
      page.forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
      // A short page ends the list; so does one with nothing new (a server before paging
      // answers every contract whatever the offset).
      if (page.size() < PAGE || ids.size() == before) {
        return new ArrayList<>(ids);
      }
    }
  }
}
