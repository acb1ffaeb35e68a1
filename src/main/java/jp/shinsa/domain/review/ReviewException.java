package jp.shinsa.domain.review;

/** A review that cannot be recorded as asked (e.g. an override without a reason). */
public class ReviewException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReviewException(String message) {
    super(message);
  }
}
