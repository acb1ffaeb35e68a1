package jp.shinsa.domain.judgment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinsa.domain.contract.ClauseKind;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.Grammar;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.contract.Party;
import jp.shinsa.domain.contract.PartyDetector;
import jp.shinsa.domain.contract.PartyRole;
import jp.shinsa.domain.contract.TextNormaliser;

/**
 * Analyses every sentence of a contract once: who is bound (resolved to vendor or buyer through the
 * contract's own party definitions), the modality, the exception and whether it takes the
 * protection back, and references to documents outside the contract.
 */
public final class SentenceAnalyser {

  private static final Pattern JA_BREAK = Pattern.compile("[、，,]");
  private static final Pattern EN_BREAK = Pattern.compile("[,;]");

  /** Fixed precedence among modal cues found in one statement (strongest reading first). */
  private static final List<Modality> PRECEDENCE =
      List.of(
          Modality.DEEMED_CONSENT,
          Modality.DISCLAIMER,
          Modality.BEST_EFFORTS,
          Modality.PROHIBITION,
          Modality.RESERVED_POSSIBILITY,
          Modality.PERMISSION,
          Modality.DUTY);

  private final Lexicon lexicon;
  private final SentenceSplitter splitter;
  private final Map<Pattern, List<Set<String>>> literals = new IdentityHashMap<>();

  public SentenceAnalyser(Lexicon lexicon) {
    this.lexicon = lexicon;
    Grammar g = lexicon.grammar();
    splitter = new SentenceSplitter(g);
    enDefined =
        Pattern.compile(
            "^(?:\"|“)([^\"”]{1,50})(?:\"|”)\\s+(?:" + g.alternation("definedAsEn") + ")");
    jaDefined = Pattern.compile("「([^」]{1,30})」(?:" + g.alternation("definedAsJa") + ")");
    published = Pattern.compile(g.alternation("published"), Pattern.CASE_INSENSITIVE);
    subordinateInstrument = Pattern.compile(g.alternation("subordinateInstrumentEn"));
    baseAgreementDeferral =
        Pattern.compile(
            "\\b(?i:"
                + g.alternation("baseAgreementDeferralEn")
                + ")\\s+(?:the\\s+)?(?:(?i:"
                + g.alternation("referenceWordsEn")
                + ")\\s*[\\w.()]+(?:(?:,|\\s+and|\\s+or|\\s+to)\\s+[\\w.()]+)*(?:\\s+\\([^()]{1,40}\\))?"
                + "\\s+(?:of|to)\\s+the\\s+"
                + "|(?:terms|provisions)(?: and conditions)? of\\s+the\\s+)?"
                + "(?:"
                + g.alternation("baseAgreementNamesEn")
                + ")\\b(?![^.;]{0,60}\\bin addition to\\b)");
    listIntro = Pattern.compile(g.alternation("listIntroduction"), Pattern.CASE_INSENSITIVE);
    describesException = Pattern.compile("\\s*(?:" + g.alternation("relativeWords") + ")\\b");
    acknowledgesThat =
        Pattern.compile(
            "^[^,;:]{0,60}?\\b(?:hereby\\s+)?(?:"
                + g.alternation("acknowledgement")
                + ")(?:\\s+and\\s+(?:"
                + g.alternation("acknowledgementCoordinated")
                + "))?\\s+that\\b[\\s,]*",
            Pattern.CASE_INSENSITIVE);
    buyerBringsAbout =
        Pattern.compile(
            "\\b(?:"
                + g.alternation("exceptionOpeners")
                + ")\\s+(?:and until\\s+)?(?:(?:the|an?|any)\\s+)?"
                + RoleTokens.BUYER
                + "(?:['’]s\\s+(?:authori[sz]ed\\s+)?(?:"
                + g.alternation("buyerPeople")
                + ")\\b|(?!['’]s))|"
                + RoleTokens.BUYER
                + "が[^、。]{0,30}(?:"
                + g.alternation("conditionNounsJa")
                + ")",
            Pattern.CASE_INSENSITIVE);
    vendorBears =
        Pattern.compile(RoleTokens.expand(g.alternation("vendorBears")), Pattern.CASE_INSENSITIVE);
    enCondition =
        Pattern.compile(
            "^(?:" + g.alternation("conditionOpenersEn") + ")\\b[^,]{0,160},\\s*",
            Pattern.CASE_INSENSITIVE);
    jaRefusalBarred =
        Pattern.compile(
            "(?:"
                + g.alternation("refusalVerbsJa")
                + ")[^、。]{0,8}?(?:(?:て|で)は(?:ならない|ならず|なりません|いけない|いけません)|こと(?:は|が)?(?:でき|出来)(?:ない|ません))");
    enRefusalBarred =
        Pattern.compile(
            "\\b(?:(?:shall|must|may|will|can|should)\\s+not|cannot|(?:won|can|shan)['’]t)"
                + "(?:\\s*,[^,.;]{1,60},)?\\s+(?:(?:\\w+ly|without [^,.;]{1,40}?)\\s+)?(?:"
                + g.alternation("refusalVerbsEn")
                + ")\\b",
            Pattern.CASE_INSENSITIVE);
    frequencyCap =
        Pattern.compile(
            "\\b(?:may not|cannot|can['’]t|(?:is|are) not entitled to)\\b[^;]{0,160}?\\bmore (?:"
                + g.alternation("frequencyCapEn")
                + ")\\b|(?:"
                + g.alternation("frequencyCapJa")
                + ")を超えて[^。]{0,60}?(?:でき(?:ない|ません)|(?:て|で)は(?:ならない|なりません))",
            Pattern.CASE_INSENSITIVE);
    List<Pattern> all = new ArrayList<>(lexicon.modality().values());
    all.addAll(
        List.of(
            jaRefusalBarred,
            enRefusalBarred,
            frequencyCap,
            lexicon.limitation(),
            lexicon.negation(),
            lexicon.provisoSplit(),
            lexicon.inlineException(),
            lexicon.benignException(),
            lexicon.harmfulException(),
            lexicon.referenceException(),
            lexicon.externalReference(),
            lexicon.consent(),
            lexicon.definition(),
            lexicon.definitionHeading(),
            lexicon.optOut(),
            lexicon.deferral(),
            lexicon.anaphora(),
            lexicon.bothParties(),
            listIntro,
            acknowledgesThat));
    all.addAll(lexicon.objects().values());
    for (Pattern p : all) {
      List<Set<String>> l =
          p == null || (p.flags() & ~Pattern.CASE_INSENSITIVE) != 0
              ? null
              : RegexLiterals.requiredAll(p.pattern());
      if (l != null) {
        literals.put(p, l);
      }
    }
  }

  /** Regex find behind a substring prefilter (see {@link RegexLiterals}). */
  private boolean finds(Pattern p, String text, String lower) {
    return literalsPresent(p, lower) && p.matcher(text).find();
  }

  public List<AnalysedSentence> analyse(ParsedContract contract) {
    PartyBinder binder = new PartyBinder(mergedParties(contract.parties()), lexicon.grammar());
    binder.gatedBothParties = lexicon.bothParties();
    binder.bothPartiesLiterals = literals.get(lexicon.bothParties());
    List<AnalysedSentence> out = new ArrayList<>();
    List<ClauseNode> chain = new ArrayList<>();
    for (ClauseNode node : contract.clauses()) {
      walk(node, chain, "", PartyRole.UNKNOWN, binder, out);
    }
    return withBaseAgreementDeferrals(withOutsideDocumentTerms(out), contract.fullText());
  }

  /** A document naming itself as made under another agreement (grammar subordinateInstrumentEn). */
  private final Pattern subordinateInstrument;

  /** The substance left to that base agreement (grammar baseAgreementDeferralEn, …NamesEn). */
  private final Pattern baseAgreementDeferral;

  /**
   * In an amendment, statement of work, order or call-off made under another agreement, "the
   * Agreement" / "the MSA" is that base contract, which the document does not reproduce: "in
   * accordance with Clause 27.3 of the Agreement" leaves the point to a document outside this one,
   * as 原契約に定める does in Japanese. In an ordinary contract "the Agreement" is the document itself, so
   * nothing changes unless the document names itself as such an instrument.
   */
  private List<AnalysedSentence> withBaseAgreementDeferrals(
      List<AnalysedSentence> sentences, String fullText) {
    if (fullText == null
        || !subordinateInstrument.matcher(fullText.replaceAll("\\s+", " ")).find()) {
      return sentences;
    }
    List<AnalysedSentence> out = new ArrayList<>(sentences.size());
    for (AnalysedSentence s : sentences) {
      if (!s.externalReference()
          && !s.definition()
          && baseAgreementDeferral.matcher(s.matchText()).find()) {
        String lower = s.matchText().toLowerCase(Locale.ROOT);
        out.add(s.withExternalReference(finds(lexicon.deferral(), s.matchText(), lower)));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** A quoted term being defined (grammar lists definedAsEn, definedAsJa). */
  private final Pattern enDefined;

  private final Pattern jaDefined;

  /** Words of publication (grammar list published). */
  private final Pattern published;

  /**
   * A term defined as an outside document ("\"Security Policy\" means … published at https://…")
   * carries that status wherever it is used: "maintains the measures described in the Security
   * Policy" leaves the measures to a document outside the contract.
   */
  private List<AnalysedSentence> withOutsideDocumentTerms(List<AnalysedSentence> sentences) {
    List<String> terms = new ArrayList<>();
    for (AnalysedSentence s : sentences) {
      if (!s.definition() || !s.externalReference() || !published.matcher(s.matchText()).find()) {
        continue;
      }
      for (Pattern p : List.of(enDefined, jaDefined)) {
        Matcher m = p.matcher(s.matchText());
        if (m.find()) {
          terms.add(m.group(1).strip());
        }
      }
    }
    if (terms.isEmpty()) {
      return sentences;
    }
    List<AnalysedSentence> out = new ArrayList<>(sentences.size());
    for (AnalysedSentence s : sentences) {
      boolean uses = false;
      if (!s.definition() && !s.externalReference()) {
        for (String t : terms) {
          if (s.matchText().contains(t)) {
            uses = true;
            break;
          }
        }
      }
      if (uses) {
        String lower = s.matchText().toLowerCase(Locale.ROOT);
        out.add(s.withExternalReference(finds(lexicon.deferral(), s.matchText(), lower)));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private List<Party> mergedParties(List<Party> declared) {
    List<Party> merged = new ArrayList<>(declared);
    List<String> known = declared.stream().flatMap(p -> p.labels().stream()).toList();
    for (Party d : lexicon.defaultParties()) {
      List<String> extra = d.labels().stream().filter(l -> !known.contains(l)).toList();
      if (!extra.isEmpty()) {
        merged.add(new Party(d.role(), extra, null));
      }
    }
    return merged;
  }

  private void walk(
      ClauseNode node,
      List<ClauseNode> chain,
      String parentHeading,
      PartyRole inherited,
      PartyBinder binder,
      List<AnalysedSentence> out) {
    chain.add(node);
    String heading =
        node.heading() == null || node.heading().isBlank()
            ? parentHeading
            : normalise(node.heading());
    String ref = ClauseReference.of(chain);
    PartyRole current = inherited;
    PartyRole nodeSubject = null;
    String sentenceHeading = heading;
    for (String raw : withProvisosAttached(splitter.split(ownText(node)))) {
      if (isCaption(raw)) {
        if (INLINE_CAPTION.matcher(raw.strip()).matches()) {
          // A run-in caption ("4. Operational metrics. The Contractor may …") heads the rest of
          // its paragraph, like a printed heading.
          String caption = normalise(raw).replaceAll("\\.$", "");
          sentenceHeading = heading.isEmpty() ? caption : heading + " / " + caption;
        }
        continue;
      }
      for (AnalysedSentence s :
          analyseSentence(node, ref, raw, sentenceHeading, current, binder, out.size())) {
        current = s.subject();
        if (nodeSubject == null && s.subject() != PartyRole.UNKNOWN) {
          nodeSubject = s.subject();
        }
        out.add(s);
      }
    }
    int introduced = out.size() - 1;
    for (ClauseNode child : node.children()) {
      walk(child, chain, heading, nodeSubject != null ? nodeSubject : inherited, binder, out);
    }
    if (introduced >= 0 && out.get(introduced).node() == node) {
      prohibitedListItems(node, introduced, out);
    }
    if (introduced >= 0 && out.get(introduced).node() == node) {
      withListItems(node, introduced, binder, out);
    }
    chain.remove(chain.size() - 1);
  }

  /**
   * A list head that forbids ("The Supplier shall not:") forbids each item that is only the rest of
   * its sentence ("(a) use the data for any other purpose;", "(c) sell the data"): such an item has
   * no modal of its own and is read as a plain statement, so it takes the head's prohibition. An
   * item that states its own modality keeps it.
   */
  private void prohibitedListItems(ClauseNode node, int head, List<AnalysedSentence> out) {
    String quote = out.get(head).quote().strip();
    if (!LIST_COLON.matcher(quote).find()) {
      return;
    }
    int first = head;
    while (first > 0
        && out.get(first - 1).node() == node
        && out.get(first - 1).quote().strip().equals(quote)) {
      first--;
    }
    if (out.get(first).modality() != Modality.PROHIBITION || out.get(first).hasException()) {
      // "shall not disclose the data except:": the items are the exceptions, not prohibited acts.
      return;
    }
    for (int i = head + 1; i < out.size(); i++) {
      AnalysedSentence s = out.get(i);
      String main = s.mainText().strip();
      if (node.children().contains(s.node())
          && s.modality() == Modality.STATEMENT
          && !main.isEmpty()
          && Character.isLowerCase(main.charAt(0))) {
        out.set(i, s.withModality(Modality.PROHIBITION));
      }
    }
  }

  /**
   * Only lists about data ("uses the data for the following purposes") or an audit ("Customer may
   * request an audit, which: (i) shall be conducted remotely …": the items are its conditions), not
   * project phases.
   */
  private boolean namesData(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String kind : List.of("INPUT", "DATA", "PERSONAL", "AUDIT")) {
      Pattern p = lexicon.objects().get(kind);
      if (p != null && finds(p, text, lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Openings of a list (grammar list listIntroduction); a sentence ending in a colon ({@link
   * #LIST_COLON}) opens one too. Kept apart so that the words can be tested by their literals.
   */
  private final Pattern listIntro;

  private static final Pattern LIST_COLON = Pattern.compile("[:：]$");

  private boolean introducesList(String text) {
    return LIST_COLON.matcher(text).find() || finds(listIntro, text, text.toLowerCase(Locale.ROOT));
  }

  /**
   * A sentence that introduces a list ("当社は、利用者データを次の目的で利用します。", "Provider will use Customer Data
   * only for the following purposes:") says what its items say: their words are added to its
   * matching text (not to the statement that carries subject and modality), so that "(3) 新サービスの開発"
   * in the list counts against the purpose the head states.
   */
  private void withListItems(
      ClauseNode node, int head, PartyBinder binder, List<AnalysedSentence> out) {
    AnalysedSentence s = out.get(head);
    if (s.definition() || !introducesList(s.matchText()) || !namesData(s.matchText())) {
      return;
    }
    StringBuilder items = new StringBuilder();
    for (ClauseNode child : node.children()) {
      if (child.kind() == ClauseKind.ITEM) {
        items.append(" / ").append(normalise(ownText(child)));
      }
    }
    if (items.length() > 0) {
      String text = s.matchText() + items;
      out.set(head, s.withMatchText(text, binder.roleText(text)));
    }
  }

  /**
   * The node's text without its printed number and heading line ("第5条（利用目的）", "4.1", "Article 4
   * User Data"): a bare heading is not a statement, and a number would hide the subject at the
   * start of the sentence.
   */
  static String ownText(ClauseNode node) {
    String t = node.text() == null ? "" : node.text();
    String printed = node.printedNumber() == null ? "" : node.printedNumber().strip();
    t = stripLeadingSpace(t);
    String heading = node.heading() == null ? "" : node.heading().strip();
    // A caption printed above the number ("（再委託）\n第１５条　受注者は…") comes first.
    for (String h : List.of("（" + heading + "）", "(" + heading + ")", "【" + heading + "】")) {
      if (!heading.isEmpty() && !printed.isEmpty() && startsWithNormalised(t, h)) {
        String rest = stripLeadingSpace(t.substring(h.length()));
        if (startsWithNormalised(rest, printed)) {
          return stripLeadingSpace(rest.substring(printed.length()));
        }
      }
    }
    if (!printed.isEmpty() && startsWithNormalised(t, printed)) {
      t = stripLeadingSpace(t.substring(printed.length()));
      printed = "";
    }
    if (!heading.isEmpty()) {
      for (String h :
          List.of("（" + heading + "）", "(" + heading + ")", "【" + heading + "】", heading)) {
        if (startsWithNormalised(t, h)) {
          t = stripLeadingSpace(t.substring(h.length()));
          if (h == heading && (t.startsWith(".") || t.startsWith(":"))) {
            // A run-in heading ("12.4 Third-Party Auditors. Customer may …") ends at its stop.
            t = stripLeadingSpace(t.substring(1));
          }
          break;
        }
      }
    }
    if (!printed.isEmpty() && startsWithNormalised(t, printed)) {
      // A caption printed above the number (「（再委託）」 then 「第１５条　受注者は…」).
      t = stripLeadingSpace(t.substring(printed.length()));
    }
    return t;
  }

  /**
   * Headings are read from the normalised line ("特記仕様書(データの取扱い)") while the node's text is as
   * printed ("特記仕様書（データの取扱い）"); normalising keeps the length, so the prefix cut stays right.
   */
  private static boolean startsWithNormalised(String t, String prefix) {
    return t.length() >= prefix.length()
        && TextNormaliser.normalise(t.substring(0, prefix.length()))
            .equals(TextNormaliser.normalise(prefix));
  }

  private static String stripLeadingSpace(String t) {
    int i = 0;
    while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u3000')) {
      i++;
    }
    return t.substring(i);
  }

  /** Captions ("- REPORTING AND AUDIT", "別紙1 セキュリティ要件") state nothing and bind nobody. */
  static boolean isCaption(String raw) {
    String t = raw.strip();
    if (isJapanese(t)) {
      return t.length() < 20
          && !t.endsWith("。")
          && t.indexOf('は') < 0
          && t.indexOf('が') < 0
          && t.indexOf('を') < 0;
    }
    // An inline paragraph caption ("Other customers. The Contractor shall …") is a short noun
    // phrase of its own; it names the topic but binds nobody.
    return t.chars().noneMatch(Character::isLowerCase) || INLINE_CAPTION.matcher(t).matches();
  }

  private static final Pattern INLINE_CAPTION =
      Pattern.compile("[A-Z][A-Za-z-]*(?: [a-zA-Z-]+){0,2}\\.");

  /**
   * A Japanese proviso (「ただし、…」) is printed as its own sentence but qualifies the one before it;
   * judging them apart would read a taken-back protection as a full one.
   */
  private List<String> withProvisosAttached(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      if (!out.isEmpty() && lexicon.provisoSplit().matcher(normalise(s)).lookingAt()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + s);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Analyses one sentence; a sentence that coordinates statements of different parties ("甲は…
   * 求めることができ、乙は…回答する", "Customer may request …, and Provider shall …") yields one analysed
   * statement per party, each with its own subject and modality.
   */
  public List<AnalysedSentence> analyseSentence(
      ClauseNode node,
      String ref,
      String raw,
      String heading,
      PartyRole inherited,
      PartyBinder binder,
      int order) {
    String text = withoutLeadingNumber(normalise(raw));
    String main = text;
    String exception = "";
    List<String> phrases = new ArrayList<>();
    String textLower = text.toLowerCase(Locale.ROOT);
    Matcher proviso = lexicon.provisoSplit().matcher(text);
    if (literalsPresent(lexicon.provisoSplit(), textLower)
        && proviso.find()
        && proviso.start() > 0) {
      main = text.substring(0, proviso.start());
      exception = text.substring(proviso.start());
      phrases.add(exception);
    }
    // Every exception phrase is set aside ("any model other than X, except that the vendor may
    // …"): the second one is often the one that takes the protection back. The literal gate only
    // decides the first search: cutting a phrase out can join characters into a new literal.
    String mainLower = main == text ? textLower : main.toLowerCase(Locale.ROOT);
    boolean mayHaveException = literalsPresent(lexicon.inlineException(), mainLower);
    Matcher inline = lexicon.inlineException().matcher(main);
    for (int round = 0; mayHaveException && round < 3 && inline.find(); round++) {
      int from;
      int to;
      if (isJapanese(main)) {
        from = lastBreakBefore(main, inline.start(), JA_BREAK);
        to = inline.end();
      } else {
        from = inline.start();
        to = exceptionEnd(main, inline.end());
      }
      String phrase = main.substring(from, to);
      phrases.add(phrase);
      exception = exception.isEmpty() ? phrase : phrase + " " + exception;
      main = main.substring(0, from) + main.substring(to);
      inline = lexicon.inlineException().matcher(main);
    }
    boolean takesBack = false;
    for (String phrase : phrases) {
      takesBack |= takesBack(phrase, binder);
    }
    boolean external = finds(lexicon.externalReference(), text, textLower);
    boolean definition =
        finds(lexicon.definition(), text, textLower)
            || (!heading.isEmpty()
                && finds(lexicon.definitionHeading(), heading, heading.toLowerCase(Locale.ROOT)));
    List<AnalysedSentence> out = new ArrayList<>();
    String roleText = binder.roleText(text);
    // "unless an administrator of the Customer disables …": read with party labels as roles.
    boolean optOut =
        finds(lexicon.optOut(), text, textLower)
            || !roleText.equals(text)
                && finds(lexicon.optOut(), roleText, roleText.toLowerCase(Locale.ROOT));
    PartyRole carried = inherited;
    // "You agree that we may retain Prompts …", "The parties acknowledge that … Provider handles
    // it …": the acknowledgement records consent; the statement is what follows "that".
    boolean acknowledged = false;
    Matcher that = acknowledgesThat.matcher(main);
    // The statement and its segments are often the sentence itself (the same string): its
    // lower-cased text is made once and handed on.
    String statementLower = main == text ? textLower : main.toLowerCase(Locale.ROOT);
    if (literalsPresent(acknowledgesThat, statementLower)
        && that.lookingAt()
        && binder.subjectOf(main.substring(that.end()), lexicon.bothParties())
            != PartyRole.UNKNOWN) {
      main = main.substring(that.end());
      statementLower = main.toLowerCase(Locale.ROOT);
      acknowledged = true;
    }
    for (String segment : binder.segments(main, statementLower, lexicon.bothParties())) {
      String segLower = segment == main ? statementLower : segment.toLowerCase(Locale.ROOT);
      PartyRole subject = binder.subjectOf(segment, segLower, lexicon.bothParties());
      if (subject == PartyRole.UNKNOWN) {
        subject = carried;
      }
      boolean limited = finds(lexicon.limitation(), segment, segLower);
      Modality modality = modalityOf(segment, limited);
      PartyRole grantee = binder.granteeOf(segment, segLower);
      if (grantee != PartyRole.UNKNOWN) {
        // "Customer grants Provider a licence to use …" is the grantee's right to use.
        subject = grantee;
        modality = limited ? Modality.LIMITATION : Modality.PERMISSION;
      }
      carried = subject;
      out.add(
          new AnalysedSentence(
              node,
              ref,
              raw.strip(),
              text,
              segment,
              exception,
              heading,
              subject,
              modality,
              limited,
              takesBack,
              external,
              acknowledged || finds(lexicon.consent(), segment, segLower),
              definition,
              external && finds(lexicon.deferral(), text, textLower),
              optOut,
              order + out.size(),
              roleText));
    }
    return out;
  }

  /**
   * Where an English exception phrase whose marker ends at {@code from} ends: at the next comma or
   * semicolon, unless what follows that comma only describes the exception ("other than to Ireland,
   * which is covered by an adequacy decision, …"): a non-restrictive relative clause belongs to it,
   * and so does an insertion right after the marker ("except, in the case of X, to …").
   */
  private int exceptionEnd(String main, int from) {
    Matcher br = EN_BREAK.matcher(main);
    int at = from;
    while (br.find(at)) {
      if (main.substring(from, br.start()).isBlank()) {
        // "except, in the case of Provider, to its Subprocessors": an insertion right after the
        // marker; the exception's content follows it.
        if (!br.find(br.end())) {
          return main.length();
        }
        at = br.end();
        continue;
      }
      if (!describesException.matcher(main).region(br.end(), main.length()).lookingAt()) {
        return br.start();
      }
      at = br.end();
    }
    return main.length();
  }

  /** Relative words that go on describing the excepted thing (grammar list relativeWords). */
  private final Pattern describesException;

  /**
   * A clause number the segmenter left at the start of a sentence ("Section 9.2 The Agency may …",
   * "14.6 The rights …", "3 前項の…", "第15条受注者は…") is not part of the statement: it would hide the
   * subject and anchor-bound cues ("Neither party may …").
   */
  private static final Pattern LEADING_NUMBER =
      Pattern.compile(
          "^(?:[.:]\\s*|(?:(?:Section|Clause|Article|SECTION|CLAUSE|ARTICLE|§)\\s*)?"
              + "\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s+(?=[A-Z\"“(])|\\d{1,2}\\s+(?=[^\\x00-\\x7F]))+");

  static String withoutLeadingNumber(String text) {
    return LEADING_NUMBER.matcher(text).replaceFirst("");
  }

  /**
   * Whether one exception phrase takes the protection back. It is read as printed and with party
   * labels as roles ("{VENDOR}の判断"); benign content (consent, law, subprocessors) keeps the
   * protection unless harmful content (affiliates, the vendor's discretion) is also there, and so
   * does an exception the buyer itself brings about ("unless the Customer saves them in its
   * workspace", "甲が別途指示した場合を除き"): the buyer's own choice takes nothing from it.
   */
  private boolean takesBack(String phrase, PartyBinder binder) {
    String read = phrase + "\n" + binder.roleText(phrase);
    String lower = read.toLowerCase(Locale.ROOT);
    return finds(lexicon.harmfulException(), read, lower)
        || !(finds(lexicon.benignException(), read, lower)
            || finds(lexicon.referenceException(), read, lower)
            || bindsVendorFurther(phrase, binder)
            || buyerBringsAbout.matcher(binder.roleText(phrase)).find());
  }

  /** A party's acknowledgement that opens a sentence and carries the statement in its clause. */
  private final Pattern acknowledgesThat;

  /**
   * "unless the Customer saves them", "unless an Authority user saves them", "unless the Customer's
   * administrators switch it on", 「甲が自ら保存した場合を除き」 (role text): the buyer or its own users.
   */
  private final Pattern buyerBringsAbout;

  /**
   * A proviso that adds a duty for the vendor ("ただし、重大な違反が判明した場合は乙の負担とする") strengthens the
   * protection instead of taking it back.
   */
  private boolean bindsVendorFurther(String exception, PartyBinder binder) {
    if (vendorBears.matcher(binder.roleText(exception)).find()) {
      // "…場合は、ユーザーが要した監査費用はベンダーの負担とする": the payer decides, wherever
      // another party is named first.
      return true;
    }
    PartyRole subject = binder.subjectOf(exception, lexicon.bothParties());
    Modality m = modalityOf(exception, false);
    if (m == Modality.PROHIBITION
        && subject != PartyRole.BUYER
        && !lexicon.inlineException().matcher(exception).find()) {
      // "ただし、統計には利用者を特定できる情報を含めてはならない", "provided that such reports shall not
      // contain Customer Data": a further restriction, not a carve-out ("この限りでない" is one).
      return true;
    }
    return subject == PartyRole.VENDOR && (m == Modality.DUTY || m == Modality.STATEMENT);
  }

  /** The vendor bears a cost (role text; grammar list vendorBears). */
  private final Pattern vendorBears;

  private static final Pattern JA_FORMAL_END = Pattern.compile("(?:ものと|ことと)(?:する|します|し)$");

  /**
   * The longest text {@link #JA_FORMAL_END} can match, 6 characters, plus a final line terminator
   * ({@code \r\n}) its {@code $} may stand before: no match starts earlier from the end.
   */
  private static final int JA_FORMAL_END_SPAN = 8;

  /**
   * Where the formal ending of a Japanese statement starts, or -1: the first match of {@link
   * #JA_FORMAL_END}, searched in the last characters only instead of from every position.
   */
  static int formalEnd(String scope) {
    Matcher m =
        JA_FORMAL_END
            .matcher(scope)
            .region(Math.max(0, scope.length() - JA_FORMAL_END_SPAN), scope.length());
    return m.find() ? m.start() : -1;
  }

  /** A leading English condition (grammar list conditionOpenersEn). */
  private final Pattern enCondition;

  /**
   * A prohibition of refusing or obstructing (grammar lists refusalVerbsJa, refusalVerbsEn): 「乙は、
   * 正当な理由なくこれを拒んではならない」, "shall not unreasonably refuse" bind the party to accept what is asked of
   * it, so the statement is a duty, not a refusal.
   */
  private final Pattern jaRefusalBarred;

  private final Pattern enRefusalBarred;

  /**
   * A right capped in frequency (grammar lists frequencyCapEn, frequencyCapJa): "may not exercise
   * its rights more than once in any 12 months", 「年1回を超えて…できない」 confine the right; they do not deny
   * it.
   */
  private final Pattern frequencyCap;

  /**
   * Japanese binds at the end: only the last predicate (after the final 、) carries the modality, so
   * a subordinate 「復元できない方法により」 is not read as a refusal. English binds at the first modal after
   * any leading condition ("If …, Customer may …"); disclaimers, best efforts and deemed consent
   * count wherever they stand.
   */
  Modality modalityOf(String statement, boolean limited) {
    String body = statement.strip();
    while (body.endsWith("。") || body.endsWith(".") || body.endsWith("、") || body.endsWith(",")) {
      body = body.substring(0, body.length() - 1);
    }
    String bodyLower = body.toLowerCase(Locale.ROOT);
    if (finds(lexicon.modalityCue(Modality.DEEMED_CONSENT), body, bodyLower)) {
      return Modality.DEEMED_CONSENT;
    }
    String scope = body;
    if (isJapanese(body)) {
      int cut = body.lastIndexOf('、');
      while (cut > 0 && body.length() - cut < 8) {
        cut = body.lastIndexOf('、', cut - 1);
      }
      scope = cut > 0 ? body.substring(cut + 1) : body;
    } else {
      Matcher c = enCondition.matcher(body);
      if (c.find() && c.end() < body.length()) {
        scope = body.substring(c.end());
      }
    }
    String scopeLower = scope.toLowerCase(Locale.ROOT);
    for (Modality m : List.of(Modality.DISCLAIMER, Modality.BEST_EFFORTS)) {
      if (finds(lexicon.modalityCue(m), scope, scopeLower)) {
        return m;
      }
    }
    Modality found = null;
    if (isJapanese(scope)) {
      // Japanese: the predicate at the end decides. The formal 「ものとする」 attaches to any
      // predicate ("利用できるものとします" is a right), so it is set aside to see what it carries.
      int formalAt = formalEnd(scope);
      boolean isFormal = formalAt >= 0;
      String core = isFormal ? scope.substring(0, formalAt) : scope;
      String coreLower = core.toLowerCase(Locale.ROOT);
      int latest = -1;
      for (Modality m : PRECEDENCE) {
        Pattern p = lexicon.modalityCue(m);
        if (p == null || !literalsPresent(p, coreLower)) {
          continue;
        }
        Matcher matcher = p.matcher(core);
        int end = -1;
        while (matcher.find()) {
          end = matcher.end();
        }
        if (end > latest) {
          latest = end;
          found = m;
        }
      }
      if (found == Modality.PROHIBITION && barredAt(jaRefusalBarred, core, coreLower) == latest) {
        // 「これを拒んではならない」: the prohibited act is a refusal, so the party must accept.
        found = Modality.DUTY;
      }
      if (found != null && latest < core.length() - 4 && isFormal) {
        // The cue sits inside the sentence ("…ことがあることに同意するものとします"): the
        // formal ending binds the final plain predicate as a duty.
        found = Modality.DUTY;
      }
      if (found == null && isFormal) {
        found = Modality.DUTY;
      }
    } else {
      int earliest = Integer.MAX_VALUE;
      for (Modality m : PRECEDENCE) {
        if (m == Modality.DEEMED_CONSENT
            || m == Modality.DISCLAIMER
            || m == Modality.BEST_EFFORTS) {
          continue;
        }
        Pattern p = lexicon.modalityCue(m);
        if (p == null || !literalsPresent(p, scopeLower)) {
          continue;
        }
        Matcher matcher = p.matcher(scope);
        if (matcher.find() && matcher.start() < earliest) {
          earliest = matcher.start();
          found = m;
        }
      }
      Matcher barred = enRefusalBarred.matcher(scope);
      if (found == Modality.PROHIBITION
          && literalsPresent(enRefusalBarred, scopeLower)
          && barred.find()
          && barred.start() == earliest) {
        // "shall not unreasonably refuse": the first modal forbids a refusal, a duty to accept.
        found = Modality.DUTY;
      }
    }
    if (found == Modality.PROHIBITION
        && literalsPresent(frequencyCap, bodyLower)
        && frequencyCap.matcher(body).find()) {
      return Modality.LIMITATION;
    }
    if (found != null) {
      // A confined right ("may subcontract only with consent") is a limitation of the vendor;
      // a confined duty ("shall use solely to provide") stays a duty and carries the flag.
      if (limited && (found == Modality.PERMISSION || found == Modality.RESERVED_POSSIBILITY)) {
        return Modality.LIMITATION;
      }
      return found;
    }
    // A confined plain statement ("uses the data only to …") keeps the limited flag instead.
    return finds(lexicon.negation(), scope, scopeLower) ? Modality.PROHIBITION : Modality.STATEMENT;
  }

  /** Where the last match of a refusal-barring pattern ends, or -1. */
  private int barredAt(Pattern p, String text, String lower) {
    if (!literalsPresent(p, lower)) {
      return -1;
    }
    Matcher m = p.matcher(text);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end;
  }

  /** Whether each literal set every match of the pattern needs has a member in the text. */
  private boolean literalsPresent(Pattern p, String lower) {
    return present(literals.get(p), lower);
  }

  private static boolean present(List<Set<String>> sets, String lower) {
    return sets == null || RegexLiterals.mayOccur(sets, lower);
  }

  private static int lastBreakBefore(String s, int pos, Pattern breaks) {
    Matcher m = breaks.matcher(s);
    int last = 0;
    while (m.find() && m.start() < pos) {
      last = m.end();
    }
    return last;
  }

  static boolean isJapanese(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '\u3040') {
        continue; // below the first of the three blocks (Hiragana): skips the block lookup
      }
      Character.UnicodeBlock b = Character.UnicodeBlock.of(s.charAt(i));
      if (b == Character.UnicodeBlock.HIRAGANA
          || b == Character.UnicodeBlock.KATAKANA
          || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS) {
        return true;
      }
    }
    return false;
  }

  /** Width and space normalisation shared by sentences, headings and cue matching. */
  public static String normalise(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    if (!hasRegexSpace(n)) {
      // Both replacements below need a \s character: without one they would change nothing.
      return n.strip();
    }
    return collapseSpaces(n).strip();
  }

  /**
   * One pass doing what two regex replacements did, {@code (?<=[^\x00-\x7F])\s+(?=[^\x00-\x7F])} by
   * "" and then {@code \s+} by " ": a run of {@code \s} between two non-ASCII characters goes
   * (Japanese lines joined across a break), every other run becomes one space. A removed run leaves
   * two non-space neighbours, so the second step never saw a run the first one made; the regexes
   * scanned every position.
   */
  static String collapseSpaces(String n) {
    StringBuilder sb = new StringBuilder(n.length());
    int i = 0;
    int len = n.length();
    while (i < len) {
      char c = n.charAt(i);
      if (!isRegexSpace(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < len && isRegexSpace(n.charAt(end))) {
        end++;
      }
      boolean cjkGap = i > 0 && n.charAt(i - 1) > 0x7F && end < len && n.charAt(end) > 0x7F;
      if (!cjkGap) {
        sb.append(' ');
      }
      i = end;
    }
    return sb.toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether the text holds a character of the regex class {@code \s} ([ \t\n\x0B\f\r]). */
  private static boolean hasRegexSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isRegexSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds the bound party of a statement: the earliest party label standing as a subject (ja: label
   * + は/が/において; en: label + verb or modal).
   */
  public static final class PartyBinder {
    /**
     * @param words literal sets the pattern needs besides the label ({@link RegexLiterals}: one of
     *     the predicates, particles or ownership words it is built from), tested before it runs
     */
    private record Label(
        PartyRole role, Pattern pattern, String lowerLabel, List<Set<String>> words) {
      Label(PartyRole role, Pattern pattern, String lowerLabel) {
        this(role, pattern, lowerLabel, List.of());
      }

      /** Whether the label and the words it needs occur in the lower-cased text. */
      boolean mayOccur(String lower) {
        return lower.contains(lowerLabel) && RegexLiterals.mayOccur(words, lower);
      }
    }

    /**
     * "… shall keep X confidential and shall not disclose it": a second predicate, same subject;
     * "retains ownership … and grants the Authority a licence": a grant to the other side.
     */
    private final Pattern coordinatedModal;

    /**
     * A leading condition ("If Customer objects … and Provider cannot resolve it, …", 「甲が異議を述べた
     * 場合、…」; grammar lists conditionOpenersEn, conditionNounsJa): the party named inside it is not
     * the statement's subject, and it opens no statement of its own.
     */
    private final Pattern leadingCondition;

    /** Literals every grant pattern needs (a prefilter), or null when none can be proved. */
    private final Set<String> grantLiterals;

    private final List<Label> labels = new ArrayList<>();

    /** The analyser's both-parties pattern and the literal sets it needs (a prefilter). */
    private Pattern gatedBothParties;

    private List<Set<String>> bothPartiesLiterals;
    private final List<Label> grantees = new ArrayList<>();

    /** Each label as printed (longest first), for {@link #roleText}. */
    private final List<Label> printed = new ArrayList<>();

    /**
     * @param parties the contract's parties with their labels
     * @param grammar the word lists of subjects, grants and ownership the label patterns are built
     *     from
     */
    public PartyBinder(List<Party> parties, Grammar grammar) {
      // A Japanese topic before the condition (「乙は、…ときは、」) is the subject already.
      leadingCondition =
          Pattern.compile(
              "^(?:(?:"
                  + grammar.alternation("conditionOpenersEn")
                  + ")\\b[^,]{0,160},\\s*|(?:(?!は、)[^。]){0,120}?(?:"
                  + grammar.alternation("conditionNounsJa")
                  + ")(?:には|は|も|であっても|でも)?、)",
              Pattern.CASE_INSENSITIVE);
      coordinatedModal =
          Pattern.compile(
              "\\s(?:and|but)\\s+(?:hereby\\s+)?(?:"
                  + grammar.alternation("coordinatedPredicates")
                  + ")\\b",
              Pattern.CASE_INSENSITIVE);
      String subjectJa = "(?:" + grammar.alternation("subjectParticlesJa") + ")";
      // "The Agency, or an independent auditor appointed by it, may inspect": the party named
      // first acts, alone or through the person it appoints.
      String delegateEn =
          "(?:,?\\s+(?:or|and/or)\\s+(?:an?|its|any|the|their)\\s(?:[\\w-]+\\s){0,3}(?:"
              + grammar.alternation("subjectDelegatesEn")
              + ")\\b[^.;:]{0,120}?,?)?";
      String subjectEn =
          "(?![\\w'’])"
              + delegateEn
              + "(?:\\s+\\w+ly)?\\s+(?:"
              + grammar.alternation("subjectPredicatesEn")
              + ")\\b";
      String grantJa =
          "(?:"
              + grammar.alternation("grantToJa")
              + ")、?.{0,80}(?:"
              + grammar.alternation("grantJa")
              + ")";
      String grantVerbsEn =
          "\\b(?:"
              + grammar.alternation("grantVerbsEn")
              + ")(?:\\s+and\\s+(?:"
              + grammar.alternation("grantAlsoVerbsEn")
              + "))?\\s+(?:(?:"
              + grammar.alternation("grantedObjectsEn")
              + ")\\s+)?(?:to\\s+)?(?:the\\s+)?";
      String licenceGrantedEn = "(?:" + grammar.alternation("licenceGrantedEn") + ") (?:the )?";
      String ownerJa = "(?:" + grammar.alternation("ownerOrPayerJa") + ")";
      String ownerEn = "\\b(?:" + grammar.alternation("ownerOrPayerEn") + ")\\s+(?:the\\s+)?";
      grantLiterals =
          requiredOfEach(grammar, List.of("grantJa", "grantVerbsEn", "licenceGrantedEn"));
      List<Set<String>> subjectJaWords = words(grammar, "subjectParticlesJa");
      List<Set<String>> subjectEnWords = words(grammar, "subjectPredicatesEn");
      List<Set<String>> ownerJaWords = words(grammar, "ownerOrPayerJa");
      List<Set<String>> ownerEnWords = words(grammar, "ownerOrPayerEn");
      for (Party p : parties) {
        for (String l : p.labels()) {
          String label = normalise(l);
          if (label.isEmpty()) {
            continue;
          }
          String q = PartyDetector.labelRegex(label);
          boolean ja =
              isJapanese(label) || label.length() == 1 && !Character.isLetter(label.charAt(0));
          Pattern pattern =
              ja
                  ? Pattern.compile(q + subjectJa)
                  : Pattern.compile("(?<![\\w'])" + q + subjectEn, Pattern.CASE_INSENSITIVE);
          String lowerLabel = label.toLowerCase(Locale.ROOT);
          labels.add(
              new Label(p.role(), pattern, lowerLabel, ja ? subjectJaWords : subjectEnWords));
          printed.add(
              new Label(
                  p.role(),
                  isJapanese(label) || !Character.isLetter(label.charAt(0))
                      ? Pattern.compile(q)
                      : Pattern.compile("(?<![\\w])" + q + "(?![\\w])", Pattern.CASE_INSENSITIVE),
                  lowerLabel));
          grantees.add(
              new Label(
                  p.role(),
                  isJapanese(label) || label.length() == 1
                      ? Pattern.compile(q + grantJa)
                      : Pattern.compile(
                          grantVerbsEn + q + "(?![\\w'’])|" + licenceGrantedEn + q + "(?![\\w'’])",
                          Pattern.CASE_INSENSITIVE),
                  lowerLabel));
          // Ownership and cost sentences bind the party named as owner or payer.
          boolean ownerJaLabel = isJapanese(label) || label.length() == 1;
          labels.add(
              new Label(
                  p.role(),
                  ownerJaLabel
                      ? Pattern.compile(q + ownerJa)
                      : Pattern.compile(ownerEn + q + "(?![\\w'’])", Pattern.CASE_INSENSITIVE),
                  lowerLabel,
                  ownerJaLabel ? ownerJaWords : ownerEnWords));
        }
      }
      // Longer labels first so that "Customer Data" style compounds never beat a real subject.
      labels.sort(Comparator.comparingInt((Label x) -> -x.pattern.pattern().length()));
      printed.sort(Comparator.comparingInt((Label x) -> -x.lowerLabel.length()));
    }

    /**
     * The text with every party label replaced by its role token ({@link RoleTokens}), longest
     * label first, so that cues can name "the vendor's judgment" whatever the vendor is called.
     */
    public String roleText(String text) {
      String out = text;
      String lower = text.toLowerCase(Locale.ROOT);
      for (Label l : printed) {
        if (l.role == PartyRole.UNKNOWN || !lower.contains(l.lowerLabel)) {
          continue;
        }
        String token = l.role == PartyRole.BUYER ? RoleTokens.BUYER : RoleTokens.VENDOR;
        out = l.pattern.matcher(out).replaceAll(token);
      }
      return out;
    }

    /**
     * The statement {@link #segments} last read and its earliest subject (position and role, the
     * first label in {@link #labels} order at that position; null: none), which is what {@link
     * #subjectOf} finds first in the same text: a statement that is not split is asked both.
     */
    private String lastSegmented;

    private Map.Entry<Integer, PartyRole> firstSubject;

    /**
     * Splits a statement where a new party subject starts after a comma ("…でき、乙は…", "…, and
     * Provider shall …"); a statement without such a point is returned whole.
     */
    public List<String> segments(String statement, Pattern bothParties) {
      return segments(statement, statement.toLowerCase(Locale.ROOT), bothParties);
    }

    /** {@link #segments(String, Pattern)} given the statement lower-cased with Locale.ROOT. */
    List<String> segments(String statement, String lower, Pattern bothParties) {
      List<Integer> cuts = new ArrayList<>();
      java.util.TreeMap<Integer, PartyRole> starts = new java.util.TreeMap<>();
      for (Label l : labels) {
        if (!l.mayOccur(lower)) {
          continue;
        }
        Matcher m = l.pattern.matcher(statement);
        while (m.find()) {
          starts.putIfAbsent(m.start(), l.role);
        }
      }
      int condition = leadingConditionEnd(statement);
      if (condition > 0 && starts.containsKey(condition)) {
        // The main clause's subject decides; a party named in the condition opens nothing.
        starts.headMap(condition).clear();
      }
      lastSegmented = statement;
      firstSubject = starts.firstEntry();
      // Only a subject of the other party opens a new statement; text before the first subject is
      // a leading condition ("As between the parties, Customer owns …"), and a repeated subject
      // of the same party ("当社は…努めますが、…について、当社は…負いません") continues it.
      PartyRole current = null;
      for (Map.Entry<Integer, PartyRole> e : starts.entrySet()) {
        int at = e.getKey();
        if (current != null
            && e.getValue() != current
            && at > 8
            && precededByComma(statement, at)) {
          cuts.add(at);
        }
        if (current == null || cuts.contains(at)) {
          current = e.getValue();
        }
      }
      Matcher coordinated = coordinatedModal.matcher(statement);
      while (coordinated.find()) {
        cuts.add(coordinated.start() + 1);
      }
      if (cuts.isEmpty()) {
        return List.of(statement);
      }
      cuts.sort(Integer::compareTo);
      List<String> out = new ArrayList<>();
      int from = 0;
      for (int cut : cuts) {
        if (cut - from > 4) {
          out.add(statement.substring(from, cut));
          from = cut;
        }
      }
      out.add(statement.substring(from));
      return out;
    }

    /**
     * Where the main clause after a leading condition starts (its subject, after an article), or 0
     * when the statement opens with no condition.
     */
    private int leadingConditionEnd(String statement) {
      Matcher m = leadingCondition.matcher(statement);
      if (!m.lookingAt() || m.end() >= statement.length()) {
        return 0;
      }
      int end = m.end();
      return statement.regionMatches(true, end, "the ", 0, 4) ? end + 4 : end;
    }

    private static boolean precededByComma(String s, int at) {
      String before = s.substring(Math.max(0, at - 6), at).strip().toLowerCase(Locale.ROOT);
      return before.endsWith("、")
          || before.endsWith(",")
          || before.endsWith(";")
          || before.endsWith(", and")
          || before.endsWith("and")
          || before.endsWith("、かつ");
    }

    /**
     * The union of the literal sets each list's alternation needs ({@link RegexLiterals}): every
     * grant pattern contains one of the lists, so a statement with none of them grants nothing.
     * Null when some list proves none (the patterns then always run).
     */
    private static Set<String> requiredOfEach(Grammar grammar, List<String> lists) {
      Set<String> all = new LinkedHashSet<>();
      for (String list : lists) {
        Set<String> need = RegexLiterals.required("(?:" + grammar.alternation(list) + ")");
        if (need == null) {
          return null;
        }
        all.addAll(need);
      }
      return all;
    }

    /**
     * The literal set a word list's alternation needs, as a one-set prefilter; none (no test) when
     * it proves none.
     */
    private static List<Set<String>> words(Grammar grammar, String list) {
      Set<String> need = RegexLiterals.required("(?:" + grammar.alternation(list) + ")");
      return need == null ? List.of() : List.of(need);
    }

    /** The party a licence or permission is granted to, or UNKNOWN. */
    public PartyRole granteeOf(String statement) {
      return granteeOf(statement, statement.toLowerCase(Locale.ROOT));
    }

    /** {@link #granteeOf(String)} given the statement lower-cased with Locale.ROOT. */
    PartyRole granteeOf(String statement, String lower) {
      if (grantLiterals != null && grantLiterals.stream().noneMatch(lower::contains)) {
        return PartyRole.UNKNOWN;
      }
      for (var e : grantees) {
        if (!lower.contains(e.lowerLabel())) {
          continue;
        }
        if (e.pattern().matcher(statement).find()) {
          return e.role();
        }
      }
      return PartyRole.UNKNOWN;
    }

    /**
     * "Customer personnel", "the Supplier's staff", "your own staff", 「乙の従業者」: the qualifying party
     * binds.
     */
    private static final Pattern QUALIFIER_END =
        Pattern.compile("(?:['’]s|の)?(?:\\s+own)?\\s?$", Pattern.CASE_INSENSITIVE);

    private PartyRole qualifier(String before, PartyRole role) {
      String head = QUALIFIER_END.matcher(before).replaceFirst("");
      if (head.length() == before.length() && !before.isEmpty()) {
        return role;
      }
      String lower = head.toLowerCase(Locale.ROOT);
      for (Label l : printed) {
        if (l.role != PartyRole.UNKNOWN
            && lower.endsWith(l.lowerLabel)
            && l.pattern.matcher(head).find(head.length() - l.lowerLabel.length())) {
          return l.role;
        }
      }
      return role;
    }

    public PartyRole subjectOf(String statement, Pattern bothParties) {
      return subjectOf(statement, statement.toLowerCase(Locale.ROOT), bothParties);
    }

    /** {@link #subjectOf(String, Pattern)} given the statement lower-cased with Locale.ROOT. */
    PartyRole subjectOf(String statement, String lower, Pattern bothParties) {
      int best = Integer.MAX_VALUE;
      PartyRole role = PartyRole.UNKNOWN;
      if (statement == lastSegmented) {
        // The statement came back whole from segments, which found every subject in it.
        if (firstSubject != null) {
          best = firstSubject.getKey();
          role = firstSubject.getValue();
        }
      } else {
        // After a leading condition first: its party is not the subject of the main clause.
        int condition = leadingConditionEnd(statement);
        for (int from : condition > 0 ? new int[] {condition, 0} : new int[] {0}) {
          for (Label l : labels) {
            if (!l.mayOccur(lower)) {
              continue;
            }
            Matcher m = l.pattern.matcher(statement);
            if (m.find(from) && m.start() < best && (from == 0 || m.start() == from)) {
              best = m.start();
              role = l.role;
            }
          }
          if (role != PartyRole.UNKNOWN) {
            break;
          }
        }
      }
      if (role != PartyRole.UNKNOWN) {
        role = qualifier(statement.substring(0, best), role);
      }
      if (role == PartyRole.UNKNOWN) {
        // "The Customer or its auditor may …", also after leading phrases set off by commas
        // ("Once a year, on 30 days' notice, the Customer or an auditor it appoints may …").
        for (int from = 0; from >= 0 && role == PartyRole.UNKNOWN; ) {
          String head = lower.substring(from).stripLeading();
          head = head.startsWith("the ") ? head.substring(4) : head;
          for (Label l : labels) {
            String lbl = l.lowerLabel;
            if (head.startsWith(lbl)
                && head.length() > lbl.length()
                && (head.startsWith(" or ", lbl.length())
                    || head.startsWith(" and ", lbl.length())
                    || head.startsWith(",", lbl.length()))) {
              role = l.role;
              best = from;
              break;
            }
          }
          int comma = lower.indexOf(", ", from);
          from = comma < 0 || comma > 200 ? -1 : comma + 2;
        }
      }
      if (bothParties == gatedBothParties && !present(bothPartiesLiterals, lower)) {
        return role;
      }
      Matcher both = bothParties.matcher(statement);
      if (both.find() && both.start() <= best) {
        return PartyRole.VENDOR;
      }
      return role;
    }
  }
}
