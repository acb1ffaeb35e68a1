package jp.shinsa.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant of the portal. Every piece of business data belongs to one organisation, and every query
 * that returns business data is scoped to the caller's organisation.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @SequenceGenerator(
      name = "organisation_seq",
      sequenceName = "organisation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(name = "name_en", length = 300)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OrganisationKind kind;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Organisation() {}

  public Organisation(String code, String name, String nameEn, OrganisationKind kind, Instant now) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.nameEn = nameEn;
    this.kind = Objects.requireNonNull(kind);
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getNameEn() {
    return nameEn;
  }

  /** The name to show in the given UI language: Japanese name for ja, English name if known. */
  public String displayName(String language) {
    return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public boolean isAgency() {
    return kind == OrganisationKind.AGENCY;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
