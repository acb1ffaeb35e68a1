package jp.shinsa.domain.checklist;

/**
 * One problem found in an uploaded catalogue or clause file.
 *
 * @param location where in the file, as a path such as {@code items[12].title.ja}, or "$" for the
 *     whole document
 * @param message what is wrong, phrased for the administrator who edited the file
 */
public record CatalogueError(String location, String message) {

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
