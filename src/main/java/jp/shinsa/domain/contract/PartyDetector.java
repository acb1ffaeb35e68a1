package jp.shinsa.domain.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinsa.domain.contract.layout.Scripts;

/**
 * Finds the contract parties and binds each to the vendor or buyer side. Labels come from the
 * definitions in the preamble ((以下「甲」という。), ("Provider")); the side is decided from role words in
 * the label, the party's name and the words around the definition, and from what the party does in
 * the text (provides, is entrusted with, pays...). Labels like 甲/乙 carry no side of their own: 甲 is
 * the vendor in some contracts. Terms of service add their conventions (当社 = vendor, 利用者/you =
 * buyer), which only fill in what the contract's own definitions leave open: a drafter defined as a
 * public body or a buyer role ("the Ministry ("we")", 当省) or an addressee defined as a vendor role
 * ("the Supplier ("you")") turns the convention round, and a preamble that defines we/you uses it
 * without a terms-of-service title.
 */
public final class PartyDetector {

  private static final Pattern PAREN_GROUP = Pattern.compile("[(]([^()]{1,160})[)]");
  private static final Pattern QUOTED = Pattern.compile("[「『\"]([^」』\"]{1,40})[」』\"]");
  private static final Pattern HEREINAFTER =
      Pattern.compile(
          "(?i)hereinafter(?:\\s+(?:referred to|called)\\s+as)?,?\\s*(?:the\\s+)?\"([^\"]{1,40})\"");

  /**
   * Labels defined after the name they stand for: "\"we\", \"us\" and \"our\" refer to Kestrel
   * Ltd", "\"Customer\" means the City of …". Group 1 holds the quoted labels, group 2 the name.
   */
  private static final Pattern LABELS_REFER_TO =
      Pattern.compile(
          "((?:\"[^\"]{1,20}\"\\s*(?:,\\s*(?:and|or)?|and|or)\\s*)*\"[^\"]{1,20}\")\\s+"
              + "(?:refers?|means?|shall mean|are references|is a reference)\\s+(?:to\\s+)?"
              + "([^.;,\"]{2,120})");

  /**
   * A label in brackets without quotes after a party's name, as Australian and UK drafting writes
   * it: "Southbank Pty Ltd of Melbourne (Developer)". Only taken when the label is a role word.
   */
  private static final Pattern UNQUOTED_LABEL =
      Pattern.compile("^(?:the\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})$");

  private static final String NAME_DELIMITERS = "()。、,;:\n「」\"";

  private final PartyLexicon lexicon;

  /**
   * The role words without the convention words themselves (当社, 利用者): those decide nothing about a
   * party's defined side; in a description they usually name the other party ("当社と利用契約を締結した者" is
   * the buyer).
   */
  private final List<String> vendorRoleWordsBeyondConvention;

  private final List<String> buyerRoleWordsBeyondConvention;

  /**
   * "A verb within the first three words" for every English lexicon verb, keyed by the lower-cased
   * verb: compiled once, since verb voting tries every verb on every sentence a party is subject
   * of.
   */
  private final Map<String, Pattern> verbNearStart = new HashMap<>();

  public PartyDetector(PartyLexicon lexicon) {
    this.lexicon = lexicon;
    this.vendorRoleWordsBeyondConvention =
        lexicon.vendorRoleWords().stream().filter(w -> !isConventionLabel(w)).toList();
    this.buyerRoleWordsBeyondConvention =
        lexicon.buyerRoleWords().stream().filter(w -> !isConventionLabel(w)).toList();
    for (List<String> verbs : Arrays.asList(lexicon.vendorVerbs(), lexicon.buyerVerbs())) {
      for (String w : verbs == null ? List.<String>of() : verbs) {
        String lw = w.toLowerCase(Locale.ROOT);
        verbNearStart.computeIfAbsent(
            lw, k -> Pattern.compile("(?:\\w+\\s+){0,2}" + Pattern.quote(k) + "\\b"));
      }
    }
  }

  /** A party while it is being identified. */
  private static final class Candidate {
    final List<String> labels = new ArrayList<>();
    String name;
    String context = "";

    /** What the definition says the party is: "the service provider named in the order". */
    String description = "";

    int vendor;
    int buyer;

    int score() {
      return vendor - buyer;
    }
  }

  /**
   * @param fullText the whole document text
   * @param preamble the text before the first article (where parties are defined), or the start of
   *     the document when there is no preamble
   */
  public List<Party> detect(String fullText, String preamble) {
    String text = TextNormaliser.normalise(fullText);
    String head =
        TextNormaliser.normalise(
            preamble == null || preamble.isBlank() ? firstChars(fullText, 3000) : preamble);
    String original =
        preamble == null || preamble.isBlank() ? firstChars(fullText, 3000) : preamble;
    Map<String, Candidate> byLabel = new LinkedHashMap<>();
    collectDefinitions(head, original, byLabel);
    if (byLabel.isEmpty() && preamble != null && !preamble.isBlank()) {
      // The text before the first clause defines nobody (a cover page, an application form): the
      // parties are defined in the first clauses ("1.（適用）…株式会社X（以下「提供者」という。）").
      String start = firstChars(fullText, 3000);
      collectDefinitions(TextNormaliser.normalise(start), start, byLabel);
    }
    boolean tos = isTermsOfService(text);
    Convention convention = convention(byLabel);
    if (convention == Convention.INVERTED) {
      addPronounLabels(text, byLabel, PartyRole.BUYER);
    } else if (convention == Convention.USUAL && tos) {
      addTermsOfServiceLabels(text, byLabel);
    } else if (convention == Convention.USUAL && definesPronoun(byLabel)) {
      addPronounLabels(text, byLabel, PartyRole.VENDOR);
    }
    List<Candidate> parties = merge(byLabel);
    for (Candidate c : parties) {
      score(c, text);
    }
    resolveOpposites(parties);
    List<Party> out = new ArrayList<>();
    for (PartyRole role : PartyRole.values()) {
      for (Candidate c : parties) {
        if (roleOf(c) == role) {
          out.add(new Party(role, c.labels, c.name));
        }
      }
    }
    return out;
  }

  private static String firstChars(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  private void collectDefinitions(String head, String original, Map<String, Candidate> byLabel) {
    Matcher g = PAREN_GROUP.matcher(head);
    while (g.find()) {
      String inside = g.group(1);
      String lower = inside.toLowerCase(Locale.ROOT);
      boolean definition =
          inside.contains("以下")
              || lower.contains("hereinafter")
              || lower.contains("referred to")
              || inside.strip().startsWith("\"")
              || lower.strip().startsWith("the \"")
              || lower.strip().startsWith("each");
      Matcher unquoted = UNQUOTED_LABEL.matcher(inside.strip());
      if (!definition && unquoted.matches() && isRoleWordLabel(unquoted.group(1))) {
        addDefinition(
            head,
            original,
            g.start(),
            nameBefore(head, g.start()),
            List.of(unquoted.group(1)),
            byLabel);
        continue;
      }
      if (!definition) {
        continue;
      }
      Matcher q = QUOTED.matcher(inside);
      List<String> labels = new ArrayList<>();
      while (q.find()) {
        // ("Quillwright," "we," "us" or "our"): the comma inside the quotes is punctuation.
        String label = q.group(1).strip().replaceFirst("[,;.、]+$", "").strip();
        if (!label.isEmpty() && !labels.contains(label)) {
          labels.add(label);
        }
      }
      addDefinition(head, original, g.start(), nameBefore(head, g.start()), labels, byLabel);
    }
    Matcher r = LABELS_REFER_TO.matcher(head);
    while (r.find()) {
      List<String> labels = new ArrayList<>();
      Matcher q = QUOTED.matcher(r.group(1));
      while (q.find()) {
        labels.add(q.group(1).strip());
      }
      String name = r.group(2).replaceFirst("(?s)\\s+(?:and|or)\\s*$", "").strip();
      if (labels.stream().allMatch(this::isPartyLabel)) {
        addDefinition(head, original, r.start(), name, labels, byLabel);
      }
    }
    Matcher h = HEREINAFTER.matcher(head);
    while (h.find()) {
      if (!insideParens(head, h.start())) {
        addDefinition(
            head,
            original,
            h.start(),
            nameBefore(head, h.start()),
            List.of(h.group(1).strip()),
            byLabel);
      }
    }
  }

  private static boolean insideParens(String s, int at) {
    int open = s.lastIndexOf('(', at);
    int close = s.lastIndexOf(')', at);
    return open > close;
  }

  private void addDefinition(
      String head,
      String original,
      int at,
      String name,
      List<String> labels,
      Map<String, Candidate> byLabel) {
    List<String> partyLabels = labels.stream().filter(l -> !isNonParty(l)).toList();
    if (partyLabels.isEmpty()) {
      return;
    }
    boolean looksLikeParty =
        partyLabels.stream().anyMatch(this::isPartyLabel)
            || containsAny(name, lexicon.organisationWords())
            || containsAny(name, lexicon.buyerOrganisationWords())
            || isPublicBodyName(name);
    if (!looksLikeParty) {
      return;
    }
    Candidate c = null;
    for (String l : partyLabels) {
      c = byLabel.get(l);
      if (c != null) {
        break;
      }
    }
    if (c == null) {
      c = new Candidate();
    }
    for (String l : partyLabels) {
      if (!c.labels.contains(l)) {
        c.labels.add(l);
      }
      byLabel.put(l, c);
    }
    if (c.name == null && !name.isBlank()) {
      int from = head.lastIndexOf(name, at);
      c.name =
          from >= 0 && original.length() == head.length()
              ? original.substring(from, from + name.length())
              : name;
    }
    c.context += " " + head.substring(Math.max(0, at - 60), Math.min(head.length(), at + 80));
    c.description += " " + (name.isBlank() ? descriptionBefore(head, at) : name);
  }

  /**
   * The words before a definition back to the previous bracket or clause break, from the last
   * "between/and/by/from/to": "… by the service provider named in the order (" gives "the service
   * provider named in the order", which names a role where there is no name.
   */
  static String descriptionBefore(String head, int at) {
    int i = at;
    while (i > 0 && "();\n".indexOf(head.charAt(i - 1)) < 0 && at - i < 200) {
      i--;
    }
    return head.substring(i, at)
        .replaceFirst("(?is)^.*\\b(?:between|and|by|from|to)\\s+", "")
        .strip();
  }

  /** "横浜市", "〇〇区", "〇〇県": a public body's own name, not a company's ("株式会社…都市"). */
  private boolean isPublicBodyName(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || containsAny(n, lexicon.organisationWords())) {
      return false;
    }
    for (String ending : lexicon.buyerNameEndings()) {
      if (n.endsWith(ending) && n.length() > ending.length()) {
        return true;
      }
    }
    return false;
  }

  private boolean isPartyLabel(String label) {
    return lexicon.genericPartyLabels().contains(label)
        || lexicon.termsOfServiceVendorLabels().contains(label)
        || lexicon.termsOfServiceBuyerLabels().contains(label)
        || containsWord(label, lexicon.vendorRoleWords())
        || containsWord(label, lexicon.buyerRoleWords());
  }

  /** A label made of a role word (Developer, Agency), not a pronoun or a defined thing. */
  private boolean isRoleWordLabel(String label) {
    return !isNonParty(label)
        && (containsWord(label, lexicon.vendorRoleWords())
            || containsWord(label, lexicon.buyerRoleWords()));
  }

  private boolean isNonParty(String label) {
    for (String n : lexicon.nonPartyLabels()) {
      if (n.equalsIgnoreCase(label)) {
        return true;
      }
    }
    return false;
  }

  /** The name written just before a definition: back to the previous delimiter, minus joiners. */
  static String nameBefore(String head, int at) {
    int back = at;
    while (back > 0 && NAME_DELIMITERS.indexOf(head.charAt(back - 1)) < 0 && at - back < 120) {
      back--;
    }
    if (head.substring(back, at).chars().noneMatch(ch -> Scripts.isJapaneseLetter((char) ch))) {
      return latinNameBefore(head, at);
    }
    int i = at;
    while (i > 0 && NAME_DELIMITERS.indexOf(head.charAt(i - 1)) < 0 && at - i < 120) {
      i--;
    }
    String name = head.substring(i, at).strip();
    name = name.replaceFirst("^(?:と|及び|および|並びに|ならびに)", "");
    name = name.replaceFirst("(?i)^.*?\\b(?:between|by and between|and|by)\\s+", "");
    name = name.replaceFirst("(?i)^(?:and|between)\\s+", "");
    name = name.replaceFirst("[、,]\\s*$", "");
    return name.strip();
  }

  /** "between Kestrel Inc., a Delaware corporation (" gives "Kestrel Inc.". */
  private static String latinNameBefore(String head, int at) {
    int i = at;
    while (i > 0 && Character.isWhitespace(head.charAt(i - 1))) {
      i--;
    }
    int end = i;
    while (i > 0 && "();\n".indexOf(head.charAt(i - 1)) < 0 && end - i < 200) {
      i--;
    }
    String name = head.substring(i, end).strip();
    // "Tsubame Co., Ltd., a corporation organised under the laws of Japan": drop the description
    // first, so that an "and" inside it ("a research and development agency") is not taken for
    // the joiner before the name.
    name = name.replaceFirst("(?s),\\s+(?:a|an|the|whose|which|having|with|acting)\\s.*$", "");
    name = name.replaceFirst("(?is)^.*\\b(?:between|and|by)\\s+", "");
    if (name.matches("(?s)^(?:the|an?|any|each)\\s+\\p{Ll}.*")) {
      // "the entity identified as the subscriber in an Order Form": a role, not a name.
      return "";
    }
    String run = trailingCapitalisedRun(name);
    if (!run.isEmpty()) {
      return run;
    }
    name = name.replaceFirst("(?i)^the\\s+", "");
    int comma = name.indexOf(", ");
    if (comma > 0) {
      name = name.substring(0, comma);
    }
    name = name.replaceFirst(",$", "").strip();
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) ? name : "";
  }

  /**
   * "the services of Lumen AI, Inc." gives "Lumen AI, Inc."; empty when the text ends lower-case.
   */
  private static String trailingCapitalisedRun(String s) {
    String[] words = s.strip().split("\\s+");
    int from = words.length;
    while (from > 0) {
      String w = words[from - 1];
      boolean capital =
          !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
      boolean connector = w.matches("(?i)of|and|&|the|for|de");
      if (!capital && !connector) {
        break;
      }
      from--;
    }
    while (from < words.length && words[from].matches("(?i)of|and|&|the|for|de")) {
      from++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length))
        .replaceFirst(",$", "");
  }

  private boolean isTermsOfService(String text) {
    String start = firstChars(text, 400);
    return containsAny(start, lexicon.termsOfServiceTitles());
  }

  /** How the first- and second-person labels (we/当社 and you/お客様) are bound in this contract. */
  private enum Convention {
    /** The drafter (we, 当社) is the vendor and the addressee (you, お客様) the buyer. */
    USUAL,
    /**
     * The contract defines the drafter as the buyer (a ministry's "we") or the addressee as the
     * vendor.
     */
    INVERTED,
    /** The definitions contradict each other: they alone decide. */
    NONE
  }

  /**
   * The contract's own definitions decide which way the we/you convention runs: "the Ministry
   * ("we") … the Supplier ("you")" binds we to the buyer and you to the vendor whatever the
   * document is called; the usual reading (we = the vendor) only fills in where the definitions do
   * not say.
   */
  private Convention convention(Map<String, Candidate> byLabel) {
    boolean inverted = false;
    boolean usual = false;
    for (Map.Entry<String, Candidate> e : byLabel.entrySet()) {
      PartyRole defined = definedSide(e.getValue());
      if (defined == null) {
        continue;
      }
      if (isFirstPerson(e.getKey(), defined)) {
        inverted |= defined == PartyRole.BUYER;
        usual |= defined == PartyRole.VENDOR;
      }
      if (isSecondPerson(e.getKey())) {
        inverted |= defined == PartyRole.VENDOR;
        usual |= defined == PartyRole.BUYER;
      }
    }
    return inverted && usual ? Convention.NONE : inverted ? Convention.INVERTED : Convention.USUAL;
  }

  /**
   * The side a party's own definition gives it, apart from the convention labels: a public body's
   * name, or role words (Supplier, Customer, 受注者, 発注者…) in its name or labels. Null when the
   * definition does not say or says both.
   */
  private PartyRole definedSide(Candidate c) {
    String name = c.name == null ? "" : c.name;
    List<String> vendorWords = vendorRoleWordsBeyondConvention;
    List<String> buyerWords = buyerRoleWordsBeyondConvention;
    // A company's own name says nothing of its role: "Bluewave Digital Agency Ltd" is no agency.
    String description = isCompanyName(name) ? "" : c.description;
    boolean vendor = containsWord(description, vendorWords);
    boolean buyer = isPublicBody(name) || containsWord(description, buyerWords);
    for (String label : c.labels) {
      vendor |= containsWord(label, vendorWords);
      buyer |= containsWord(label, buyerWords);
    }
    return vendor == buyer ? null : vendor ? PartyRole.VENDOR : PartyRole.BUYER;
  }

  /**
   * A public body's name ("Ministry of …", "○○省", "横浜市"), not a company's ("Digital Agency Ltd").
   */
  private boolean isPublicBody(String name) {
    return isPublicBodyName(name)
        || containsAny(name, lexicon.buyerOrganisationWords()) && !isCompanyName(name);
  }

  /**
   * The name carries a company's organisation word (Ltd, 株式会社), not only one inside a public body's
   * word ("独立行政法人" holds "法人").
   */
  private boolean isCompanyName(String name) {
    for (String w : lexicon.organisationWords()) {
      if (containsAny(name, List.of(w))
          && lexicon.buyerOrganisationWords().stream()
              .noneMatch(b -> b.contains(w) && containsAny(name, List.of(b)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The drafter speaking of itself: we/us/our, 当社, or a defined label made of a first-person prefix
   * and a noun (当省, 当市, 弊機構) when its definition says which party it is.
   */
  private boolean isFirstPerson(String label, PartyRole defined) {
    return containsIgnoreCase(lexicon.termsOfServiceVendorLabels(), label)
        || isSelfReference(label, defined);
  }

  /** 当省, 当市, 弊機構: a first-person prefix on a defined party's short label. */
  private boolean isSelfReference(String label, PartyRole defined) {
    return defined != null
        && isCjk(label)
        && label.length() <= 4
        && !isNonParty(label)
        && lexicon.firstPersonLabelPrefixes().stream().anyMatch(label::startsWith);
  }

  private boolean isSecondPerson(String label) {
    return containsIgnoreCase(lexicon.termsOfServiceBuyerLabels(), label);
  }

  private boolean isConventionLabel(String label) {
    return containsIgnoreCase(lexicon.termsOfServiceVendorLabels(), label)
        || containsIgnoreCase(lexicon.termsOfServiceBuyerLabels(), label);
  }

  /** A convention label that is not a role word of its own: we, you, 貴社 (not 当社, 利用者). */
  private boolean isPronoun(String label) {
    return isConventionLabel(label)
        && !containsWord(label, lexicon.vendorRoleWords())
        && !containsWord(label, lexicon.buyerRoleWords());
  }

  /** The preamble defines a party as "we" or "you": the document speaks in that convention. */
  private boolean definesPronoun(Map<String, Candidate> byLabel) {
    for (String label : byLabel.keySet()) {
      if (isPronoun(label) || isSelfReference(label, definedSide(byLabel.get(label)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Binds the pronouns (we/us/our, you/your, 貴社) that occur: the first person to {@code drafter},
   * the second person to the other side. Role-word labels (当社, 利用者) keep their own side and are not
   * pulled in: in a ministry's terms, 利用者 are not the supplier.
   */
  private void addPronounLabels(String text, Map<String, Candidate> byLabel, PartyRole drafter) {
    PartyRole addressee = drafter == PartyRole.VENDOR ? PartyRole.BUYER : PartyRole.VENDOR;
    bindLabels(
        text,
        byLabel,
        lexicon.termsOfServiceVendorLabels(),
        this::isPronoun,
        holder(byLabel, true, drafter),
        drafter);
    bindLabels(
        text,
        byLabel,
        lexicon.termsOfServiceBuyerLabels(),
        this::isPronoun,
        holder(byLabel, false, addressee),
        addressee);
  }

  /**
   * The party that already holds a first-person (or second-person) label, else the one whose
   * definition puts it on {@code side}; null when there is none.
   */
  private Candidate holder(Map<String, Candidate> byLabel, boolean firstPerson, PartyRole side) {
    for (Map.Entry<String, Candidate> e : byLabel.entrySet()) {
      String l = e.getKey();
      if (firstPerson ? isFirstPerson(l, definedSide(e.getValue())) : isSecondPerson(l)) {
        return e.getValue();
      }
    }
    for (Candidate c : byLabel.values()) {
      if (definedSide(c) == side) {
        return c;
      }
    }
    return null;
  }

  private static void vote(Candidate c, PartyRole side, int weight) {
    if (side == PartyRole.VENDOR) {
      c.vendor += weight;
    } else {
      c.buyer += weight;
    }
  }

  private static boolean containsIgnoreCase(List<String> words, String s) {
    return words.stream().anyMatch(w -> w.equalsIgnoreCase(s));
  }

  private void addTermsOfServiceLabels(String text, Map<String, Candidate> byLabel) {
    Candidate vendor =
        findBySide(byLabel, lexicon.termsOfServiceVendorLabels(), lexicon.vendorRoleWords());
    Candidate buyer =
        findBySide(byLabel, lexicon.termsOfServiceBuyerLabels(), lexicon.buyerRoleWords());
    bindLabels(
        text, byLabel, lexicon.termsOfServiceVendorLabels(), l -> true, vendor, PartyRole.VENDOR);
    bindLabels(
        text, byLabel, lexicon.termsOfServiceBuyerLabels(), l -> true, buyer, PartyRole.BUYER);
  }

  /**
   * Attaches each of the convention labels that {@code which} accepts and the text uses to {@code
   * holder} (or to a party made for it) with a vote for {@code side}.
   */
  private static void bindLabels(
      String text,
      Map<String, Candidate> byLabel,
      List<String> labels,
      java.util.function.Predicate<String> which,
      Candidate holder,
      PartyRole side) {
    for (String l : labels) {
      if (which.test(l) && occurs(text, l)) {
        holder = attach(holder, l, byLabel);
        vote(holder, side, 5);
      }
    }
  }

  private Candidate findBySide(
      Map<String, Candidate> byLabel, List<String> tosLabels, List<String> roleWords) {
    for (Map.Entry<String, Candidate> e : byLabel.entrySet()) {
      if (tosLabels.contains(e.getKey()) || containsWord(e.getKey(), roleWords)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static Candidate attach(Candidate c, String label, Map<String, Candidate> byLabel) {
    Candidate target = c != null ? c : byLabel.getOrDefault(label, new Candidate());
    if (!target.labels.contains(label)) {
      target.labels.add(label);
    }
    byLabel.put(label, target);
    return target;
  }

  private static List<Candidate> merge(Map<String, Candidate> byLabel) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : byLabel.values()) {
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private void score(Candidate c, String text) {
    for (String label : c.labels) {
      if (containsWord(label, lexicon.vendorRoleWords())) {
        c.vendor += 4;
      }
      if (containsWord(label, lexicon.buyerRoleWords())) {
        c.buyer += 4;
      }
    }
    String name = c.name == null ? "" : c.name;
    String around = name + " " + c.context;
    if (isPublicBody(name)) {
      c.buyer += 3;
    }
    if (!isCompanyName(name)) {
      c.vendor += 2 * countWords(name, lexicon.vendorRoleWords());
      c.buyer += 2 * countWords(name, lexicon.buyerRoleWords());
    }
    for (String label : c.labels) {
      c.vendor +=
          Math.min(3, countRoleNextToLabel(around + " " + text, label, lexicon.vendorRoleWords()));
      c.buyer +=
          Math.min(3, countRoleNextToLabel(around + " " + text, label, lexicon.buyerRoleWords()));
      int[] verbs = verbVotes(text, label);
      c.vendor += Math.min(3, verbs[0]);
      c.buyer += Math.min(3, verbs[1]);
    }
  }

  /** "甲（委託者）", "受託者である乙", "乙（以下「受託者」": a role noun written right beside the label. */
  private static int countRoleNextToLabel(String text, String label, List<String> roles) {
    if (label.length() > 4 || !isCjk(label)) {
      return 0;
    }
    List<String> quoted = roles.stream().filter(PartyDetector::isCjk).map(Pattern::quote).toList();
    if (quoted.isEmpty()) {
      return 0;
    }
    String r = "(?:" + String.join("|", quoted) + ")";
    String l = Pattern.quote(label);
    Matcher m =
        Pattern.compile(
                l + "\\s*[(:]\\s*" + r + "|" + r + "\\s*(?:である|たる|:|\\s)\\s*" + l + "(?![^\\s、。(])")
            .matcher(text)
            .useTransparentBounds(true)
            .useAnchoringBounds(false);
    // Every match starts with the label or a role word, so the pattern is tried only where one of
    // their first characters stands: the same matches find() would give, without running the
    // alternation of all role words at every position of the whole contract.
    StringBuilder firsts = new StringBuilder().append(label.charAt(0));
    for (String role : roles) {
      if (isCjk(role)) {
        firsts.append(role.charAt(0));
      }
    }
    String starts = firsts.toString();
    int count = 0;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      if (i < from || starts.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      m.region(i, text.length());
      if (m.lookingAt()) {
        count++;
        from = m.end();
      }
    }
    return count;
  }

  /**
   * Vendor and buyer verbs in clauses where the label is the subject, cut at the next subject so
   * that in "甲は乙に委託し、乙はこれを受託する" each party gets only its own verb.
   */
  private int[] verbVotes(String text, String label) {
    int[] votes = new int[2];
    Pattern subject =
        isCjk(label)
            ? Pattern.compile("(?:^|[。\\n、\\s])" + Pattern.quote(label) + "(?:は|が)")
            : Pattern.compile(
                "(?i)\\b(?:the\\s+)?"
                    + Pattern.quote(label)
                    + "\\s+(?:shall|will|may|must|agrees to|hereby|is to)?\\s*");
    Matcher m = subject.matcher(text);
    int seen = 0;
    while (m.find() && seen < 200) {
      seen++;
      int end = m.end();
      int stop = Math.min(text.length(), end + (isCjk(label) ? 60 : 50));
      for (int i = end; i < stop; i++) {
        char ch = text.charAt(i);
        if (ch == '。' || ch == '.' || ch == '\n') {
          stop = i;
          break;
        }
        if (isCjk(label) && (ch == 'は' || ch == 'が') && i > end + 1 && i - end < stop) {
          // another subject begins: "…委託し、乙は…"
          int j = i - 1;
          if (j >= 0 && "甲乙丙丁".indexOf(text.charAt(j)) >= 0 && !text.startsWith(label, j)) {
            stop = j;
            break;
          }
        }
      }
      String clause = text.substring(end, stop).toLowerCase(Locale.ROOT);
      if (startsOrContainsAny(clause, lexicon.vendorVerbs(), !isCjk(label))) {
        votes[0]++;
      }
      if (startsOrContainsAny(clause, lexicon.buyerVerbs(), !isCjk(label))) {
        votes[1]++;
      }
    }
    return votes;
  }

  private boolean startsOrContainsAny(String clause, List<String> words, boolean english) {
    for (String w : words) {
      String lw = w.toLowerCase(Locale.ROOT);
      if (english
          ? clause.startsWith(lw) || verbNearStart.get(lw).matcher(clause).lookingAt()
          : clause.contains(lw)) {
        return true;
      }
    }
    return false;
  }

  private static void resolveOpposites(List<Candidate> parties) {
    if (parties.size() != 2) {
      return;
    }
    Candidate a = parties.get(0);
    Candidate b = parties.get(1);
    int sa = a.score();
    int sb = b.score();
    if (sa == 0 && sb == 0) {
      return;
    }
    // Two parties are on opposite sides; the clearer signal decides both.
    if (Math.abs(sa) >= Math.abs(sb)) {
      b.vendor = sa > 0 ? 0 : 1;
      b.buyer = sa > 0 ? 1 : 0;
    } else {
      a.vendor = sb > 0 ? 0 : 1;
      a.buyer = sb > 0 ? 1 : 0;
    }
  }

  private static PartyRole roleOf(Candidate c) {
    int s = c.score();
    return s > 0 ? PartyRole.VENDOR : s < 0 ? PartyRole.BUYER : PartyRole.UNKNOWN;
  }

  private static boolean occurs(String text, String label) {
    if (isCjk(label)) {
      return text.contains(label);
    }
    return Pattern.compile("(?i)\\b" + labelRegex(label) + "\\b").matcher(text).find();
  }

  /**
   * The regex for a party label inside case-insensitive patterns (the judge's sentence patterns,
   * the detector's occurrence test). A label written in lower case is a pronoun ("we", "us",
   * "you"): it matches as written or capitalised at a sentence start, never in capitals, so that
   * "US" (the United States) or "IT" is not read as the party.
   */
  public static String labelRegex(String label) {
    if (!label.isEmpty() && label.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      char first = label.charAt(0);
      return "(?-i:[" + first + Character.toUpperCase(first) + "]" + label.substring(1) + ")";
    }
    return Pattern.quote(label);
  }

  private static boolean containsAny(String s, List<String> words) {
    if (s == null) {
      return false;
    }
    for (String w : words) {
      if (isCjk(w)
          ? s.contains(w)
          // Not inside a longer word on either side; "K.K." and "Co." end in a period, after
          // which a word boundary would need a following letter.
          : Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])")
              .matcher(s)
              .find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsWord(String s, List<String> words) {
    return containsAny(s, words);
  }

  private static int countWords(String s, List<String> words) {
    int n = 0;
    for (String w : words) {
      if (containsAny(s, List.of(w))) {
        n++;
      }
    }
    return n;
  }

  private static boolean isCjk(String s) {
    return !s.isEmpty() && jp.shinsa.domain.contract.layout.Scripts.isCjk(s.charAt(0));
  }
}
