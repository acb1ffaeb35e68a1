package jp.shinsa.domain.judgment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ClauseKind;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.ParsedContract;

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

  private final SentenceAnalyser analyser;
  private final DetectionKnowledge knowledge;
  private final Map<String, Pattern> objects;
  private final Pattern anaphora;

  public ContractJudge(Lexicon lexicon, DetectionKnowledge knowledge) {
    this.analyser = new SentenceAnalyser(lexicon);
    this.knowledge = knowledge;
    this.objects = lexicon.objects();
    this.anaphora = lexicon.anaphora();
  }

  public List<ItemJudgment> judge(
      ParsedContract contract, ProcurementModel model, Catalogue catalogue) {
    return judge(analyser.analyse(contract), model, catalogue);
  }

  public List<AnalysedSentence> analyse(ParsedContract contract) {
    return analyser.analyse(contract);
  }

  public List<ItemJudgment> judge(
      List<AnalysedSentence> sentences, ProcurementModel model, Catalogue catalogue) {
    Map<ClauseNode, String> nodeText = new IdentityHashMap<>();
    Map<String, String> lower = new java.util.HashMap<>();
    for (AnalysedSentence s : sentences) {
      nodeText.computeIfAbsent(s.node(), n -> SentenceAnalyser.normalise(n.text()));
    }
    Map<String, Map<ClauseNode, Boolean>> objectInClause = new java.util.HashMap<>();
    List<ItemJudgment> out = new ArrayList<>();
    for (ChecklistItem item : catalogue.itemsFor(model)) {
      out.add(judgeItem(item, model, sentences, nodeText, lower, objectInClause));
    }
    return out;
  }

  private ItemJudgment judgeItem(
      ChecklistItem item,
      ProcurementModel model,
      List<AnalysedSentence> sentences,
      Map<ClauseNode, String> nodeText,
      Map<String, String> lower,
      Map<String, Map<ClauseNode, Boolean>> objectInClause) {
    ItemDetection det = knowledge.items().get(item.id());
    if (det == null) {
      return missing(item, model, knowledge.adjustment("noKnowledge"));
    }
    List<Finding> findings = new ArrayList<>();
    Map<String, Boolean> headingOnTopic = new java.util.HashMap<>();
    AnalysedSentence previous = null;
    for (AnalysedSentence s : sentences) {
      AnalysedSentence before = previous;
      previous = s;
      ClauseKind kind = s.node().kind();
      if (kind == ClauseKind.PREAMBLE || kind == ClauseKind.CLOSING) {
        // Recitals and signature blocks describe, they do not bind.
        continue;
      }
      if (s.definition() && !det.definitions()) {
        continue;
      }
      boolean onTopic = det.onTopic(s.matchText(), lower(lower, s.matchText()));
      if (!onTopic
          && before != null
          && before.node() == s.node()
          && anaphora.matcher(s.mainText()).find()) {
        // "利用者はこれに同意する": the topic is in the sentence the anaphor points back to.
        onTopic = det.onTopic(before.matchText(), lower(lower, before.matchText()));
      }
      if (!onTopic
          && (s.heading().isEmpty()
              || !headingOnTopic.computeIfAbsent(
                  s.heading(), h -> det.onTopic(h, lower(lower, h))))) {
        continue;
      }
      if (!hasObject(det, s, nodeText.get(s.node()), objectInClause)) {
        continue;
      }
      Finding f = evaluate(det, s, onTopic, model, sentences);
      if (f != null) {
        findings.add(f);
      }
    }
    List<Finding> decisive =
        findings.stream()
            .filter(f -> f.effect() != RuleEffect.NOT_EVIDENCE)
            .sorted(
                Comparator.comparingInt(ContractJudge::precedence)
                    .thenComparingInt(f -> f.sentence().order()))
            .toList();
    if (decisive.isEmpty()) {
      StanceRule why =
          findings.isEmpty() ? knowledge.adjustment("missing") : findings.get(0).rule();
      return missing(item, model, why);
    }
    Finding top = decisive.get(0);
    List<Evidence> evidence = new ArrayList<>();
    List<ClauseNode> cited = new ArrayList<>();
    for (Finding f : decisive) {
      if (evidence.size() == MAX_EVIDENCE) {
        break;
      }
      if (f.effect() != top.effect() || cited.contains(f.sentence().node())) {
        continue;
      }
      cited.add(f.sentence().node());
      AnalysedSentence s = f.sentence();
      evidence.add(new Evidence(s.clauseRef(), s.node().path(), s.node().pageFrom(), s.quote()));
    }
    LocalizedText reason = top.rule().reason();
    String where = top.sentence().clauseRef();
    return new ItemJudgment(
        item.id(),
        top.effect().outcome(),
        item.severityFor(model),
        evidence,
        top.rule().id(),
        "[" + top.rule().id() + "] " + reason.en() + " (" + where + ")",
        "[" + top.rule().id() + "] " + reason.ja() + "（" + where + "）");
  }

  /** Object presence is cached per object class and clause: it does not depend on the item. */
  private boolean hasObject(
      ItemDetection det,
      AnalysedSentence s,
      String clauseText,
      Map<String, Map<ClauseNode, Boolean>> objectInClause) {
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
                  s.node(), n -> p.matcher(clauseText).find() || p.matcher(s.heading()).find());
      if (present) {
        return true;
      }
    }
    // A sentence that names other clauses ("第5条の規定は存続する") borrows their objects.
    return !CrossReferences.paths(s.mainText()).isEmpty();
  }

  private Finding evaluate(
      ItemDetection det,
      AnalysedSentence s,
      boolean onTopic,
      ProcurementModel model,
      List<AnalysedSentence> all) {
    StanceRule rule = null;
    boolean specific = false;
    for (StanceRule r : det.rules()) {
      if (r.matches(s, det.polarity(), model)
          && (r.referenced() == null || referencedMatch(r.referenced(), s, det, model, all))) {
        rule = r;
        specific = true;
        break;
      }
    }
    if (rule == null) {
      for (StanceRule r : knowledge.generic()) {
        if (r.matches(s, det.polarity(), model)) {
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
          s, RuleEffect.PARTIAL, knowledge.adjustment("externalReference"), specific, onTopic);
    }
    if (effect == RuleEffect.UNFAVOURABLE && s.optOut()) {
      return new Finding(s, RuleEffect.PARTIAL, knowledge.adjustment("optOut"), specific, onTopic);
    }
    if (effect == RuleEffect.SATISFIED && !rule.trap()) {
      if (s.exceptionTakesBack()) {
        return new Finding(
            s, RuleEffect.PARTIAL, knowledge.adjustment("exception"), specific, onTopic);
      }
      if (s.externalReference()) {
        return new Finding(
            s, RuleEffect.PARTIAL, knowledge.adjustment("externalReference"), specific, onTopic);
      }
    }
    return new Finding(s, effect, rule, specific, onTopic);
  }

  /**
   * A finding that reaches the item only through its clause heading is weaker than any finding
   * whose own sentence names the topic: headings are broad ("データの取扱い").
   */
  private static int precedence(Finding f) {
    return f.onTopic() ? f.rank() : f.rank() + 7;
  }

  private static String lower(Map<String, String> cache, String text) {
    return cache.computeIfAbsent(text, t -> t.toLowerCase(Locale.ROOT));
  }

  /** Whether a clause the sentence refers to holds a sentence matching {@code nested}. */
  private static boolean referencedMatch(
      StanceRule nested,
      AnalysedSentence s,
      ItemDetection det,
      ProcurementModel model,
      List<AnalysedSentence> all) {
    List<String> paths = CrossReferences.paths(s.mainText());
    if (paths.isEmpty()) {
      return false;
    }
    for (AnalysedSentence other : all) {
      String path = other.node().path();
      if (path == null || other == s) {
        continue;
      }
      for (String p : paths) {
        if ((path.equals(p) || path.startsWith(p + "."))
            && nested.matches(other, det.polarity(), model)) {
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
