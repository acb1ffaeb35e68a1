package jp.shinsa.domain.contract;

import jp.shinsa.domain.contract.layout.Scripts;

/**
 * Decides the document language from the share of kana/kanji among letters. A Japanese contract
 * quoting company names in Latin letters stays Japanese; a bilingual one is mixed.
 */
public final class LanguageDetector {

  public DocumentLanguage detect(String text) {
    long ja = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = TextNormaliser.normalise(text.charAt(i));
      if (Scripts.isJapaneseLetter(c)) {
        ja++;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin++;
      }
    }
    if (ja + latin == 0) {
      return DocumentLanguage.JA;
    }
    // One Japanese character carries about as much as three Latin letters, so compare like with
    // like.
    double share = ja / (ja + latin / 3.0);
    if (share >= 0.75) {
      return DocumentLanguage.JA;
    }
    if (share <= 0.2) {
      return DocumentLanguage.EN;
    }
    return DocumentLanguage.MIXED;
  }
}
