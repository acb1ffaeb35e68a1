package jp.shinsa.infrastructure.detection;

import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.shinsa.domain.contract.Grammar;
import jp.shinsa.domain.contract.Party;
import jp.shinsa.domain.contract.PartyRole;
import jp.shinsa.domain.judgment.Lexicon;
import jp.shinsa.domain.judgment.Modality;

/**
 * Reads {@code lexicon/modality.json}, {@code lexicon/exceptions.json}, {@code
 * lexicon/references.json}, {@code lexicon/party-defaults.json}, {@code lexicon/objects.json} and
 * {@code lexicon/grammar.json}.
 */
public final class LexiconJsonReader {

  private LexiconJsonReader() {}

  public static Lexicon readBundled() {
    return read(
        JsonData.bundled("lexicon/modality.json"),
        JsonData.bundled("lexicon/exceptions.json"),
        JsonData.bundled("lexicon/references.json"),
        JsonData.bundled("lexicon/party-defaults.json"),
        JsonData.bundled("lexicon/objects.json"),
        JsonData.bundled("lexicon/grammar.json"));
  }

  static Lexicon read(
      JsonObject modality,
      JsonObject exceptions,
      JsonObject references,
      JsonObject partyDefaults,
      JsonObject objects,
      JsonObject grammar) {
    Map<Modality, Pattern> cues = new EnumMap<>(Modality.class);
    JsonObject byModality = modality.getJsonObject("modality");
    for (String key : byModality.keySet()) {
      Modality m = Modality.valueOf(key);
      cues.put(m, JsonData.alternation(JsonData.strings(byModality, key), "modality " + key));
    }
    Map<String, Pattern> objectCues = new LinkedHashMap<>();
    for (String key : objects.getJsonObject("objects").keySet()) {
      objectCues.put(
          key,
          JsonData.alternation(
              JsonData.strings(objects.getJsonObject("objects"), key), "object " + key));
    }
    return new Lexicon(
        cues,
        JsonData.alternationOrNever(JsonData.strings(modality, "limitation"), "limitation"),
        JsonData.alternationOrNever(JsonData.strings(modality, "negation"), "negation"),
        JsonData.alternationOrNever(JsonData.strings(exceptions, "provisoSplit"), "provisoSplit"),
        JsonData.alternationOrNever(
            JsonData.strings(exceptions, "inlineException"), "inlineException"),
        JsonData.alternationOrNever(
            JsonData.strings(exceptions, "benignException"), "benignException"),
        JsonData.alternationOrNever(
            JsonData.strings(exceptions, "harmfulException"), "harmfulException"),
        JsonData.alternationOrNever(
            JsonData.strings(exceptions, "referenceException"), "referenceException"),
        JsonData.alternationOrNever(
            JsonData.strings(exceptions, "impliedException"), "impliedException"),
        JsonData.alternationOrNever(
            JsonData.strings(references, "externalReference"), "externalReference"),
        JsonData.alternationOrNever(JsonData.strings(references, "consent"), "consent"),
        JsonData.alternationOrNever(JsonData.strings(references, "definition"), "definition"),
        JsonData.alternationOrNever(
            JsonData.strings(references, "definitionHeading"), "definitionHeading"),
        JsonData.alternationOrNever(JsonData.strings(references, "deferral"), "deferral"),
        JsonData.alternationOrNever(
            JsonData.strings(references, "vagueCommitment"), "vagueCommitment"),
        JsonData.alternationOrNever(JsonData.strings(references, "optOut"), "optOut"),
        JsonData.alternationOrNever(JsonData.strings(references, "anaphora"), "anaphora"),
        JsonData.alternationOrNever(
            JsonData.strings(references, "conditionsFollow"), "conditionsFollow"),
        JsonData.alternationOrNever(JsonData.strings(partyDefaults, "bothParties"), "bothParties"),
        List.of(
            new Party(PartyRole.VENDOR, JsonData.strings(partyDefaults, "vendor"), null),
            new Party(PartyRole.BUYER, JsonData.strings(partyDefaults, "buyer"), null)),
        objectCues,
        grammar(grammar));
  }

  /** The sentence grammar's word lists alone ({@code lexicon/grammar.json}), for the segmenter. */
  public static Grammar readBundledGrammar() {
    return grammar(JsonData.bundled("lexicon/grammar.json"));
  }

  /** Each entry not starting with "_" is an object whose "words" are the list's alternatives. */
  static Grammar grammar(JsonObject grammar) {
    Map<String, List<String>> words = new LinkedHashMap<>();
    for (String key : grammar.keySet()) {
      if (!key.startsWith("_")) {
        words.put(key, JsonData.strings(grammar.getJsonObject(key), "words"));
      }
    }
    return new Grammar(words);
  }
}
