package jp.shinsa.application.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.CatalogueValidationException;
import jp.shinsa.domain.checklist.StoredCatalogue;
import jp.shinsa.domain.shared.Sha256;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;

/**
 * Which checklist catalogue is in force, and loading revised ones. The bundled catalogue is stored
 * on first start; an administrator's upload is validated as a whole and, if valid, becomes the
 * active version. Parsed catalogues are cached per version (they never change once stored), while
 * which version is active is read from the database, so every node of a cluster agrees.
 */
@ApplicationScoped
public class CatalogueService {

  private static final Logger LOG = Logger.getLogger(CatalogueService.class.getName());

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private Clock clock;

  private final CatalogueJsonReader reader = new CatalogueJsonReader();
  private final Map<String, Catalogue> parsed = new ConcurrentHashMap<>();

  /** Stores the catalogue shipped in the WAR if this version was never loaded. */
  @Transactional
  public void registerBundled() {
    Catalogue bundled = reader.readBundled();
    if (find(bundled.version()).isEmpty()) {
      String json = reader.toJson(bundled);
      StoredCatalogue stored =
          new StoredCatalogue(bundled, json, Sha256.hex(json), clock.instant(), "system");
      em.persist(stored);
      if (activeRecord().isEmpty()) {
        stored.activate();
      }
      LOG.info(() -> "event=catalogue.registered version=" + bundled.version() + " source=bundled");
    } else if (activeRecord().isEmpty()) {
      find(bundled.version()).get().activate();
    }
  }

  /** The catalogue new analyses are judged under. */
  @Transactional
  public Catalogue active() {
    String version =
        em.createQuery(
                "SELECT c.version FROM StoredCatalogue c WHERE c.active = TRUE", String.class)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No active catalogue"));
    return version(version).orElseThrow();
  }

  /** A stored version, e.g. the one an earlier analysis was judged under. */
  @Transactional
  public Optional<Catalogue> version(String version) {
    // A stored version is never changed or removed, so once parsed its file (about 130 KB)
    // need not be read again: pages ask for the catalogue on every request.
    Catalogue known = parsed.get(version);
    return known != null ? Optional.of(known) : find(version).map(this::parse);
  }

  @Transactional
  public List<StoredCatalogue> versions() {
    return em.createQuery(
            "SELECT c FROM StoredCatalogue c ORDER BY c.loadedAt DESC", StoredCatalogue.class)
        .getResultList();
  }

  /**
   * Validates and stores a revised catalogue and makes it active. Nothing is stored unless the
   * whole file is valid and its version is new.
   *
   * @throws CatalogueValidationException listing every problem found
   */
  @Transactional
  public StoredCatalogue upload(byte[] file, String loadedBy) {
    Catalogue catalogue = reader.read(new ByteArrayInputStream(file));
    if (find(catalogue.version()).isPresent()) {
      throw new CatalogueValidationException(
          List.of(
              new CatalogueError(
                  "version",
                  "version "
                      + catalogue.version()
                      + " is already loaded; give the revised file a new version")));
    }
    String json = new String(file, StandardCharsets.UTF_8);
    StoredCatalogue stored =
        new StoredCatalogue(catalogue, json, Sha256.hex(json), clock.instant(), loadedBy);
    activeRecord().ifPresent(StoredCatalogue::deactivate);
    stored.activate();
    em.persist(stored);
    LOG.info(
        () ->
            "event=catalogue.loaded version=%s items=%d by=%s"
                .formatted(catalogue.version(), catalogue.items().size(), loadedBy));
    return stored;
  }

  /** The active catalogue in the file format, for download and editing. */
  @Transactional
  public String activeJson() {
    return activeRecord().map(StoredCatalogue::getContent).orElseThrow();
  }

  private Catalogue parse(StoredCatalogue record) {
    return parsed.computeIfAbsent(
        record.getVersion(),
        v ->
            reader.read(
                new ByteArrayInputStream(record.getContent().getBytes(StandardCharsets.UTF_8))));
  }

  private Optional<StoredCatalogue> activeRecord() {
    return em.createQuery(
            "SELECT c FROM StoredCatalogue c WHERE c.active = TRUE", StoredCatalogue.class)
        .getResultStream()
        .findFirst();
  }

  private Optional<StoredCatalogue> find(String version) {
    return em.createQuery(
            "SELECT c FROM StoredCatalogue c WHERE c.version = :v", StoredCatalogue.class)
        .setParameter("v", version)
        .getResultStream()
        .findFirst();
  }
}
