package jp.shinsa.domain.contract;

import java.util.List;

/**
 * A contract party as defined in the document.
 *
 * @param role vendor or buyer side
 * @param labels every label the document uses for this party ("乙", "当社", "Provider", "we")
 * @param name the party's name as written in the preamble, or null when not stated
 */
public record Party(PartyRole role, List<String> labels, String name) {
  public Party {
    labels = List.copyOf(labels);
  }
}
