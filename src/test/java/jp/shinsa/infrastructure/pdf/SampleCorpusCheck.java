package jp.shinsa.infrastructure.pdf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.contract.Party;
import jp.shinsa.domain.contract.PartyRole;
import jp.shinsa.domain.contract.TextNormaliser;
import jp.shinsa.fixtures.ContractPdfWriter;

/**
 * Manual check of ingestion against the labelled sample corpus (not part of the unit suite): for
 * every label with a clausePath, is there a node with that path whose text contains the quote, and
 * are the labelled vendor and buyer labels bound to the right side? Run with the sample directory
 * as argument and "pdf" as a second argument to go through a generated PDF instead of the text
 * path:
 *
 * <pre>
 * mvn -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=jp.shinsa.infrastructure.pdf.SampleCorpusCheck \
 *   -Dexec.args="contracts-templates/samples pdf"
 * </pre>
 */
public final class SampleCorpusCheck {

  private SampleCorpusCheck() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "contracts-templates/samples");
    boolean viaPdf = args.length > 1 && args[1].equals("pdf");
    ContractPdfParser parser = new ContractPdfParser();
    int docs = 0;
    int refs = 0;
    int found = 0;
    int quoted = 0;
    int partiesOk = 0;
    List<Path> texts;
    try (Stream<Path> s = Files.list(dir)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path text : texts) {
      Path labels = Path.of(text.toString().replaceFirst("\\.txt$", ".labels.json"));
      if (!Files.exists(labels)) {
        continue;
      }
      docs++;
      String source = Files.readString(text);
      ParsedContract c =
          viaPdf
              ? parser.parse(
                  new ContractPdfWriter()
                      .pageNumbers(ContractPdfWriter.PageNumbers.DASH)
                      .write(source))
              : parser.parseText(source);
      Map<String, ClauseNode> byPath = new LinkedHashMap<>();
      index(c.clauses(), byPath);
      JsonObject o;
      try (JsonReader r = Json.createReader(Files.newBufferedReader(labels))) {
        o = r.readObject();
      }
      List<String> problems = new ArrayList<>();
      for (JsonValue v : o.getJsonArray("labels")) {
        JsonObject l = v.asJsonObject();
        if (!l.containsKey("clausePath") || l.isNull("clausePath")) {
          continue;
        }
        refs++;
        String path = l.getString("clausePath");
        ClauseNode n = byPath.get(path);
        if (n == null) {
          problems.add(path + " missing");
          continue;
        }
        found++;
        String quote = l.isNull("quote") ? "" : l.getString("quote");
        if (squash(n.fullText()).contains(squash(quote))) {
          quoted++;
        } else {
          problems.add(path + " does not contain: " + quote);
        }
      }
      boolean ok = sideMatches(c, o.getJsonObject("parties"));
      if (ok) {
        partiesOk++;
      } else {
        problems.add("parties " + c.parties() + " vs " + o.getJsonObject("parties"));
      }
      System.out.println(
          text.getFileName()
              + " "
              + c.language()
              + " nodes="
              + byPath.size()
              + (problems.isEmpty() ? " ok" : ""));
      problems.forEach(p -> System.out.println("    " + p));
    }
    System.out.printf(
        "documents %d; labelled clause paths %d, found %d, containing the quote %d; parties right %d%n",
        docs, refs, found, quoted, partiesOk);
  }

  private static boolean sideMatches(ParsedContract c, JsonObject parties) {
    Set<String> vendor = new HashSet<>();
    Set<String> buyer = new HashSet<>();
    for (Party p : c.parties()) {
      (p.role() == PartyRole.VENDOR
              ? vendor
              : p.role() == PartyRole.BUYER ? buyer : new HashSet<String>())
          .addAll(p.labels());
    }
    return parties.getJsonArray("vendor").getValuesAs(JsonString.class).stream()
            .allMatch(s -> vendor.contains(s.getString()))
        && parties.getJsonArray("buyer").getValuesAs(JsonString.class).stream()
            .allMatch(s -> buyer.contains(s.getString()));
  }

  private static String squash(String s) {
    return TextNormaliser.normalise(s).replaceAll("\\s", "");
  }

  private static void index(List<ClauseNode> nodes, Map<String, ClauseNode> out) {
    for (ClauseNode n : nodes) {
      out.put(n.path(), n);
      index(n.children(), out);
    }
  }
}
