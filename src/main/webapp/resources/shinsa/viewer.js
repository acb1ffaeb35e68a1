// Places clause highlight boxes (PDF points from the page's top-left) over the rendered page image,
// scaled to the size the image is shown at. A very large page is drawn below the requested dpi; the
// image response says the real resolution in a header, read from the browser cache (the image was
// just loaded with the same URL and may be cached), so the boxes land on the text either way.
function shinsaPlaceBoxes(img) {
  var container = img.parentNode;
  var requested = parseFloat(container.getAttribute('data-dpi')) || 110;
  shinsaLayBoxes(img, container, requested);
  if (window.fetch) {
    fetch(img.currentSrc || img.src, {cache: 'force-cache', credentials: 'same-origin'})
      .then(function (r) {
        var real = parseFloat(r.headers.get('X-Shinsa-Render-Dpi'));
        if (real > 0 && Math.abs(real - requested) > 0.01) {
          shinsaLayBoxes(img, container, real);
        }
      })
      .catch(function () { /* keep the boxes placed at the requested resolution */ });
  }
}

function shinsaLayBoxes(img, container, dpi) {
  var pageWidthPt = img.naturalWidth * 72 / dpi;
  var scale = img.clientWidth / pageWidthPt;
  var boxes = container.querySelectorAll('.clause-highlight');
  for (var i = 0; i < boxes.length; i++) {
    var b = boxes[i];
    b.style.left = (parseFloat(b.getAttribute('data-x')) * scale) + 'px';
    b.style.top = (parseFloat(b.getAttribute('data-y')) * scale) + 'px';
    b.style.width = (parseFloat(b.getAttribute('data-w')) * scale) + 'px';
    b.style.height = (parseFloat(b.getAttribute('data-h')) * scale) + 'px';
  }
  if (boxes.length > 0 && !container.hasAttribute('data-scrolled')) {
    container.setAttribute('data-scrolled', 'true');
    boxes[0].scrollIntoView({block: 'center', behavior: 'smooth'});
  }
}
