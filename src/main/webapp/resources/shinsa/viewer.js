// Places clause highlight boxes (PDF points from the page's top-left) over the rendered page image,
// scaled to the size the image is shown at.
function shinsaPlaceBoxes(img) {
  var container = img.parentNode;
  var dpi = parseFloat(container.getAttribute('data-dpi')) || 110;
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
  if (boxes.length > 0) {
    boxes[0].scrollIntoView({block: 'center', behavior: 'smooth'});
  }
}
