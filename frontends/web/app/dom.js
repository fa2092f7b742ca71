// One small helper to build elements: data-* and aria-* (and a few attributes) as attributes, the rest as
// properties; SVG elements (for the charts) take everything as attributes.
const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG = new Set(['svg', 'rect', 'line', 'text', 'polyline', 'g', 'title']);
const ATTRIBUTES = new Set(['draggable', 'role', 'scope']);

export function el(tag, props = {}, text) {
  const svg = SVG.has(tag);
  const node = svg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (svg || k.startsWith('data-') || k.startsWith('aria-') || ATTRIBUTES.has(k)) node.setAttribute(k, v);
    else node[k] = v;
  }
  if (text !== undefined) node.textContent = text;
  return node;
}
