package jp.shinsa.domain.contract;

import java.util.List;

/** Prints a clause tree compactly; used by tests to report the tree they rejected. */
public final class TreeDump {
  private TreeDump() {}

  public static String dump(List<ClauseNode> nodes) {
    StringBuilder sb = new StringBuilder();
    for (ClauseNode n : nodes) {
      dump(n, 0, sb);
    }
    return sb.toString();
  }

  private static void dump(ClauseNode n, int depth, StringBuilder sb) {
    sb.append("  ".repeat(depth))
        .append(n.kind())
        .append(" [")
        .append(n.path())
        .append("] '")
        .append(n.printedNumber())
        .append("' h=")
        .append(n.heading())
        .append(" p")
        .append(n.pageFrom())
        .append('-')
        .append(n.pageTo())
        .append(n.ocr() ? " OCR" : "")
        .append(" :: ")
        .append(n.text().replace('\n', '|'))
        .append('\n');
    for (ClauseNode c : n.children()) {
      dump(c, depth + 1, sb);
    }
  }
}
