package jp.shinsa.domain.remediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message in the thread of a remediation item, from the buyer's or the vendor's side, possibly
 * carrying wording the author proposes for the contract.
 */
@Entity
@Table(name = "remediation_comment")
public class RemediationComment {

  @Id
  @SequenceGenerator(
      name = "remediation_comment_seq",
      sequenceName = "remediation_comment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remediation_comment_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "remediation_item_id", nullable = false, updatable = false)
  private RemediationItem item;

  @Column(name = "entry_no", nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false, length = 100)
  private String author;

  @Column(name = "author_organisation", nullable = false, updatable = false, length = 300)
  private String authorOrganisation;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant at;

  @Lob
  @Column(name = "body", nullable = false, updatable = false)
  private String text;

  @Lob
  @Column(name = "proposed_wording", updatable = false)
  private String proposedWording;

  protected RemediationComment() {}

  RemediationComment(
      RemediationItem item,
      int position,
      String author,
      String authorOrganisation,
      Instant at,
      String text,
      String proposedWording) {
    this.item = item;
    this.position = position;
    this.author = author;
    this.authorOrganisation = authorOrganisation;
    this.at = at;
    this.text = text;
    this.proposedWording = proposedWording;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getAuthor() {
    return author;
  }

  public String getAuthorOrganisation() {
    return authorOrganisation;
  }

  public Instant getAt() {
    return at;
  }

  public String getText() {
    return text;
  }

  public String getProposedWording() {
    return proposedWording;
  }

  public boolean hasProposedWording() {
    return proposedWording != null && !proposedWording.isBlank();
  }
}
