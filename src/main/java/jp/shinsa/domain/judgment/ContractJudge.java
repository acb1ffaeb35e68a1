package jp.shinsa.domain.judgment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ClauseKind;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.Grammar;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.contract.PartyRole;

/**
 * Judges a contract against every checklist item that applies to a procurement model. Each sentence
 * is analysed once; per item only its topic pattern is run over the sentences, and stance rules run
 * only on the few sentences that address the item.
 *
 * <p>Aggregation: every on-topic sentence yields a {@link Finding}; the decisive finding is the one
 * with the lowest {@link Finding#rank()}, then the one whose own text (not only its heading) names
 * the topic, then the earliest in the document.
 */
public final class ContractJudge {

  private static final int MAX_EVIDENCE = 3;

  /**
   * What a term covering derived data is read as when an item follows covering terms: the generic
   * names of derived data in both languages, so that the item's own topic cues can recognise it.
   */
  private static final String DERIVED_STAND_IN = "派生データ (derived data)";

  private final SentenceAnalyser analyser;
  private final DetectionKnowledge knowledge;
  private final Map<String, Pattern> objects;
  private final Pattern anaphora;

  /** Literal sets every anaphora match needs (a prefilter; none: the regex always runs). */
  private final List<Set<String>> anaphoraLiterals;

  /** Openings of a sentence that sets the conditions of the one before ("この場合、"). */
  private final Pattern conditionsFollow;

  private final Pattern vague;
  private final Pattern permission;
  private final Pattern possibility;

  /** Qualifiers that announce unnamed exceptions ("原則として", "in principle"). */
  private final Pattern implied;

  private final List<Set<String>> impliedLiterals;

  /** Exception phrases that cut the statement they sit in ("この限りでない", "except for"). */
  private final Pattern pointsBack;

  /** Exception content that takes a protection back (the vendor's partners, affiliates). */
  private final Pattern harmfulException;

  private final List<Pattern> termPatterns;

  /** Reads the references to other clauses a sentence makes. */
  private final CrossReferences crossReferences;

  /** Exception content that keeps a protection (consent, law, the service itself). */
  private final Pattern benignException;

  /** Exception content that names another clause ("前条", "Section 4"). */
  private final Pattern referenceException;

  private final LiteralIndex literalIndex;
  private final Map<ItemDetection, int[][]> cueLiterals = new IdentityHashMap<>();

  /** Literal sets the vague-commitment pattern and each object class's pattern need. */
  private final List<Set<String>> vagueLiterals;

  private final Map<String, List<Set<String>>> objectLiterals = new HashMap<>();

  /**
   * Per stance rule, the literal id sets its patterns that name a party role need in the role text
   * (see {@link #mayMatch}).
   */
  private final Map<StanceRule, int[][][]> roleGates = new IdentityHashMap<>();

  /** Per stance rule, the literal id sets its required patterns need (see {@link #mayMatch}). */
  private final Map<StanceRule, int[][][]> ruleGates = new IdentityHashMap<>();

  /**
   * A number per distinct cue of the item rules (same regex, same flags): rules of several items
   * use the same cue ("{{FEE_AUDIT}}" in eleven audit items), and its answer on a sentence is
   * shared through {@link Scan#found(Pattern, int)}.
   */
  private final Map<Pattern, Integer> cueIds = new IdentityHashMap<>();

  private int cueCount;

  /**
   * Per numbered cue, the literal id sets each of which must have a member in the text the cue
   * reads (the role text for a cue naming a role, else the sentence) before its regex runs; null
   * when none can be proved.
   */
  private final int[][][] cueIdGates;

  /** Per item and cue, literal id sets that must all be met before the cue's regex runs. */
  private final Map<ItemDetection, int[][][]> cueGates = new IdentityHashMap<>();

  public ContractJudge(Lexicon lexicon, DetectionKnowledge knowledge) {
    this.analyser = new SentenceAnalyser(lexicon);
    Grammar g = lexicon.grammar();
    crossReferences = new CrossReferences(g);
    notwithstanding = Pattern.compile(g.alternation("notwithstanding"), Pattern.CASE_INSENSITIVE);
    definedName =
        Pattern.compile(
            "^[「\"“]([^」\"”]{2,40})[」\"”]\\s*(?:"
                + g.alternation("definedAsEn")
                + "|"
                + g.alternation("definedAsJa")
                + ")");
    roleSubject =
        Pattern.compile(
            "(["
                + RoleTokens.VENDOR
                + RoleTokens.BUYER
                + "])(?:"
                + g.alternation("rightHolderParticlesJa")
                + "|\\s+(?:"
                + g.alternation("rightHolderPredicatesEn")
                + ")\\b)");
    jaDeemed =
        Pattern.compile(
            "(?:^|、)([^、。]{1,30}?)は、(?:[^、。]{0,20}、)?([^、。「」(]{1,20}?)(?:"
                + g.alternation("deemingJa")
                + ")");
    enDeemed =
        Pattern.compile(
            "\\b([A-Z][\\w-]*(?: [A-Z][\\w-]*){0,3}) (?:is|are|shall be|will be) (?:"
                + g.alternation("deemingEn")
                + ")(?: part of)? (?:the )?([A-Z][\\w-]*(?: [A-Z][\\w-]*){0,3})");
    protectionExtended =
        Pattern.compile(g.alternation("protectionExtendedTo"), Pattern.CASE_INSENSITIVE);
    serviceHeadJa =
        Pattern.compile("(?:" + g.alternation("serviceHeadsJa") + ")(?:の総称)?(?:をい[うい]|[（(]以下「)");
    deemedLiterals =
        Map.of(
            jaDeemed,
            furtherRequiredLiterals(jaDeemed),
            enDeemed,
            furtherRequiredLiterals(enDeemed));
    this.knowledge = knowledge;
    this.objects = lexicon.objects();
    this.anaphora = lexicon.anaphora();
    this.anaphoraLiterals = furtherRequiredLiterals(anaphora);
    this.conditionsFollow = lexicon.conditionsFollow();
    this.vague = lexicon.vagueCommitment();
    this.permission = lexicon.modalityCue(Modality.PERMISSION);
    this.possibility = lexicon.modalityCue(Modality.RESERVED_POSSIBILITY);
    this.pointsBack = lexicon.inlineException();
    this.harmfulException = lexicon.harmfulException();
    this.implied = lexicon.impliedException();
    this.benignException = lexicon.benignException();
    this.referenceException = lexicon.referenceException();
    this.impliedLiterals = furtherRequiredLiterals(implied);
    this.vagueLiterals = furtherRequiredLiterals(vague);
    objects.forEach((name, p) -> objectLiterals.put(name, furtherRequiredLiterals(p)));
    List<Pattern> terms = new ArrayList<>();
    for (ItemDetection d : knowledge.items().values()) {
      terms.addAll(d.definedTerm());
    }
    this.termPatterns = List.copyOf(terms);
    Map<Cue, List<Set<String>>> gateLiterals = new IdentityHashMap<>();
    List<String> all = new ArrayList<>();
    for (ItemDetection d : knowledge.items().values()) {
      for (Cue c : d.topic()) {
        if (c.literals() != null) {
          List<Set<String>> gates = new ArrayList<>(List.of(Set.of(c.literals())));
          gates.addAll(furtherRequiredLiterals(c.pattern()));
          gateLiterals.put(c, gates);
          gates.forEach(all::addAll);
        }
      }
    }
    Map<Pattern, List<Set<String>>> ruleLiterals = new IdentityHashMap<>();
    for (StanceRule r : rules(knowledge)) {
      if (r.none() != null) {
        // Indexed for the per-cue test in Scan.found: a pattern that must not occur is absent
        // without running when a literal it needs is.
        furtherRequiredLiterals(r.none()).forEach(all::addAll);
      }
      for (Pattern p : r.all()) {
        // A pattern naming a party role is matched on the role text (party labels as role
        // tokens): its literals, tokens included, are looked for in that text (see mayMatch).
        List<Set<String>> sets = furtherRequiredLiterals(p);
        if (!sets.isEmpty()) {
          ruleLiterals.put(p, sets);
          sets.forEach(all::addAll);
        }
      }
    }
    this.literalIndex = new LiteralIndex(all);
    for (StanceRule r : rules(knowledge)) {
      int[][][] gates = gates(r, ruleLiterals, false);
      if (gates.length > 0) {
        ruleGates.put(r, gates);
      }
      int[][][] onRoles = gates(r, ruleLiterals, true);
      if (onRoles.length > 0) {
        roleGates.put(r, onRoles);
      }
    }
    numberCues();
    cueIdGates = new int[cueCount][][];
    for (Map.Entry<Pattern, Integer> e : cueIds.entrySet()) {
      List<Set<String>> sets = furtherRequiredLiterals(e.getKey());
      if (!sets.isEmpty()) {
        cueIdGates[e.getValue()] = sets.stream().map(this::ids).toArray(int[][]::new);
      }
    }
    for (ItemDetection d : knowledge.items().values()) {
      int[][] perCue = new int[d.topic().size()][];
      int[][][] gates = new int[perCue.length][][];
      for (int k = 0; k < perCue.length; k++) {
        Cue c = d.topic().get(k);
        if (c.literals() != null) {
          perCue[k] = ids(List.of(c.literals()));
          gates[k] = gateLiterals.get(c).stream().map(this::ids).toArray(int[][]::new);
        }
      }
      cueLiterals.put(d, perCue);
      cueGates.put(d, gates);
    }
  }

  private void numberCues() {
    Map<String, Integer> byText = new HashMap<>();
    for (ItemDetection d : knowledge.items().values()) {
      for (StanceRule r : d.rules()) {
        List<Pattern> cues = new ArrayList<>(r.all());
        if (r.none() != null) {
          cues.add(r.none());
        }
        for (Pattern p : cues) {
          cueIds.put(p, byText.computeIfAbsent(p.flags() + ":" + p.pattern(), k -> cueCount++));
        }
      }
    }
  }

  /** The literal id sets of the rule's patterns read on the role text, or on the sentence. */
  private int[][][] gates(
      StanceRule r, Map<Pattern, List<Set<String>>> ruleLiterals, boolean onRoleText) {
    return r.all().stream()
        .filter(p -> RoleTokens.uses(p) == onRoleText)
        .map(ruleLiterals::get)
        .filter(java.util.Objects::nonNull)
        .map(sets -> sets.stream().map(this::ids).toArray(int[][]::new))
        .toArray(int[][][]::new);
  }

  private static List<StanceRule> rules(DetectionKnowledge knowledge) {
    List<StanceRule> rules = new ArrayList<>(knowledge.generic());
    knowledge.items().values().forEach(d -> rules.addAll(d.rules()));
    return rules;
  }

  /**
   * False when a pattern the rule needs cannot occur in the sentence (a literal it requires is
   * absent), so that the rule's regexes need not run; true when the rule may match.
   */
  private boolean mayMatch(StanceRule r, BitSet found, Scan scan, int index) {
    int[][][] gates = ruleGates.get(r);
    if (gates != null) {
      for (int[][] gate : gates) {
        if (!ItemDetection.possible(gate, found)) {
          return false;
        }
      }
    }
    int[][][] onRoles = roleGates.get(r);
    if (onRoles != null) {
      BitSet inRoleText = scan.found(scan.sentences.get(index).roleText());
      for (int[][] gate : onRoles) {
        if (!ItemDetection.possible(gate, inRoleText)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether each literal set has a member in the lower-cased text (no sets: always). */
  private static boolean mayFind(List<Set<String>> sets, String lower) {
    return RegexLiterals.mayOccur(sets, lower);
  }

  /** {@link #find(Pattern, List, String)} with the lower-cased text made once per contract. */
  private static boolean find(Pattern p, List<Set<String>> sets, String text, Scan scan) {
    return (sets.isEmpty() || mayFind(sets, scan.lower(text))) && p.matcher(text).find();
  }

  /** Regex find behind the literal prefilter; the lower-cased text is made only when needed. */
  private static boolean find(Pattern p, List<Set<String>> sets, String text) {
    return (sets.isEmpty() || mayFind(sets, text.toLowerCase(Locale.ROOT)))
        && p.matcher(text).find();
  }

  private int[] ids(java.util.Collection<String> literals) {
    return literals.stream().mapToInt(literalIndex::id).toArray();
  }

  /**
   * The literal sets beyond a cue's own that every match must also meet (see {@link
   * RegexLiterals#requiredAll}); none for flags other than case folding, whose literals the parser
   * cannot read.
   */
  private static List<Set<String>> furtherRequiredLiterals(Pattern p) {
    return RegexLiterals.prefilter(p);
  }

  public List<ItemJudgment> judge(
      ParsedContract contract, ProcurementModel model, Catalogue catalogue) {
    return judge(analyser.analyse(contract), model, catalogue);
  }

  public List<AnalysedSentence> analyse(ParsedContract contract) {
    return analyser.analyse(contract);
  }

  /** Per-contract indexes shared by all items, so that each item visits only its candidates. */
  private final class Scan {
    final List<AnalysedSentence> sentences;
    final Map<ClauseNode, String> nodeText = new IdentityHashMap<>();
    final Map<String, BitSet> found = new HashMap<>();
    final Map<String, Map<ClauseNode, Boolean>> objectInClause = new HashMap<>();
    final Map<String, Map<ClauseNode, Boolean>> objectInArticle = new HashMap<>();

    /**
     * Per object class, whether it occurs in a clause or article text, keyed by the text's
     * identity: every clause of an article shares one article text (see {@link #articleText}).
     */
    private final Map<String, Map<String, Boolean>> objectInText = new HashMap<>();

    boolean objectIn(String name, String text, java.util.function.BooleanSupplier find) {
      return objectInText
          .computeIfAbsent(name, k -> new IdentityHashMap<>())
          .computeIfAbsent(text, t -> find.getAsBoolean());
    }

    final Map<String, String> textByPath = new HashMap<>();
    final BitSet[] literals;
    final boolean[] anaphoric;
    final List<BitSet> byLiteral = new ArrayList<>();
    final Map<String, List<Integer>> byHeading = new HashMap<>();
    final Map<String, BitSet> headingLiterals = new HashMap<>();

    /** Per exception text, the items whose topic it speaks of (see exceptionConcerns). */
    final Map<String, List<ItemDetection>> exceptionTopics = new HashMap<>();

    /** Per sentence, the vendor rights in the clauses its exception names. */
    final Map<AnalysedSentence, List<AnalysedSentence>> rightsExceptedByReference =
        new IdentityHashMap<>();

    /** Items already judged in this contract (an element may be supplied by another item). */
    final Map<String, ItemJudgment> judged = new HashMap<>();

    /** Items being judged now, to stop a cycle of elements supplied by each other. */
    final Set<String> judging = new java.util.HashSet<>();

    /** Judges another item of the same contract and model; null when it is not judged. */
    java.util.function.Function<String, ItemJudgment> judgeOther = id -> null;

    Scan(List<AnalysedSentence> sentences) {
      this.sentences = sentences;
      int n = sentences.size();
      literals = new BitSet[n];
      anaphoric = new boolean[n];
      for (int i = 0; i < literalIndex.size(); i++) {
        byLiteral.add(new BitSet());
      }
      for (int i = 0; i < n; i++) {
        AnalysedSentence s = sentences.get(i);
        String t = nodeText.computeIfAbsent(s.node(), x -> SentenceAnalyser.normalise(x.text()));
        if (s.node().path() != null) {
          textByPath.merge(s.node().path(), t, (a, b) -> a);
        }
        literals[i] = found(s.matchText());
        for (int id = literals[i].nextSetBit(0); id >= 0; id = literals[i].nextSetBit(id + 1)) {
          byLiteral.get(id).set(i);
        }
        anaphoric[i] = find(anaphora, anaphoraLiterals, s.mainText(), this);
        if (!s.heading().isEmpty()) {
          byHeading.computeIfAbsent(s.heading(), h -> new ArrayList<>()).add(i);
          headingLiterals.computeIfAbsent(s.heading(), this::found);
        }
      }
    }

    /**
     * The text of the article a paragraph belongs to: "前項の規定は…適用しない" names its object only in the
     * paragraph before.
     */
    final Map<ClauseNode, String> articleTexts = new IdentityHashMap<>();

    String articleText(ClauseNode node) {
      return articleTexts.computeIfAbsent(node, this::computeArticleText);
    }

    private String computeArticleText(ClauseNode node) {
      String path = node.path() == null ? "" : node.path();
      int dot = path.indexOf('.');
      if (dot < 0) {
        return "";
      }
      return textOfArticle.computeIfAbsent(path.substring(0, dot), this::joinArticleText);
    }

    private final Map<String, String> textOfArticle = new HashMap<>();
    private Map<String, List<String>> textsUnderArticle;

    /**
     * The article's own text, then the texts of the clauses under it in {@link #textByPath}'s
     * order. Grouping the paths once by the part before their first dot (an article number never
     * holds a dot) keeps this linear in the number of clauses.
     */
    private String joinArticleText(String article) {
      if (textsUnderArticle == null) {
        textsUnderArticle = new HashMap<>();
        for (Map.Entry<String, String> e : textByPath.entrySet()) {
          int first = e.getKey().indexOf('.');
          if (first >= 0) {
            textsUnderArticle
                .computeIfAbsent(e.getKey().substring(0, first), k -> new ArrayList<>())
                .add(e.getValue());
          }
        }
      }
      StringBuilder sb = new StringBuilder(textByPath.getOrDefault(article, ""));
      for (String text : textsUnderArticle.getOrDefault(article, List.of())) {
        sb.append('\n').append(text);
      }
      return sb.toString();
    }

    final Map<ItemDetection, List<String>> names = new IdentityHashMap<>();

    /**
     * Per generic rule and sentence, whether the rule matches (0 unknown, 1 no, 2 yes). A generic
     * rule reads only the sentence, the model and the item's polarity, and the sentence is a
     * candidate of many items: the answer for one item of that polarity holds for all of them.
     */
    private final byte[][] genericMatch = new byte[knowledge.generic().size()][];

    boolean genericMatches(int rule, int sentence, java.util.function.BooleanSupplier matches) {
      byte[] known = genericMatch[rule];
      if (known == null) {
        known = new byte[sentences.size()];
        genericMatch[rule] = known;
      }
      if (known[sentence] == 0) {
        known[sentence] = (byte) (matches.getAsBoolean() ? 2 : 1);
      }
      return known[sentence] == 2;
    }

    /**
     * The clause paths each statement names (see {@link CrossReferences}), read once per sentence:
     * relative references (前項, this Section) resolve against the clause the sentence sits in;
     * {@link #absoluteReferences} are those that name a clause outright.
     */
    private final Map<AnalysedSentence, List<String>> references = new IdentityHashMap<>();

    private final Map<AnalysedSentence, List<String>> absoluteReferences = new IdentityHashMap<>();

    /** Per sentence, the clauses it is stated notwithstanding (see setAsideReferences). */
    final Map<AnalysedSentence, List<String>> setAside = new IdentityHashMap<>();

    List<String> references(AnalysedSentence s) {
      return references.computeIfAbsent(
          s, k -> crossReferences.paths(k.mainText(), k.node().path()));
    }

    List<String> absoluteReferences(AnalysedSentence s) {
      return absoluteReferences.computeIfAbsent(s, k -> crossReferences.paths(k.mainText()));
    }

    /**
     * Per path a sentence may name, the texts of that clause and of every clause under it; built
     * once, so that looking a reference up does not scan every clause.
     */
    private Map<String, List<String>> textsUnderPath;

    List<String> textsUnder(String path) {
      if (textsUnderPath == null) {
        textsUnderPath = new HashMap<>();
        for (Map.Entry<String, String> e : textByPath.entrySet()) {
          String p = e.getKey();
          for (int dot = p.indexOf('.'); dot >= 0; dot = p.indexOf('.', dot + 1)) {
            textsUnderPath
                .computeIfAbsent(p.substring(0, dot), k -> new ArrayList<>())
                .add(e.getValue());
          }
          textsUnderPath.computeIfAbsent(p, k -> new ArrayList<>()).add(e.getValue());
          // As CrossReferences.covers: "5.1" names an article "5" printed as one paragraph.
          textsUnderPath.computeIfAbsent(p + ".1", k -> new ArrayList<>()).add(e.getValue());
        }
      }
      return textsUnderPath.getOrDefault(path, List.of());
    }

    /** Per item, whether the clause at a referenced path addresses the item's topic. */
    final Map<ItemDetection, Map<String, Boolean>> clauseOnTopic = new IdentityHashMap<>();

    List<String> names(ItemDetection det) {
      return names.computeIfAbsent(det, d -> namesOnTopic(d, sentences));
    }

    /** The sentences of each article (see {@link #article}), in document order; built on demand. */
    private Map<String, List<AnalysedSentence>> byArticle;

    List<AnalysedSentence> sentencesOfArticle(String article) {
      if (byArticle == null) {
        byArticle = new HashMap<>();
        Map<ClauseNode, String> articleOfNode = new IdentityHashMap<>();
        for (AnalysedSentence s : sentences) {
          String a = articleOfNode.computeIfAbsent(s.node(), n -> article(n.path()));
          if (a != null) {
            byArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(s);
          }
        }
      }
      return byArticle.getOrDefault(article, List.of());
    }

    /** Per numbered cue and sentence: 0 not yet asked, 1 absent, 2 present. */
    private final byte[][] cueFound = new byte[cueCount][];

    /** {@link StanceRule#found} for the sentence at the index, asked once per distinct cue. */
    boolean found(Pattern p, int index) {
      Integer id = cueIds.get(p);
      if (id == null) {
        return StanceRule.found(p, sentences.get(index));
      }
      byte[] known = cueFound[id];
      if (known == null) {
        known = new byte[sentences.size()];
        cueFound[id] = known;
      }
      if (known[index] == 0) {
        int[][] gate = cueIdGates[id];
        AnalysedSentence s = sentences.get(index);
        // StanceRule.found matches the role text for a cue naming a role, else finds a hit in
        // the sentence before anything else: without a needed literal there it is false.
        boolean may =
            gate == null
                || ItemDetection.possible(
                    gate, RoleTokens.uses(p) ? found(s.roleText()) : literals[index]);
        known[index] = (byte) (may && StanceRule.found(p, s) ? 2 : 1);
      }
      return known[index] == 2;
    }

    private BitSet namingCoveringTerms;
    private BitSet namingClauses;

    /** The sentences that name a covering term: the same for every item that follows them. */
    BitSet namingCoveringTerms() {
      if (namingCoveringTerms == null) {
        namingCoveringTerms = new BitSet(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
          String t = sentences.get(i).matchText();
          for (String term : coveringTerms()) {
            if (t.contains(term)) {
              namingCoveringTerms.set(i);
              break;
            }
          }
        }
      }
      return namingCoveringTerms;
    }

    /** The sentences whose statement names other clauses. */
    BitSet namingClauses() {
      if (namingClauses == null) {
        namingClauses = new BitSet(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
          if (!references(sentences.get(i)).isEmpty()) {
            namingClauses.set(i);
          }
        }
      }
      return namingClauses;
    }

    /** Defined terms that cover derived data (directly, or by including such a term). */
    List<String> coveringTerms;

    List<String> coveringTerms() {
      if (coveringTerms == null) {
        coveringTerms = computeCoveringTerms(this);
      }
      return coveringTerms;
    }

    private final Map<String, String> lower = new HashMap<>();

    String lower(String text) {
      return lower.computeIfAbsent(text, t -> t.toLowerCase(Locale.ROOT));
    }

    BitSet found(String text) {
      return found.computeIfAbsent(text, t -> literalIndex.scan(t.toLowerCase(Locale.ROOT)));
    }

    /** Sentences that can be on topic: a literal of a cue occurs, or the heading is on topic. */
    /** The distinct headings, and per literal id the indexes of the headings holding it. */
    private List<String> headings;

    private final List<BitSet> headingsByLiteral = new ArrayList<>();

    private List<String> headings() {
      if (headings == null) {
        headings = new ArrayList<>(byHeading.keySet());
        for (int id = 0; id < literalIndex.size(); id++) {
          headingsByLiteral.add(new BitSet());
        }
        for (int h = 0; h < headings.size(); h++) {
          BitSet found = headingLiterals.get(headings.get(h));
          for (int id = found.nextSetBit(0); id >= 0; id = found.nextSetBit(id + 1)) {
            headingsByLiteral.get(id).set(h);
          }
        }
      }
      return headings;
    }

    BitSet candidates(
        ItemDetection det,
        int[][] itemLiterals,
        int[][][] gates,
        Map<String, Boolean> headingOnTopic) {
      int n = sentences.size();
      BitSet cand = new BitSet(n);
      for (int[] ids : itemLiterals) {
        if (ids == null) {
          cand.set(0, n);
          return cand;
        }
        for (int id : ids) {
          cand.or(byLiteral.get(id));
        }
      }
      // A heading holding none of the item's cue literals is off topic (every cue is gated by its
      // own literals): only the headings that hold one are tested, the others are left to the
      // caller, whose test of them would answer false.
      BitSet withLiteral = new BitSet(headings().size());
      for (int[] ids : itemLiterals) {
        for (int id : ids) {
          withLiteral.or(headingsByLiteral.get(id));
        }
      }
      for (int h = withLiteral.nextSetBit(0); h >= 0; h = withLiteral.nextSetBit(h + 1)) {
        String heading = headings.get(h);
        boolean on = det.onTopic(heading, headingLiterals.get(heading), gates);
        headingOnTopic.put(heading, on);
        if (on) {
          byHeading.get(heading).forEach(cand::set);
        }
      }
      BitSet follow = new BitSet(n);
      for (int i = cand.nextSetBit(0); i >= 0 && i + 1 < n; i = cand.nextSetBit(i + 1)) {
        if (anaphoric[i + 1]) {
          follow.set(i + 1);
        }
      }
      cand.or(follow);
      return cand;
    }
  }

  public List<ItemJudgment> judge(
      List<AnalysedSentence> sentences, ProcurementModel model, Catalogue catalogue) {
    Scan scan = new Scan(sentences);
    List<ChecklistItem> items = catalogue.itemsFor(model);
    Map<String, ChecklistItem> byId = new HashMap<>();
    items.forEach(i -> byId.put(i.id(), i));
    scan.judgeOther =
        id -> {
          ChecklistItem other = byId.get(id);
          if (other == null || !scan.judging.add(id)) {
            // Not judged under this model, or asked for again while being judged (a cycle).
            return null;
          }
          try {
            ItemJudgment j = scan.judged.get(id);
            if (j == null) {
              j = judgeItem(other, model, scan);
              scan.judged.put(id, j);
            }
            return j;
          } finally {
            scan.judging.remove(id);
          }
        };
    List<ItemJudgment> out = new ArrayList<>();
    for (ChecklistItem item : items) {
      // Judged once: an item another one asked for earlier is not judged again.
      out.add(scan.judgeOther.apply(item.id()));
    }
    return out;
  }

  private ItemJudgment judgeItem(ChecklistItem item, ProcurementModel model, Scan scan) {
    ItemDetection det = knowledge.items().get(item.id());
    if (det == null) {
      return missing(item, model, knowledge.adjustment("noKnowledge"));
    }
    List<AnalysedSentence> sentences = scan.sentences;
    List<Finding> findings = new ArrayList<>();
    int[][] itemLiterals = cueLiterals.get(det);
    int[][][] gates = cueGates.get(det);
    Map<String, Boolean> headingOnTopic = new HashMap<>();
    // Per heading, how many of the item's topic cues it matches (every sentence under it asks).
    Map<String, Integer> headingHits = new HashMap<>();
    BitSet candidates = scan.candidates(det, itemLiterals, gates, headingOnTopic);
    List<String> covering = det.followsCoveringTerms() ? scan.coveringTerms() : List.of();
    if (!covering.isEmpty()) {
      candidates.or(scan.namingCoveringTerms());
    }
    List<String> names = det.followsNames() != null ? scan.names(det) : List.of();
    for (int i = 0; i < sentences.size() && !names.isEmpty(); i++) {
      if (mentions(sentences.get(i).matchText(), names)) {
        candidates.set(i);
      }
    }
    if (det.followsReferences()) {
      candidates.or(scan.namingClauses());
    }
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      AnalysedSentence s = sentences.get(i);
      AnalysedSentence before = i > 0 ? sentences.get(i - 1) : null;
      ClauseKind kind = s.node().kind();
      if (kind == ClauseKind.PREAMBLE || kind == ClauseKind.CLOSING) {
        // Recitals and signature blocks describe, they do not bind.
        continue;
      }
      if (s.definition() && (!det.definitions() || serviceHeadJa.matcher(s.matchText()).find())) {
        // A service defined by what it does (「本サービス」とは、…埋め込み生成…の機能をいう) defines no data.
        continue;
      }
      int firstCue = det.firstTopicCue(s.matchText(), scan.literals[i], gates);
      boolean onTopic = firstCue >= 0;
      if (!onTopic && before != null && before.node() == s.node() && scan.anaphoric[i]) {
        // "利用者はこれに同意する": the topic is in the sentence the anaphor points back to.
        onTopic = det.onTopic(before.matchText(), scan.literals[i - 1], gates);
      }
      if (!onTopic && !names.isEmpty()) {
        // "…using a model licensed from Vireo": the name stands for what its definition is.
        onTopic = mentions(s.matchText(), names);
      }
      if (!onTopic && det.followsReferences()) {
        // "This Article 6 continues for three years": the clauses it names carry the topic.
        onTopic = referencesTopic(det, s, scan);
      }
      // Reached through a covering term only: weaker than a sentence that names derived data.
      boolean viaCovering = false;
      if (!onTopic && !covering.isEmpty()) {
        String substituted = s.matchText();
        for (String term : covering) {
          substituted = substituted.replace(term, DERIVED_STAND_IN);
        }
        viaCovering =
            !substituted.equals(s.matchText())
                && det.onTopic(substituted, substituted.toLowerCase(Locale.ROOT));
      }
      if (!onTopic
          && !viaCovering
          && (s.heading().isEmpty()
              || !headingOnTopic.computeIfAbsent(
                  s.heading(), h -> det.onTopic(h, scan.found(h), gates)))) {
        continue;
      }
      if (!hasObject(det, s, scan.nodeText.get(s.node()), scan.objectInClause, scan)
          && !hasObject(det, s, scan.articleText(s.node()), scan.objectInArticle, scan)
          && !referencedObject(det, s, scan)) {
        continue;
      }
      boolean definesCovering =
          viaCovering && det.definitions() && definesCovering(det, s, covering);
      Finding f = evaluate(det, s, i, onTopic || (viaCovering && det.definitions()), model, scan);
      if (f != null
          && viaCovering
          && det.definitions()
          && (definesCovering
              || !f.specific()
              || f.effect() == RuleEffect.SATISFIED
              || f.rule().all().isEmpty())) {
        // An item about what a term covers reads a covering term where one of its own rules
        // finds words that set the term apart ("Customer Data does not include Workspace
        // Indexes"), and then as on its topic; the term's own definition, a duty on the term's
        // contents or a rule of modality alone says nothing on what the term covers.
        f = null;
      }
      if (f != null) {
        findings.add(
            f.withTopicHits(
                det.topicHitsFrom(s.matchText(), scan.literals[i], gates, firstCue)
                    + headingHits.computeIfAbsent(
                        s.heading(), h -> det.topicHits(h, scan.found(h), gates))));
      }
    }
    List<Finding> decisive =
        findings.stream()
            .filter(f -> f.effect() != RuleEffect.NOT_EVIDENCE)
            .sorted(
                Comparator.comparingInt(ContractJudge::precedence)
                    .thenComparingInt(f -> ruleOrder(det, f))
                    .thenComparing(f -> -f.topicHits())
                    .thenComparingInt(f -> f.sentence().order()))
            .toList();
    decisive = withoutOverridden(decisive, scan);
    if (decisive.isEmpty()) {
      StanceRule why =
          findings.isEmpty() ? knowledge.adjustment("missing") : findings.get(0).rule();
      return missing(item, model, why);
    }
    Finding top = decisive.get(0);
    if (det.core() != null && top.effect() == RuleEffect.SATISFIED) {
      Finding central = central(det, top, decisive);
      if (central != top) {
        top = central;
        decisive = List.of(central);
      }
    }
    if (det.undercut() != null) {
      Finding weakened = undercut(det, top, decisive, scan);
      if (weakened != top) {
        top = weakened;
        decisive = List.of(top);
      }
    }
    if (top.effect() == RuleEffect.UNFAVOURABLE) {
      Finding conditioned = conditionedRight(top, decisive, scan);
      if (conditioned != null) {
        top = conditioned;
        decisive = List.of(top);
      }
    }
    if (top.effect() == RuleEffect.SATISFIED) {
      // A qualifier elsewhere (a survival limit, a carve-out in another clause) takes a stated
      // protection down to PARTIAL and is the clause to cite.
      for (Finding f : decisive) {
        if (f.effect() == RuleEffect.PARTIAL
            && f.rule().weakens()
            && f.onTopic()
            && !setsAside(top.sentence(), f.sentence(), scan)) {
          top = f;
          decisive = List.of(f);
          break;
        }
      }
    }
    if (top.effect() == RuleEffect.SATISFIED) {
      Finding answer = hedgedAnswer(top, decisive, scan);
      if (answer != null) {
        top = answer;
        decisive = List.of(answer);
      }
    }
    if (!det.definedTerm().isEmpty()
        && top.effect() == RuleEffect.SATISFIED
        && top.sentence().definition()
        && !definedTermProtected(det, top.sentence(), scan)) {
      top = top.adjusted(RuleEffect.PARTIAL, knowledge.adjustment("definedNotProtected"));
      decisive = List.of(top);
    }
    if (!det.definedTerm().isEmpty()
        && top.effect() == RuleEffect.SATISFIED
        && top.sentence().definition()) {
      // "'Derived Data' means embeddings …" names the derived data; "'Customer Data' means … and
      // all Derived Data" brings it under the protections: that definition decides.
      AnalysedSentence folding = foldingDefinition(det, top.sentence(), scan);
      if (folding != null) {
        top = new Finding(folding, top.effect(), top.rule(), top.specific(), true, top.topicHits());
        decisive = List.of(top);
      }
    }
    LocalizedText reason = top.rule().reason();
    if (top.effect() == RuleEffect.UNFAVOURABLE && !det.mitigations().isEmpty()) {
      // "may use the data only in a form that cannot identify the customer", "may engage
      // subprocessors on the published list; the customer may object": a bounded vendor right
      // is a market-normal compromise, not a red flag.
      CompletenessElement bound = mitigation(det, top, scan);
      Finding bare = null;
      for (Finding f : decisive) {
        // Another vendor right on the point with no bound keeps the item a red flag.
        if (bound != null
            && f != top
            && f.effect() == RuleEffect.UNFAVOURABLE
            && f.onTopic()
            && mitigation(det, f, scan) == null) {
          bare = f;
          break;
        }
      }
      if (bare != null) {
        top = bare;
        decisive = List.of(bare);
      } else if (bound != null) {
        top = top.adjusted(RuleEffect.PARTIAL, knowledge.adjustment("mitigated"));
        decisive = List.of(top);
        reason = naming(top.rule().reason(), List.of(bound), "{mitigation}");
      }
    }
    if (top.effect() == RuleEffect.SATISFIED && !det.complete().isEmpty()) {
      // Whichever rule found the protection (the generic "the vendor has a duty on the topic" or
      // an item rule such as "notice before the upstream model changes"), it satisfies the item
      // only with the elements the item requires.
      List<CompletenessElement> lacking =
          det.missingElements(
              completenessTexts(top, findings, scan),
              id -> {
                ItemJudgment other = scan.judgeOther.apply(id);
                return other != null && other.outcome() == Outcome.SATISFIED;
              });
      if (!lacking.isEmpty()) {
        top = top.adjusted(RuleEffect.PARTIAL, knowledge.adjustment("incomplete"));
        decisive = List.of(top);
        reason = naming(top.rule().reason(), lacking, "{missing}");
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    List<ClauseNode> cited = new ArrayList<>();
    for (Finding f : decisive) {
      if (evidence.size() == MAX_EVIDENCE) {
        break;
      }
      AnalysedSentence s = listItemCited(f, det, scan);
      if (f.effect() != top.effect() || cited.contains(s.node())) {
        continue;
      }
      cited.add(s.node());
      evidence.add(new Evidence(s.clauseRef(), s.node().path(), s.node().pageFrom(), s.quote()));
    }
    String where = listItemCited(top, det, scan).clauseRef();
    return new ItemJudgment(
        item.id(),
        top.effect().outcome(),
        item.severityFor(model),
        evidence,
        top.rule().id(),
        "[" + top.rule().id() + "] " + reason.en() + " (" + where + ")",
        "[" + top.rule().id() + "] " + reason.ja() + "（" + where + "）");
  }

  /**
   * The protection that states the item's central question (detection data {@code "core"}: "shall
   * not use … for anyone other than the Customer") among SATISFIED findings of the decisive one's
   * rank, where the decisive one only touches a broader cue of the topic (a general no-training
   * promise): the specific clause over the general. The decisive finding when none does.
   */
  private static Finding central(ItemDetection det, Finding top, List<Finding> decisive) {
    if (det.core().matcher(top.sentence().matchText()).find()) {
      return top;
    }
    for (Finding f : decisive) {
      if (f.effect() == RuleEffect.SATISFIED
          && f.rank() == top.rank()
          && det.core().matcher(f.sentence().matchText()).find()) {
        return f;
      }
    }
    return top;
  }

  /**
   * Where the elements of a protection are looked for: the article of the decisive sentence (a
   * deletion duty's time limit or certificate often sits in the next paragraph) and every sentence
   * on the item's topic that the item judged protective or partly protective (an entrustment's
   * audit hook sits in the audit article). Sentences the item set aside as look-alikes
   * (NOT_EVIDENCE: a fee audit, a regulator's inspection) and vendor rights do not supply an
   * element.
   */
  private static List<String> completenessTexts(Finding top, List<Finding> findings, Scan scan) {
    List<String> texts = new ArrayList<>();
    texts.add(top.sentence().matchText());
    // The clause itself, and the whole article when the clause is one of its paragraphs.
    texts.add(scan.nodeText.get(top.sentence().node()));
    texts.add(scan.articleText(top.sentence().node()));
    for (String path : scan.references(top.sentence())) {
      // "shall comply with Schedule 1": the schedule's terms are part of the protection.
      texts.addAll(scan.textsUnder(path));
    }
    for (Finding f : findings) {
      if (f.onTopic() && (f.effect() == RuleEffect.SATISFIED || f.effect() == RuleEffect.PARTIAL)) {
        texts.add(f.sentence().matchText());
      }
    }
    return texts;
  }

  /**
   * An adjustment's reason with the elements' labels named where it says the placeholder ({missing}
   * for the lacking elements of a protection, {mitigation} for the bound of a vendor right).
   */
  private static LocalizedText naming(
      LocalizedText reason, List<CompletenessElement> elements, String placeholder) {
    StringBuilder ja = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (CompletenessElement e : elements) {
      ja.append(ja.isEmpty() ? "" : "、").append(e.label().ja());
      en.append(en.isEmpty() ? "" : "; ").append(e.label().en());
    }
    return new LocalizedText(
        reason.ja().replace(placeholder, ja), reason.en().replace(placeholder, en));
  }

  /**
   * The bound that makes the decisive vendor right a market-normal compromise, or null. It is
   * looked for only in the right's own sentence (with its exception: "…, provided that only
   * aggregated data that cannot identify the customer is used") and in the next sentence of the
   * same clause (a proviso 「ただし、…」 or "In that case, …" written as a sentence of its own): a bound
   * stated in another clause qualifies some other statement, not this right. Named traps (a
   * deletion left to the vendor, improvement that means training) and deemed consent stay red flags
   * whatever surrounds them.
   */
  private static CompletenessElement mitigation(ItemDetection det, Finding top, Scan scan) {
    AnalysedSentence right = top.sentence();
    if (top.rule().trap()
        || right.subject() != PartyRole.VENDOR
        || right.modality() == Modality.DEEMED_CONSENT
        || right.modality() == Modality.DISCLAIMER) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    texts.add(right.matchText());
    // The role text too, for bounds that name a side ("{BUYER}に対し…利用することを許諾する": a
    // licence back to the buyer, not one the buyer grants).
    texts.add(right.roleText());
    for (String path : scan.references(right)) {
      // "may keep the data processed under Article 5(3)": the bounds stated there go with it.
      texts.addAll(scan.textsUnder(path));
    }
    List<AnalysedSentence> sentences = scan.sentences;
    for (int i = 0; i + 1 < sentences.size(); i++) {
      if (sentences.get(i) == right) {
        AnalysedSentence next = sentences.get(i + 1);
        String article = article(right.node().path());
        if (next.node() == right.node()
            || (article != null
                && article.equals(article(next.node().path()))
                && (scan.anaphoric[i + 1] || aboutTheSamePoint(det, next, scan)))) {
          // The same clause, or the paragraph that follows it in the same article
          // ("1 権利は乙に帰属する。2 乙は、甲に対し…無償で利用することを許諾する。").
          texts.add(next.matchText());
          texts.add(next.roleText());
        }
        break;
      }
    }
    return det.mitigation(texts);
  }

  /** Whether the sentence defines one of the covering terms itself ("'Index Data' means …"). */
  private static boolean definesCovering(
      ItemDetection det, AnalysedSentence s, List<String> covering) {
    if (!s.definition()) {
      return false;
    }
    for (String term : terms(det, s.matchText())) {
      if (covering.contains(term)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a paragraph of its own speaks about the item's point, by its own words or through a
   * term covering derived data: 「2 乙は、甲に対し、本システムを利用することを許諾する」 after 「本システム及び成果データは乙に 帰属する」 licenses
   * the system, not the derived data, and bounds nothing on the item.
   */
  private static boolean aboutTheSamePoint(ItemDetection det, AnalysedSentence next, Scan scan) {
    String text = next.matchText();
    if (det.onTopic(text, text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (!det.followsCoveringTerms()) {
      return true;
    }
    String substituted = text;
    for (String term : scan.coveringTerms()) {
      substituted = substituted.replace(term, DERIVED_STAND_IN);
    }
    return !substituted.equals(text)
        && det.onTopic(substituted, substituted.toLowerCase(Locale.ROOT));
  }

  /** 「前項の規定にかかわらず」, "Notwithstanding Section 4.1": what the sentence applies despite. */
  private final Pattern notwithstanding;

  /**
   * The findings with each one whose clause another finding on the item overrides with a different
   * stance replaced by the overriding one: 「前項の規定にかかわらず、甲は…確認を行うことができる」 after a paragraph that
   * rules audits out, "Despite clause 6.2 of the Terms, we will not keep …" in a schedule. The
   * overriding clause decides where the clause it sets aside would have, not after it; a finding
   * ranked before both is unaffected. A sentence that sets clauses aside only to send the point to
   * yet another clause (「前項までの規定にかかわらず、…は第20条の定めによる」) decides nothing itself.
   */
  private List<Finding> withoutOverridden(List<Finding> decisive, Scan scan) {
    Map<Finding, List<Finding>> overriders = new IdentityHashMap<>();
    for (Finding o : decisive) {
      if (!o.onTopic()) {
        continue;
      }
      List<Finding> setAside = new ArrayList<>();
      for (Finding f : decisive) {
        if (f.effect() != o.effect() && setsAside(o.sentence(), f.sentence(), scan)) {
          setAside.add(f);
        }
      }
      if (setAside.isEmpty() || pointsElsewhere(o.sentence(), setAside, scan)) {
        continue;
      }
      for (Finding f : setAside) {
        overriders.computeIfAbsent(f, k -> new ArrayList<>()).add(o);
      }
    }
    if (overriders.isEmpty()) {
      return decisive;
    }
    List<Finding> result = new ArrayList<>();
    for (Finding f : decisive) {
      for (Finding o : overriders.getOrDefault(f, List.of(f))) {
        if (!result.contains(o)) {
          result.add(o);
        }
      }
    }
    return result;
  }

  /**
   * Whether an overriding sentence also names a clause other than its own article and the clauses
   * whose findings it sets aside: it hands the point on to that clause.
   */
  private boolean pointsElsewhere(AnalysedSentence overriding, List<Finding> setAside, Scan scan) {
    String own = article(overriding.node().path());
    for (String p : scan.references(overriding)) {
      if (own != null && CrossReferences.covers(p, own)) {
        continue;
      }
      if (own != null && CrossReferences.covers(own, p)) {
        continue;
      }
      boolean named = false;
      for (Finding f : setAside) {
        if (CrossReferences.covers(p, f.sentence().node().path())) {
          named = true;
          break;
        }
      }
      if (!named) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a protection is stated notwithstanding the clause of a qualifier, and so is not
   * weakened by it: 「前項の規定にかかわらず、お客様データは、表示の有無にかかわらず秘密情報として取り扱う」 beside a confidentiality clause
   * limited to marked information.
   */
  private boolean setsAside(AnalysedSentence protection, AnalysedSentence qualifier, Scan scan) {
    if (protection == qualifier || qualifier.node().path() == null) {
      return false;
    }
    for (String p : setAsideReferences(protection, scan)) {
      if (CrossReferences.covers(p, qualifier.node().path())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clauses a sentence is stated notwithstanding: the references in the phrase of its
   * notwithstanding word (between commas: 「第8条第2項の規定にかかわらず」, "Despite clause 6.2 of the Terms"),
   * not those elsewhere in the sentence (「…は第20条の定めによる」). None when it has no such word.
   */
  private List<String> setAsideReferences(AnalysedSentence s, Scan scan) {
    return scan.setAside.computeIfAbsent(
        s,
        k -> {
          String text = k.matchText();
          java.util.regex.Matcher m = notwithstanding.matcher(text);
          if (!m.find()) {
            return List.of();
          }
          int from = m.start();
          while (from > 0 && PHRASE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
          }
          int to = m.end();
          while (to < text.length() && PHRASE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
          }
          return crossReferences.paths(text.substring(from, to), k.node().path());
        });
  }

  /** Characters that end the phrase of a notwithstanding word. */
  private static final String PHRASE_ENDS = "、，,。;；:：";

  /**
   * A vendor right whose conditions follow in the next sentence of the same clause ("乙は、関連会社に地位を
   * 承継させることができる。この場合、乙は、30日前までに甲に通知し…", "Provider may assign … In that case it shall give notice
   * …"): the item rule that reads those conditions as a weaker protection decides, not the bare
   * right. The next sentence must point back (an anaphor) and be judged PARTIAL by a rule of the
   * item itself.
   */
  private Finding conditionedRight(Finding top, List<Finding> decisive, Scan scan) {
    AnalysedSentence right = top.sentence();
    if (top.rule().trap()) {
      // A named trap ("当社の判断により委託することができる") is not cured by the conditions after it.
      return null;
    }
    if (right.modality() != Modality.PERMISSION
        && right.modality() != Modality.RESERVED_POSSIBILITY) {
      return null;
    }
    for (Finding f : decisive) {
      AnalysedSentence s = f.sentence();
      if (f.effect() == RuleEffect.PARTIAL
          && f.specific()
          && s.order() == right.order() + 1
          && s.node() == right.node()
          && conditionsFollow.matcher(s.mainText()).find()) {
        return f;
      }
    }
    return null;
  }

  /**
   * The sentence right after a protection that answers it in the same clause and is itself only a
   * weak commitment: 「乙は…報告を求めることができる。この場合、甲は、合理的な範囲でこれに回答する」, "Customer may request a copy of the
   * logs. Provider will use reasonable efforts to supply such copies". The right and its answer are
   * one protection, and the answer's hedge (best efforts, "in principle", "to a reasonable extent",
   * an outside document, a carve-out) bounds what the right yields; it is the sentence to cite. The
   * answer must point back (「この場合」, 「これに」, "such requests"): a weak side duty in the same paragraph
   * that stands on its own does not bound a firm one.
   */
  private Finding hedgedAnswer(Finding top, List<Finding> decisive, Scan scan) {
    AnalysedSentence stated = top.sentence();
    for (Finding f : decisive) {
      AnalysedSentence s = f.sentence();
      if (f.effect() == RuleEffect.PARTIAL
          && weakened(f)
          && s.order() == stated.order() + 1
          && s.node() == stated.node()
          && (conditionsFollow.matcher(s.mainText()).find()
              || find(anaphora, anaphoraLiterals, s.mainText(), scan))) {
        return f;
      }
    }
    return null;
  }

  /**
   * Whether the finding is a protection stated only weakly: a best-efforts undertaking, or a
   * protection the hedge, carve-out, outside document or vague wording adjustments took down.
   */
  private boolean weakened(Finding f) {
    StanceRule r = f.rule();
    if (f.sentence().modality() == Modality.BEST_EFFORTS
        && f.sentence().subject() != PartyRole.BUYER) {
      return true;
    }
    for (String name : WEAKENING_ADJUSTMENTS) {
      if (r == knowledge.adjustment(name)) {
        return true;
      }
    }
    return false;
  }

  /** The adjustments that take a stated protection down to PARTIAL for how it is worded. */
  private static final List<String> WEAKENING_ADJUSTMENTS =
      List.of("exception", "externalReference", "bestEfforts", "impliedException", "vague");

  /**
   * Among equally ranked findings, the one from the item rule listed first: item rules are listed
   * from the most to the least direct answer to the item ("the right to use ends" before "the
   * confidentiality clause survives").
   */
  private static int ruleOrder(ItemDetection det, Finding f) {
    List<StanceRule> rules = det.rules();
    for (int i = 0; i < rules.size(); i++) {
      // Identity, not record equality: rules are loaded once and compared often.
      if (rules.get(i) == f.rule()) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static boolean mentions(String text, List<String> names) {
    for (String n : names) {
      if (text.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause the sentence names (by number) addresses the item's topic. */
  private static boolean referencesTopic(ItemDetection det, AnalysedSentence s, Scan scan) {
    for (String path : scan.references(s)) {
      if (!path.equals(s.node().path())
          && scan.clauseOnTopic
              .computeIfAbsent(det, d -> new HashMap<>())
              .computeIfAbsent(path, p -> clauseOnTopic(det, p, scan))) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseOnTopic(ItemDetection det, String path, Scan scan) {
    for (String text : scan.textsUnder(path)) {
      if (det.onTopic(text, scan.lower(text))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name given in the text ("Vireo AI, Inc. (\"Vireo\")", 「…（以下「基盤AI」という。）」, "\"Model Supplier\"
   * means …") whose defining words are on the item's topic. The parties' own names are left out.
   */
  private static final Pattern INLINE_NAME =
      Pattern.compile("[(（]\\s*(?:the\\s+|以下\\s*)?[「\"“]([^」\"”]{2,40})[」\"”]");

  /** A quoted name being defined (grammar lists definedAsEn, definedAsJa). */
  private final Pattern definedName;

  private List<String> namesOnTopic(ItemDetection det, List<AnalysedSentence> sentences) {
    List<String> out = new ArrayList<>();
    for (AnalysedSentence s : sentences) {
      String t = s.matchText();
      java.util.regex.Matcher m = INLINE_NAME.matcher(t);
      while (m.find()) {
        String before = t.substring(Math.max(0, m.start() - 160), m.start());
        addName(det, s, m.group(1).strip(), before, out);
      }
      m = definedName.matcher(t);
      if (m.find()) {
        addName(det, s, m.group(1).strip(), t.substring(m.end()), out);
      }
    }
    return out;
  }

  private static void addName(
      ItemDetection det, AnalysedSentence s, String name, String words, List<String> out) {
    // A party's name is replaced by its role in the role text: it names a party, not a thing.
    String rt = s.roleText();
    boolean party = false;
    for (String token : List.of(RoleTokens.VENDOR, RoleTokens.BUYER)) {
      party |= rt.contains("\"" + token + "\"") || rt.contains("“" + token + "”");
      party |= rt.contains("「" + token + "」");
    }
    if (!party
        && !out.contains(name)
        && det.onTopic(words, words.toLowerCase(Locale.ROOT))
        && det.followsNames().matcher(words).find()
        && !det.onTopic(name, name.toLowerCase(Locale.ROOT))) {
      out.add(name);
    }
  }

  /**
   * A vendor right that sits beside a firm restriction on the vendor: the restriction still holds
   * for everything the right does not reach, so the right weakens the protection (PARTIAL) and is
   * the decisive clause.
   */
  private Finding undercut(ItemDetection det, Finding top, List<Finding> decisive, Scan scan) {
    List<Finding> firm =
        decisive.stream().filter(f -> f.effect() == RuleEffect.SATISFIED && f.onTopic()).toList();
    if (firm.isEmpty()) {
      return top;
    }
    if (top.effect() == RuleEffect.UNFAVOURABLE) {
      return weakened(top.sentence(), top);
    }
    if (top.effect() != RuleEffect.SATISFIED) {
      return top;
    }
    // A right the vendor keeps beside the restriction, in the same article, often without naming
    // the item's topic ("2. The vendor may analyse the data to improve its service").
    for (Finding f : firm) {
      String article = article(f.sentence().node().path());
      if (article == null) {
        continue;
      }
      for (AnalysedSentence s : scan.sentencesOfArticle(article)) {
        // A sentence whose statement is the buyer's ("the rights pass to the Authority") can
        // still carry the vendor's right in its proviso ("…, except that the vendor may use …").
        if (s != f.sentence()
            && !s.definition()
            && (s.subject() != jp.shinsa.domain.contract.PartyRole.BUYER
                ? isCounterRight(det, s)
                : counterRightInException(det, s))) {
          return weakened(s, top);
        }
      }
    }
    return top;
  }

  private boolean isCounterRight(ItemDetection det, AnalysedSentence s) {
    boolean right =
        s.modality() == Modality.PERMISSION || s.modality() == Modality.RESERVED_POSSIBILITY;
    if (right && det.undercut().matcher(s.mainText()).find()) {
      return true;
    }
    return counterRightInException(det, s);
  }

  /** The permission inside the sentence's exception, when it is the vendor's and on the cue. */
  private boolean counterRightInException(ItemDetection det, AnalysedSentence s) {
    String exception = s.exceptionText();
    return det.undercut().matcher(exception).find()
        && ((permission != null && permission.matcher(exception).find())
            || (possibility != null && possibility.matcher(exception).find()))
        && !grantedToTheBuyer(s);
  }

  /**
   * A party label as the subject of what follows, in role text ("⟨buyer⟩は", "⟨buyer⟩ may"; grammar
   * lists rightHolderParticlesJa, rightHolderPredicatesEn).
   */
  private final Pattern roleSubject;

  /**
   * Whether the right the sentence grants last is the buyer's: 「ただし、…権利は受託者に留保し、委託者は本シス
   * テムの利用に必要な範囲でこれを利用することができる」 is a licence back to the buyer, not a counter-right of the vendor.
   * The subject is the last party label before the last grant.
   */
  private boolean grantedToTheBuyer(AnalysedSentence s) {
    String rt = s.roleText();
    int grant = -1;
    for (Pattern p : new Pattern[] {permission, possibility}) {
      java.util.regex.Matcher m = p == null ? null : p.matcher(rt);
      while (m != null && m.find()) {
        grant = Math.max(grant, m.start());
      }
    }
    if (grant < 0) {
      return false;
    }
    java.util.regex.Matcher subject = roleSubject.matcher(rt).region(0, grant);
    String last = null;
    while (subject.find()) {
      last = subject.group(1);
    }
    return RoleTokens.BUYER.equals(last);
  }

  private Finding weakened(AnalysedSentence s, Finding top) {
    return new Finding(
        s, RuleEffect.PARTIAL, knowledge.adjustment("undercut"), top.specific(), true, 0);
  }

  /**
   * The sentence a finding cites. A list's lead-in ("… except:", 「次に掲げる目的」) is judged with its
   * items' words; when a cue of the deciding rule occurs in one item and not in the lead-in itself,
   * that item is the clause a reader cites ("12.5(b)", 第4条第1項第3号), not the lead-in.
   */
  private AnalysedSentence listItemCited(Finding f, ItemDetection det, Scan scan) {
    AnalysedSentence s = f.sentence();
    ClauseNode node = s.node();
    if (node.children().stream().noneMatch(c -> c.kind() == ClauseKind.ITEM)) {
      return s;
    }
    // The lead-in's item sentences, in document order: found in one pass, then tried per cue.
    List<AnalysedSentence> items = new ArrayList<>();
    for (AnalysedSentence other : scan.sentences) {
      if (other.node().kind() == ClauseKind.ITEM && node.children().contains(other.node())) {
        items.add(other);
      }
    }
    List<Pattern> cues = new ArrayList<>();
    if (f.rule() == knowledge.adjustment("exception") && harmfulException != null) {
      // "… except: (a) … (b) to its business partners …": the exception that takes the
      // protection back is the item naming who may take it.
      cues.add(harmfulException);
    }
    cues.addAll(f.rule().all());
    String lead = SentenceAnalyser.normalise(SentenceAnalyser.ownText(node));
    for (Pattern cue : cues) {
      // Cues naming a party by role read an item's role text. The lead-in's own role text is not
      // at hand apart from its items', so a role cue other than the exception content (absent
      // from "except:") points at an item only when exactly one item carries it.
      boolean roles = RoleTokens.uses(cue);
      boolean exceptionContent = cue == harmfulException;
      if (!roles && cue.matcher(lead).find()) {
        continue;
      }
      List<AnalysedSentence> carriers = new ArrayList<>();
      for (AnalysedSentence item : items) {
        if (cue.matcher(roles ? item.roleText() : item.matchText()).find()) {
          carriers.add(item);
        }
      }
      if (!carriers.isEmpty() && (!roles || exceptionContent || carriers.size() == 1)) {
        return carriers.get(0);
      }
    }
    if (det != null && !det.onTopic(lead, lead.toLowerCase(Locale.ROOT))) {
      // The lead-in names no topic of the item ("… except:"); the item that does ("(c) to the
      // extent required by law") is what the finding is about.
      for (AnalysedSentence item : items) {
        String text = item.matchText();
        if (det.onTopic(text, text.toLowerCase(Locale.ROOT))) {
          return item;
        }
      }
    }
    return s;
  }

  /**
   * The article a clause belongs to: "22" for "22.2", "A1.2" for "A1.2.3" (an annex section), "A1"
   * for "A1.2" (a paragraph of an annex without sections).
   */
  static String article(String path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    String[] parts = path.split("\\.");
    if (parts[0].startsWith("A")) {
      return parts.length >= 3 ? parts[0] + "." + parts[1] : parts[0];
    }
    return parts[0];
  }

  /**
   * Whether every on-topic term the definition defines is bound by a vendor duty or prohibition,
   * directly or through a term whose definition includes it ("'Customer Data' includes Index
   * Data"). A term defined but never named in a protection is only described, not protected. When
   * no term can be read from the definition, the definition is taken at its word.
   */
  private boolean definedTermProtected(ItemDetection det, AnalysedSentence def, Scan scan) {
    if (protectionExtended.matcher(def.matchText()).find() && namesBuyerData(def.matchText())) {
      return true;
    }
    List<String> terms = definedOnTopicTerms(det, def);
    if (terms.isEmpty()) {
      return true;
    }
    for (String term : terms) {
      if (!protectedTerm(term, def, scan)
          && !namesBuyerData(term)
          && includingDefinition(det, term, def, false, scan) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The on-topic terms a definition defines, read from its printed text when its match text has
   * none.
   */
  private List<String> definedOnTopicTerms(ItemDetection det, AnalysedSentence def) {
    List<String> terms = onTopicTerms(det, def.matchText());
    return terms.isEmpty() ? onTopicTerms(det, definitionText(def)) : terms;
  }

  /**
   * Another definition that includes the term in a wider term naming the buyer's data or protected
   * by a vendor duty ("'Customer Data' means … and all Derived Data"), or null. The wider term only
   * has to differ from the term, or with {@code apart} also neither contain it nor be part of it.
   */
  private AnalysedSentence includingDefinition(
      ItemDetection det, String term, AnalysedSentence def, boolean apart, Scan scan) {
    for (AnalysedSentence other : scan.sentences) {
      if (other == def || !other.definition() || !other.matchText().contains(term)) {
        continue;
      }
      for (String w : widerTerms(det, other)) {
        boolean distinct = apart ? !w.contains(term) && !term.contains(w) : !w.equals(term);
        if (distinct && (protectedTerm(w, other, scan) || namesBuyerData(w))) {
          return other;
        }
      }
    }
    return null;
  }

  /**
   * The definition that folds a derived term into the buyer's data: when the definition cited
   * defines an on-topic term that is not itself the buyer's data ("'Derived Data' means …"), the
   * definition of a wider term that names the buyer's data or is protected and includes it
   * ("'Customer Data' means … and all Derived Data", 「本件データ …並びに派生データをいう」), or null when there is
   * none.
   */
  private AnalysedSentence foldingDefinition(ItemDetection det, AnalysedSentence def, Scan scan) {
    for (String term : definedOnTopicTerms(det, def)) {
      if (namesBuyerData(term)) {
        continue;
      }
      AnalysedSentence including = includingDefinition(det, term, def, true, scan);
      if (including != null) {
        return including;
      }
    }
    return null;
  }

  /**
   * The terms a definition defines, read from its matching text and, for a Japanese list-style
   * definition whose term is set off only by a space (「委託データ　…をいう」), from its printed text.
   */
  private static List<String> widerTerms(ItemDetection det, AnalysedSentence definition) {
    List<String> out = new ArrayList<>(terms(det, definition.matchText()));
    for (String t : terms(det, definitionText(definition))) {
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * A term that names the buyer's own data ("Customer Data", 「本件データ」, the lexicon's INPUT objects):
   * the contract's protections attach to it by construction, so derived data folded into it is
   * protected even where this document states no duty with the term.
   */
  private boolean namesBuyerData(String term) {
    Pattern input = objects.get("INPUT");
    return input != null && input.matcher(term).find();
  }

  /**
   * Terms whose definition covers derived data: those defined as derived artefacts (the lexicon's
   * DERIVED objects, or the ARTEFACT objects built for one buyer such as its custom dictionary)
   * and, one step further, those whose definition includes such a term.
   */
  private List<String> computeCoveringTerms(Scan scan) {
    List<AnalysedSentence> sentences = scan.sentences;
    Pattern derivedOnly = objects.get("DERIVED");
    if (derivedOnly == null || termPatterns.isEmpty()) {
      return List.of();
    }
    Pattern artefact = objects.get("ARTEFACT");
    Pattern derived =
        artefact == null
            ? derivedOnly
            : Pattern.compile(
                derivedOnly.pattern() + "|" + artefact.pattern(), Pattern.CASE_INSENSITIVE);
    List<String> out = new ArrayList<>();
    List<String[]> defined = new ArrayList<>();
    for (AnalysedSentence s : sentences) {
      for (Pattern p : List.of(jaDeemed, enDeemed)) {
        // 「処理成果は、本契約の適用上、本データとみなす」: the deemed-to term covers what is deemed.
        // The patterns open with lazy runs tried at every position: most sentences are better
        // ruled out by the substring test of the deeming words.
        List<Set<String>> need = deemedLiterals.get(p);
        if (!need.isEmpty() && !mayFind(need, scan.lower(s.matchText()))) {
          continue;
        }
        java.util.regex.Matcher m = p.matcher(s.matchText());
        while (m.find()) {
          String[] ts = {m.group(2).strip(), m.group(1)};
          defined.add(ts);
          if (derived.matcher(ts[1]).find() && !out.contains(ts[0])) {
            out.add(ts[0]);
          }
        }
      }
      if (!s.definition()) {
        continue;
      }
      List<String[]> found = definedTerms(termPatterns, s.matchText());
      if (found.isEmpty()) {
        found = definedTerms(termPatterns, definitionText(s));
      }
      for (String[] ts : found) {
        if (serviceHeadJa.matcher(ts[1]).find()) {
          // A service is not derived data, and a term defined by it does not cover any.
          continue;
        }
        defined.add(ts);
        if (derived.matcher(ts[1]).find() && !out.contains(ts[0])) {
          out.add(ts[0]);
        }
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      for (String[] ts : defined) {
        if (out.contains(ts[0])) {
          continue;
        }
        for (String d : List.copyOf(out)) {
          if (!ts[0].equals(d) && ts[1].contains(d)) {
            out.add(ts[0]);
            break;
          }
        }
      }
    }
    // Longer terms first, so that "Customer Data Set" is replaced before "Customer Data".
    out.sort(Comparator.comparingInt(String::length).reversed());
    return out;
  }

  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

  /**
   * A definition giving its term the treatment of the buyer's data (grammar list
   * protectionExtendedTo).
   */
  private final Pattern protectionExtended;

  /**
   * A definition whose head noun is a service or a function (grammar list serviceHeadsJa): 「本サービス」
   * とは、…埋め込み生成…その他の機能をいう names what the vendor does, not data derived from the input.
   */
  private final Pattern serviceHeadJa;

  /** A deeming sentence (grammar lists deemingJa, deemingEn): groups 1 and 2 are the terms. */
  private final Pattern jaDeemed;

  private final Pattern enDeemed;

  /** The literal sets every match of each deeming pattern needs ({@link RegexLiterals}). */
  private final Map<Pattern, List<Set<String>>> deemedLiterals;

  /**
   * The printed definition, read when the matching text yields no term: a Japanese list-style
   * definition separates the term from its meaning only by a space (「お客様データ　入力データ及び派生データの総称」),
   * which the matching text drops.
   */
  private static String definitionText(AnalysedSentence s) {
    if (!s.definition()) {
      return s.matchText();
    }
    String printed = java.text.Normalizer.normalize(s.quote(), java.text.Normalizer.Form.NFKC);
    return SPACE_RUN.matcher(printed).replaceAll(" ").strip();
  }

  /** Each defined term with its definition text (up to the next term defined in the sentence). */
  private static List<String[]> definedTerms(List<Pattern> patterns, String text) {
    List<int[]> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Pattern p : patterns) {
      java.util.regex.Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.group(1) != null) {
          spans.add(new int[] {m.start(), m.end()});
          names.add(m.group(1).strip());
        }
      }
    }
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      int start = spans.get(i)[0];
      int end = text.length();
      for (int[] other : spans) {
        if (other[0] > start && other[0] < end) {
          end = other[0];
        }
      }
      String segment = text.substring(Math.max(0, start - 200), end);
      out.add(new String[] {names.get(i), segment});
    }
    return out;
  }

  /**
   * Terms defined in the text whose own definition (up to the next term) is on the item's topic.
   */
  private static List<String> onTopicTerms(ItemDetection det, String text) {
    List<int[]> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Pattern p : det.definedTerm()) {
      java.util.regex.Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.group(1) != null) {
          spans.add(new int[] {m.start(), m.end()});
          names.add(m.group(1).strip());
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      int start = spans.get(i)[0];
      int end = text.length();
      for (int[] other : spans) {
        if (other[0] > start && other[0] < end) {
          end = other[0];
        }
      }
      // An inline definition ("…一切のもの（以下「処理成果」という。）") describes the term before it.
      int from = Math.max(0, start - 200);
      String segment = text.substring(from, end);
      String lower = segment.toLowerCase(Locale.ROOT);
      if (det.onTopic(segment, lower) && !out.contains(names.get(i))) {
        out.add(names.get(i));
      }
    }
    return out;
  }

  private static List<String> terms(ItemDetection det, String text) {
    List<String> out = new ArrayList<>();
    for (Pattern p : det.definedTerm()) {
      java.util.regex.Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.group(1) != null) {
          out.add(m.group(1).strip());
        }
      }
    }
    return out;
  }

  private static boolean protectedTerm(String term, AnalysedSentence def, Scan scan) {
    for (AnalysedSentence s : scan.sentences) {
      if (s == def
          || s.definition()
          || s.subject() == jp.shinsa.domain.contract.PartyRole.BUYER
          || !s.mainText().contains(term)) {
        continue;
      }
      Modality m = s.modality();
      if (m == Modality.PROHIBITION || m == Modality.DUTY || m == Modality.LIMITATION) {
        return true;
      }
    }
    return false;
  }

  /** Object presence is cached per object class and clause: it does not depend on the item. */
  private boolean hasObject(
      ItemDetection det,
      AnalysedSentence s,
      String clauseText,
      Map<String, Map<ClauseNode, Boolean>> objectInClause,
      Scan scan) {
    if (det.objects().isEmpty()) {
      return true;
    }
    for (String name : det.objects()) {
      Pattern p = objects.get(name);
      if (p == null) {
        continue;
      }
      boolean present =
          objectInClause
              .computeIfAbsent(name, k -> new IdentityHashMap<>())
              .computeIfAbsent(
                  s.node(),
                  n ->
                      scan.objectIn(
                              name,
                              clauseText,
                              () -> find(p, objectLiterals.get(name), clauseText, scan))
                          || find(p, objectLiterals.get(name), s.heading(), scan));
      if (present) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence that names other clauses ("第5条の規定は存続する") borrows their objects. Absolute references
   * are taken at their word; a relative one (前項, 前条, "this Section") borrows only what the clause
   * it names holds, since such a phrase opens all kinds of sentences
   * (「前項の規定にかかわらず、当社は、カスタム辞書を…利用できる」 is not about the input data of the paragraph before).
   */
  private boolean referencedObject(ItemDetection det, AnalysedSentence s, Scan scan) {
    if (det.objects().isEmpty()) {
      return true;
    }
    if (!scan.absoluteReferences(s).isEmpty()) {
      return true;
    }
    for (String path : scan.references(s)) {
      for (String text : scan.textsUnder(path)) {
        for (String name : det.objects()) {
          Pattern p = objects.get(name);
          if (p != null && find(p, objectLiterals.get(name), text, scan)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private Finding evaluate(
      ItemDetection det,
      AnalysedSentence s,
      int index,
      boolean onTopic,
      ProcurementModel model,
      Scan scan) {
    List<AnalysedSentence> all = scan.sentences;
    BitSet found = scan.literals[index];
    StanceRule rule = null;
    boolean specific = false;
    java.util.function.Predicate<Pattern> cueFound = p -> scan.found(p, index);
    for (StanceRule r : det.rules()) {
      if (mayMatch(r, found, scan, index)
          && r.matches(s, det.polarity(), model, cueFound)
          && (r.referenced() == null
              || referencedMatch(r.referenced(), s, det, model, all, scan.references(s)))
          && !anySatisfied(r.unlessSatisfied(), scan)) {
        rule = r;
        specific = true;
        break;
      }
    }
    if (rule == null) {
      List<StanceRule> generic = knowledge.generic();
      for (int k = 0; k < generic.size(); k++) {
        StanceRule r = generic.get(k);
        if ((r.polarity() == null || r.polarity() == det.polarity())
            && scan.genericMatches(
                k,
                index,
                () -> mayMatch(r, found, scan, index) && r.matches(s, det.polarity(), model))) {
          rule = r;
          break;
        }
      }
    }
    if (rule == null) {
      return null;
    }
    RuleEffect effect = rule.effect();
    if (s.deferred() && effect != RuleEffect.NOT_EVIDENCE && effect != RuleEffect.PARTIAL) {
      // "Whether data may be used for training is set out in the Order Form": neither a right nor
      // a promise is made here; the point is left to an outside document.
      return new Finding(
          s, RuleEffect.PARTIAL, knowledge.adjustment("externalReference"), specific, onTopic, 0);
    }
    if (effect == RuleEffect.UNFAVOURABLE && s.optOut()) {
      return new Finding(
          s, RuleEffect.PARTIAL, knowledge.adjustment("optOut"), specific, onTopic, 0);
    }
    if (effect == RuleEffect.SATISFIED && !rule.trap()) {
      if ((s.exceptionTakesBack() || exceptionGrantsByReference(s, scan))
          && !rule.exceptionRead()
          && exceptionConcerns(det, s, scan)) {
        return new Finding(
            s, RuleEffect.PARTIAL, knowledge.adjustment("exception"), specific, onTopic, 0);
      }
      if (s.externalReference()) {
        return new Finding(
            s, RuleEffect.PARTIAL, knowledge.adjustment("externalReference"), specific, onTopic, 0);
      }
      if (s.modality() == Modality.BEST_EFFORTS
          && !rule.modalities().contains(Modality.BEST_EFFORTS)) {
        // "will use reasonable efforts to obtain the subprocessors' audit reports": whatever the
        // protection, an undertaking to try is weak (努める, endeavour).
        return new Finding(
            s, RuleEffect.PARTIAL, knowledge.adjustment("bestEfforts"), specific, onTopic, 0);
      }
      if (!rule.exceptionRead()
          && implied != null
          && find(implied, impliedLiterals, s.mainText())) {
        // "原則として日本国内", "in principle only for the Service": exceptions exist but are unnamed.
        return new Finding(
            s, RuleEffect.PARTIAL, knowledge.adjustment("impliedException"), specific, onTopic, 0);
      }
      if (!specific && find(vague, vagueLiterals, s.mainText())) {
        // "will handle it appropriately": the point is addressed, the content is left open.
        return new Finding(
            s, RuleEffect.PARTIAL, knowledge.adjustment("vague"), specific, onTopic, 0);
      }
    }
    return new Finding(s, effect, rule, specific, onTopic, 0);
  }

  /**
   * Whether one of the items is SATISFIED in the same contract (judged on demand; an item asked for
   * while it is being judged counts as not SATISFIED, which cuts a cycle).
   */
  private static boolean anySatisfied(List<String> items, Scan scan) {
    for (String id : items) {
      ItemJudgment other = scan.judgeOther.apply(id);
      if (other != null && other.outcome() == Outcome.SATISFIED) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an exception that is benign only because it names another clause takes the protection
   * back through that clause: 「ただし、第5条第3項により加工したデータについては、この限りでない」 where 第5条第3項 lets the vendor
   * train on de-identified data, "except for data processed under Section 4.3" where 4.3 lets the
   * vendor keep aggregated data for any purpose. The exception must carve out data (an object
   * class), not cases: "except as provided in Article 8", where Article 8 lets the vendor
   * subcontract, leaves subcontracting to its own item. The clause named must grant the vendor a
   * right ("may", 「できる」) with no benign content of its own ("except for data used under Section 4"
   * where Section 4 allows use only to provide the Services keeps the protection).
   */
  private boolean exceptionGrantsByReference(AnalysedSentence s, Scan scan) {
    return !s.exceptionTakesBack()
        && s.hasException()
        && !scan.rightsExceptedByReference.computeIfAbsent(s, k -> rightsNamed(k, scan)).isEmpty();
  }

  /** Whether a text names data of some object class ("加工したデータ", "aggregated information"). */
  private boolean namesData(String text) {
    for (Pattern p : objects.values()) {
      if (p != null && p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** The vendor rights without benign content in the clauses a benign exception names. */
  private List<AnalysedSentence> rightsNamed(AnalysedSentence s, Scan scan) {
    String exception = s.exceptionText();
    if (referenceException == null
        || !referenceException.matcher(exception).find()
        || (benignException != null && benignException.matcher(exception).find())
        || !namesData(exception)) {
      return List.of();
    }
    List<AnalysedSentence> out = new ArrayList<>();
    for (String path : crossReferences.paths(exception, s.node().path())) {
      for (AnalysedSentence other : scan.sentences) {
        String at = other.node().path();
        if (other != s
            && at != null
            && CrossReferences.covers(path, at)
            && other.subject() == PartyRole.VENDOR
            && (other.modality() == Modality.PERMISSION
                || other.modality() == Modality.RESERVED_POSSIBILITY)
            && (benignException == null
                || !benignException.matcher(other.matchText() + "\n" + other.roleText()).find())) {
          out.add(other);
        }
      }
    }
    return out;
  }

  /**
   * Whether the sentence's exception qualifies the protection this item looks at. An exception that
   * speaks of the item's own topic does ("shall not train, except on de-identified data"), and so
   * does one that points back at the statement ("この限りでない", "except for …", "を除く": it cuts the
   * statement, whatever it names; "any such auditor", 「当該…」 name what it grants), and one that
   * names no checklist point at all. A proviso that is a statement of its own about another point
   * qualifies that point, not this one: in "shall return and delete the data within 60 days, save
   * that backups are erased in the backup cycle" the carve-out weakens deletion, not the return of
   * the data.
   */
  private boolean exceptionConcerns(ItemDetection det, AnalysedSentence s, Scan scan) {
    String exception = s.exceptionText();
    if (pointsBack != null && pointsBack.matcher(exception).find()) {
      return true;
    }
    if (anaphora.matcher(exception).find()) {
      // "…; however, any such auditor shall be subject to the vendor's approval": the proviso
      // speaks of what the statement grants, whatever other point its words also name.
      return true;
    }
    return concerns(det, exception, scan);
  }

  /**
   * Whether a text that qualifies a protection (an exception, a right it names) bears on this item:
   * it speaks of the item's own topic, or of no other checklist point of the same polarity.
   */
  private boolean concerns(ItemDetection det, String text, Scan scan) {
    // The items a text speaks of depend on its text only: found once per contract.
    List<ItemDetection> about = scan.exceptionTopics.computeIfAbsent(text, this::itemsOnTopic);
    if (about.contains(det)) {
      return true;
    }
    for (ItemDetection other : about) {
      if (other.polarity() == det.polarity()) {
        return false;
      }
    }
    return true;
  }

  private List<ItemDetection> itemsOnTopic(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<ItemDetection> out = new ArrayList<>();
    for (ItemDetection d : knowledge.items().values()) {
      if (d.onTopic(text, lower)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * A finding that reaches the item only through its clause heading is weaker than any finding
   * whose own sentence names the topic: headings are broad ("データの取扱い").
   */
  private static int precedence(Finding f) {
    return f.onTopic() ? f.rank() : f.rank() + 7;
  }

  /** Whether a clause the sentence refers to holds a sentence matching {@code nested}. */
  private static boolean referencedMatch(
      StanceRule nested,
      AnalysedSentence s,
      ItemDetection det,
      ProcurementModel model,
      List<AnalysedSentence> all,
      List<String> paths) {
    if (paths.isEmpty()) {
      return false;
    }
    for (AnalysedSentence other : all) {
      String path = other.node().path();
      if (path == null || other == s) {
        continue;
      }
      for (String p : paths) {
        if (CrossReferences.covers(p, path) && nested.matches(other, det.polarity(), model)) {
          return true;
        }
      }
    }
    return false;
  }

  private ItemJudgment missing(ChecklistItem item, ProcurementModel model, StanceRule why) {
    return new ItemJudgment(
        item.id(),
        Outcome.MISSING,
        item.severityFor(model),
        List.of(),
        why.id(),
        "[" + why.id() + "] " + why.reason().en(),
        "[" + why.id() + "] " + why.reason().ja());
  }
}
