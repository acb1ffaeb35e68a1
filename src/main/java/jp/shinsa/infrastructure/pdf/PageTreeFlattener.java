package jp.shinsa.infrastructure.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Replaces a loaded document's page tree by one flat /Pages node listing the real pages. A hostile
 * tree can lie in /Count (so the page limit would judge a number the file does not hold), loop back
 * on itself, or nest thousands of levels deep (PDFBox walks it recursively and overflows the
 * stack). Walking it once here, iteratively, with a visited set and a cap, makes every later step
 * see an honest, shallow tree. Nothing is saved: the change lives only in the loaded copy.
 */
final class PageTreeFlattener {

  /** Attributes a page inherits from its ancestors (ISO 32000-1, 7.7.3.4). */
  private static final COSName[] INHERITABLE = {
    COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE
  };

  private PageTreeFlattener() {}

  /**
   * @return the number of real pages, at most {@code cap + 1} (the walk stops there, so a tree of
   *     millions of leaves costs no more than one just over the limit)
   */
  static int flatten(PDDocument doc, int cap) {
    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
    COSDictionary root = asDictionary(catalog.getDictionaryObject(COSName.PAGES));
    if (root == null) {
      return 0;
    }
    List<COSDictionary> leaves = leaves(root, cap + 1);
    COSDictionary flat = new COSDictionary();
    flat.setItem(COSName.TYPE, COSName.PAGES);
    COSArray kids = new COSArray();
    for (COSDictionary leaf : leaves) {
      leaf.setItem(COSName.TYPE, COSName.PAGE);
      leaf.setItem(COSName.PARENT, flat);
      kids.add(leaf);
    }
    flat.setItem(COSName.KIDS, kids);
    flat.setInt(COSName.COUNT, leaves.size());
    catalog.setItem(COSName.PAGES, flat);
    return leaves.size();
  }

  /** Depth-first, in document order; each node is visited once however often it is referenced. */
  private static List<COSDictionary> leaves(COSDictionary root, int max) {
    List<COSDictionary> out = new ArrayList<>();
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    // The node through which the walk reached each kid: /Parent itself may lie or loop.
    Map<COSDictionary, COSDictionary> reachedFrom = new IdentityHashMap<>();
    Deque<COSDictionary> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty() && out.size() < max) {
      COSDictionary node = stack.pop();
      if (!seen.add(node)) {
        continue;
      }
      COSArray kids = asArray(node.getDictionaryObject(COSName.KIDS));
      if (kids == null && !COSName.PAGES.equals(node.getCOSName(COSName.TYPE))) {
        inherit(node, reachedFrom);
        out.add(node);
        continue;
      }
      for (int i = kids == null ? -1 : kids.size() - 1; i >= 0; i--) {
        COSDictionary kid = asDictionary(kids.getObject(i));
        if (kid != null && !seen.contains(kid)) {
          reachedFrom.putIfAbsent(kid, node);
          stack.push(kid);
        }
      }
    }
    return out;
  }

  /** Copies missing inheritable attributes from the ancestors the walk came through. */
  private static void inherit(COSDictionary page, Map<COSDictionary, COSDictionary> reachedFrom) {
    for (COSName key : INHERITABLE) {
      if (page.getDictionaryObject(key) != null) {
        continue;
      }
      Set<COSDictionary> visited = Collections.newSetFromMap(new IdentityHashMap<>());
      COSDictionary ancestor = reachedFrom.get(page);
      while (ancestor != null && visited.add(ancestor)) {
        COSBase value = ancestor.getDictionaryObject(key);
        if (value != null) {
          page.setItem(key, value);
          break;
        }
        ancestor = reachedFrom.get(ancestor);
      }
    }
  }

  private static COSDictionary asDictionary(COSBase base) {
    COSBase b = base instanceof COSObject o ? o.getObject() : base;
    return b instanceof COSDictionary d ? d : null;
  }

  private static COSArray asArray(COSBase base) {
    COSBase b = base instanceof COSObject o ? o.getObject() : base;
    return b instanceof COSArray a ? a : null;
  }
}
