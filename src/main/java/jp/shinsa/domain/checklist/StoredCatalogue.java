package jp.shinsa.domain.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A catalogue file as it was loaded, verbatim. Kept for every version ever loaded so that findings
 * can be shown with the wording they were judged under.
 */
@Entity
@Table(name = "catalogue_version")
public class StoredCatalogue {

  @Id
  @SequenceGenerator(
      name = "catalogue_version_seq",
      sequenceName = "catalogue_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_version_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String version;

  @Column(name = "effective_date", nullable = false)
  private LocalDate effectiveDate;

  @Column(nullable = false)
  private String content;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "item_count", nullable = false)
  private int itemCount;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  @Column(name = "loaded_by", nullable = false, length = 100)
  private String loadedBy;

  @Column(nullable = false)
  private boolean active;

  protected StoredCatalogue() {}

  public StoredCatalogue(
      Catalogue catalogue, String content, String sha256, Instant loadedAt, String loadedBy) {
    this.version = catalogue.version();
    this.effectiveDate = catalogue.effectiveDate();
    this.itemCount = catalogue.items().size();
    this.content = content;
    this.sha256 = sha256;
    this.loadedAt = loadedAt;
    this.loadedBy = loadedBy;
  }

  public void activate() {
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public Long getId() {
    return id;
  }

  public String getVersion() {
    return version;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public String getContent() {
    return content;
  }

  public String getSha256() {
    return sha256;
  }

  public int getItemCount() {
    return itemCount;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }

  public String getLoadedBy() {
    return loadedBy;
  }

  public boolean isActive() {
    return active;
  }
}
