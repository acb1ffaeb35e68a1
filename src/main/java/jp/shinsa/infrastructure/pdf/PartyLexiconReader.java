package jp.shinsa.infrastructure.pdf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import jp.shinsa.domain.contract.PartyLexicon;

/** Reads the party role vocabulary ({@code contracts-templates/lexicon/parties.json}). */
public final class PartyLexiconReader {

  /** Classpath location; the build copies contracts-templates/ into the WAR and test classpath. */
  public static final String RESOURCE = "contracts-templates/lexicon/parties.json";

  private PartyLexiconReader() {}

  public static PartyLexicon fromClasspath() {
    try (InputStream in = PartyLexiconReader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PartyLexicon read(InputStream in) {
    try (JsonReader reader = Json.createReader(in)) {
      JsonObject o = reader.readObject();
      return new PartyLexicon(
          list(o, "vendorRoleWords"),
          list(o, "buyerRoleWords"),
          list(o, "buyerOrganisationWords"),
          list(o, "organisationWords"),
          list(o, "genericPartyLabels"),
          list(o, "nonPartyLabels"),
          list(o, "vendorVerbs"),
          list(o, "buyerVerbs"),
          list(o, "termsOfServiceTitles"),
          list(o, "termsOfServiceVendorLabels"),
          list(o, "termsOfServiceBuyerLabels"),
          list(o, "buyerNameEndings"),
          list(o, "firstPersonLabelPrefixes"));
    }
  }

  private static List<String> list(JsonObject o, String key) {
    if (!o.containsKey(key)) {
      return List.of();
    }
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
