package jp.shinsa.application.analysis;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.infrastructure.pdf.InvalidContractFileException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs analyses in the background. Polls the queue every few seconds (and at once when an upload
 * arrives), so that work queued before a restart, or left behind by a node that died, is finished
 * without anyone asking. The number of parallel analyses per node is bounded: PDF extraction and
 * OCR are CPU-heavy and must not starve the pages people are using.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "CatalogueBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalysisWorker {

  private static final Logger LOG = Logger.getLogger(AnalysisWorker.class.getName());
  private static final int MAX_ATTEMPTS = 3;

  @Resource private ManagedScheduledExecutorService executor;

  @Inject private AnalysisQueue queue;
  @Inject private AnalysisStore store;
  @Inject private ContractAnalyser analyser;
  @Inject private CatalogueService catalogues;
  @Inject private Clock clock;
  @Inject private jakarta.enterprise.event.Event<AnalysisCompleted> completed;

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "shinsa.analysis.threads", defaultValue = "2")
  int threads;

  @Inject
  @ConfigProperty(name = "shinsa.analysis.lease-seconds", defaultValue = "120")
  int leaseSeconds;

  @Inject
  @ConfigProperty(name = "shinsa.analysis.poll-seconds", defaultValue = "3")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "shinsa.node.name")
  Optional<String> configuredNode;

  private final AtomicInteger running = new AtomicInteger();
  private String node;
  private ScheduledFuture<?> poller;

  @PostConstruct
  void start() {
    node = configuredNode.orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
    poller =
        executor.scheduleWithFixedDelay(this::wake, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    LOG.info(() -> "event=analysis.worker.started node=" + node + " threads=" + threads);
  }

  @PreDestroy
  void stop() {
    if (poller != null) {
      poller.cancel(false);
    }
  }

  /** Starts draining the queue on a free worker thread, if any. Safe to call often. */
  public void wake() {
    while (true) {
      int n = running.get();
      if (n >= threads) {
        return;
      }
      if (running.compareAndSet(n, n + 1)) {
        break;
      }
    }
    try {
      executor.execute(this::drain);
    } catch (RuntimeException e) {
      running.decrementAndGet();
      LOG.log(Level.WARNING, "event=analysis.worker.rejected", e);
    }
  }

  public String node() {
    return node;
  }

  private void drain() {
    try {
      Optional<Long> job;
      while ((job = claim()).isPresent()) {
        process(job.get());
      }
    } catch (RuntimeException e) {
      // The database may be down; the next poll tries again.
      LOG.log(Level.WARNING, "event=analysis.poll.failed error=" + e.getMessage());
    } finally {
      running.decrementAndGet();
    }
  }

  private Optional<Long> claim() {
    return queue.claim(node, lease(), clock.instant());
  }

  private Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  private void process(long versionId) {
    long start = System.nanoTime();
    ContractVersion version = em.find(ContractVersion.class, versionId);
    byte[] pdf =
        em.createQuery("SELECT v.content FROM ContractVersion v WHERE v.id = :id", byte[].class)
            .setParameter("id", versionId)
            .getSingleResult();
    String title = version.getContract().getTitle();
    try {
      heartbeat(versionId, 10, "extracting text");
      ParsedContract parsed = analyser.parse(pdf);
      if (!heartbeat(versionId, 60, "judging " + parsed.clauses().size() + " clauses")) {
        return;
      }
      Catalogue catalogue = catalogues.active();
      ContractAnalyser.Analysis analysis =
          analyser.judge(parsed, version.getContract().getProcurementModel(), catalogue);
      if (!heartbeat(versionId, 90, "storing")) {
        return;
      }
      boolean stored = store.store(versionId, node, analysis, catalogue.version());
      if (stored) {
        try {
          completed.fire(
              new AnalysisCompleted(
                  version.getContract().getId(),
                  versionId,
                  version.getVersionNo(),
                  catalogue.version()));
        } catch (RuntimeException e) {
          // The analysis is stored; a failing observer must not turn it into a failed job.
          LOG.log(Level.WARNING, "event=analysis.observer.failed version=" + versionId, e);
        }
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      LOG.info(
          () ->
              "event=analysis.done version=%d pages=%d findings=%d ms=%d stored=%s title=\"%s\""
                  .formatted(
                      versionId,
                      parsed.pageCount(),
                      analysis.judgments().size(),
                      ms,
                      stored,
                      title));
    } catch (InvalidContractFileException e) {
      store.fail(versionId, node, e.getCode().name(), e.getMessage());
      LOG.info(() -> "event=analysis.rejected version=" + versionId + " code=" + e.getCode());
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.log(Level.WARNING, "event=analysis.error version=" + versionId, e);
      ContractVersion fresh = em.find(ContractVersion.class, versionId);
      if (fresh != null && fresh.getAttempts() >= MAX_ATTEMPTS) {
        store.fail(
            versionId,
            node,
            "INTERNAL_ERROR",
            "Analysis failed " + MAX_ATTEMPTS + " times; the file is kept. Last error: " + e);
      } else {
        queue.release(versionId, node, "retrying after error: " + e.getMessage());
      }
    }
  }

  private boolean heartbeat(long versionId, int progress, String message) {
    boolean held = queue.heartbeat(versionId, node, lease(), clock.instant(), progress, message);
    if (!held) {
      LOG.warning(() -> "event=analysis.lease.lost version=" + versionId + " node=" + node);
    }
    return held;
  }
}
