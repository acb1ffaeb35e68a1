package jp.shinsa.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A stored node of a contract version's clause tree. Rows are flat, in document order ({@code
 * ordinal}) with their depth and parent, which is how the viewer shows them and how the diff
 * between versions compares them.
 */
@Entity
@Table(name = "clause")
public class Clause {

  @Id
  @SequenceGenerator(name = "clause_seq", sequenceName = "clause_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clause_seq")
  private Long id;

  @Column(name = "contract_version_id", nullable = false)
  private long contractVersionId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(nullable = false)
  private int ordinal;

  @Column(nullable = false)
  private int depth;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ClauseKind kind;

  @Column(name = "printed_number", length = 100)
  private String printedNumber;

  @Column(nullable = false, length = 200)
  private String path;

  @Column(length = 500)
  private String heading;

  @Column(name = "text")
  private String text;

  @Column(name = "page_from", nullable = false)
  private int pageFrom;

  @Column(name = "page_to", nullable = false)
  private int pageTo;

  @Column(name = "start_offset", nullable = false)
  private int startOffset;

  @Column(name = "end_offset", nullable = false)
  private int endOffset;

  @Column(nullable = false)
  private boolean ocr;

  protected Clause() {}

  public Clause(long contractVersionId, Long parentId, int ordinal, int depth, ClauseNode node) {
    this.contractVersionId = contractVersionId;
    this.parentId = parentId;
    this.ordinal = ordinal;
    this.depth = depth;
    this.kind = node.kind();
    this.printedNumber = truncate(node.printedNumber(), 100);
    this.path = truncate(node.path() == null || node.path().isBlank() ? "-" : node.path(), 200);
    this.heading = truncate(node.heading(), 500);
    this.text = node.text();
    this.pageFrom = node.pageFrom();
    this.pageTo = node.pageTo();
    this.startOffset = node.startOffset();
    this.endOffset = node.endOffset();
    this.ocr = node.ocr();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /** Label as a person reads it: printed number and heading, e.g. "第8条（データの利用）". */
  public String label() {
    String number = printedNumber == null ? "" : printedNumber;
    if (heading == null || heading.isBlank()) {
      return number;
    }
    return number.isBlank() ? heading : number + " " + heading;
  }

  public Long getId() {
    return id;
  }

  public long getContractVersionId() {
    return contractVersionId;
  }

  public Long getParentId() {
    return parentId;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public int getDepth() {
    return depth;
  }

  public ClauseKind getKind() {
    return kind;
  }

  public String getPrintedNumber() {
    return printedNumber;
  }

  public String getPath() {
    return path;
  }

  public String getHeading() {
    return heading;
  }

  public String getText() {
    return text;
  }

  public int getPageFrom() {
    return pageFrom;
  }

  public int getPageTo() {
    return pageTo;
  }

  public int getStartOffset() {
    return startOffset;
  }

  public int getEndOffset() {
    return endOffset;
  }

  public boolean isOcr() {
    return ocr;
  }
}
