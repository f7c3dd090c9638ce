// Draws the network on an SVG element: country outlines, links by mode and status, border crossings, and routes.
// Equirectangular projection scaled by the cosine of the middle latitude; 10 SVG units per degree of longitude.

const SVG = "http://www.w3.org/2000/svg";
export const modeColours = { rail: "#b03a2e", road: "#5d6d7e", ferry: "#2471a3", pipeline: "#7d3c98" };
const statusDashes = { "operational": "", "under-construction": "6 4", "planned": "2 4", "closed": "1 6" };

export class NetworkMap {
  constructor(svg, bounds = { west: 20, east: 126, south: 20, north: 58 }) {
    this.svg = svg;
    this.bounds = bounds;
    this.k = 10 * Math.cos(((bounds.north + bounds.south) / 2) * Math.PI / 180);
    const [x0, y0] = this.project([bounds.west, bounds.north]);
    const [x1, y1] = this.project([bounds.east, bounds.south]);
    svg.setAttribute("viewBox", `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    this.layers = {};
    for (const name of ["countries", "links", "crossings", "places", "highlight", "route", "legend"]) {
      this.layers[name] = this.element("g", { id: `layer-${name}` }, svg);
    }
    this.places = new Map();
  }

  project([longitude, latitude]) {
    return [longitude * this.k, -latitude * 10];
  }

  element(tag, attributes, parent) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    if (parent) parent.appendChild(node);
    return node;
  }

  line(points) {
    return points.map((p, i) => (i ? "L" : "M") + this.project(p).map((v) => v.toFixed(2)).join(" ")).join(" ");
  }

  drawCountries(collection) {
    for (const feature of collection.features) {
      const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      const d = polygons.flatMap((rings) => rings.map((ring) => this.line(ring) + " Z")).join(" ");
      const path = this.element("path", { d, fill: "#f4f1e8", stroke: "#b5ab95", "stroke-width": 0.6 }, this.layers.countries);
      this.element("title", {}, path).textContent = feature.properties.name;
    }
  }

  drawNetwork(collection) {
    const places = collection.features.filter((f) => f.properties.feature === "place");
    for (const place of places) this.places.set(place.properties.id, place);
    for (const link of collection.features.filter((f) => f.properties.feature === "link")) {
      const p = link.properties;
      const path = this.element("path", {
        d: this.line(link.geometry.coordinates), fill: "none", stroke: modeColours[p.mode] || "#000",
        "stroke-width": 1.6, "stroke-dasharray": statusDashes[p.status] || "", "stroke-linecap": "round",
        class: `link ${p.mode} ${p.status}`,
      }, this.layers.links);
      this.element("title", {}, path).textContent = `${p.id}: ${p.mode}, ${p.status}, ${Math.round(p.length_m / 1000)} km`;
      const [a, b] = [this.places.get(p.from), this.places.get(p.to)];
      if (a && b && a.properties.country !== b.properties.country) {
        const [x0, y0] = this.project(link.geometry.coordinates[0]);
        const [x1, y1] = this.project(link.geometry.coordinates[1]);
        const [x, y] = [(x0 + x1) / 2, (y0 + y1) / 2];
        const mark = this.element("rect", {
          x: x - 2.2, y: y - 2.2, width: 4.4, height: 4.4, transform: `rotate(45 ${x} ${y})`,
          fill: "#fff", stroke: "#222", "stroke-width": 0.8, class: "crossing",
        }, this.layers.crossings);
        this.element("title", {}, mark).textContent =
          `border crossing ${a.properties.country}–${b.properties.country} (${a.properties.name} – ${b.properties.name})`;
      }
    }
    for (const place of places) {
      const [x, y] = this.project(place.geometry.coordinates);
      const dot = this.element("circle", { cx: x, cy: y, r: place.properties.kind === "city" ? 2.4 : 1.5,
                                           fill: "#333", class: "place" }, this.layers.places);
      this.element("title", {}, dot).textContent = `${place.properties.name} (${place.properties.country})`;
      if (place.properties.kind === "city" || place.properties.kind === "seaport") {
        this.element("text", { x: x + 3.5, y: y - 2.5, "font-size": 8, fill: "#333", class: "label" },
                     this.layers.places).textContent = place.properties.name;
      }
    }
    this.drawLegend();
  }

  drawLegend() {
    const [x, y] = this.project([this.bounds.west + 1, this.bounds.south + 7.5]);
    const g = this.layers.legend;
    this.element("rect", { x: x - 4, y: y - 10, width: 200, height: 96, fill: "#fff", opacity: 0.85, stroke: "#999" }, g);
    const rows = [["rail", "rail"], ["road", "road"], ["ferry", "ferry"], ["pipeline", "pipeline"]];
    rows.forEach(([mode, label], i) => {
      this.element("path", { d: `M${x} ${y + i * 13} h24`, stroke: modeColours[mode], "stroke-width": 2 }, g);
      this.element("text", { x: x + 30, y: y + 3 + i * 13, "font-size": 9 }, g).textContent = label;
    });
    this.element("path", { d: `M${x} ${y + 52} h24`, stroke: "#333", "stroke-width": 2, "stroke-dasharray": "6 4" }, g);
    this.element("text", { x: x + 30, y: y + 55, "font-size": 9 }, g).textContent = "under construction / planned";
    this.element("rect", { x: x + 9, y: y + 62, width: 4.4, height: 4.4, fill: "#fff", stroke: "#222",
                           transform: `rotate(45 ${x + 11.2} ${y + 64.2})` }, g);
    this.element("text", { x: x + 30, y: y + 68, "font-size": 9 }, g).textContent = "border crossing";
    // Scale bar: 500 km along the legend's latitude.
    const latitude = this.bounds.south + 7.5;
    const degrees = 500 / (111.32 * Math.cos(latitude * Math.PI / 180));
    const width = degrees * this.k;
    this.element("path", { d: `M${x} ${y + 78} h${width.toFixed(2)}`, stroke: "#222", "stroke-width": 1.5 }, g);
    this.element("text", { x: x + width + 4, y: y + 81, "font-size": 9 }, g).textContent = "500 km";
  }

  coordinates(ids) {
    return ids.map((id) => this.places.get(id)).filter(Boolean).map((p) => p.geometry.coordinates);
  }

  // Draws the legs of a plan (from its JSON steps), each in its mode's colour.
  drawPlan(plan) {
    this.clear("route");
    for (const step of plan.steps.filter((s) => s.type === "leg")) {
      this.element("path", { d: this.line(this.coordinates(step.places)), fill: "none", stroke: modeColours[step.mode],
                             "stroke-width": 5, opacity: 0.75, "stroke-linecap": "round", "stroke-linejoin": "round",
                             class: "route-leg" }, this.layers.route);
    }
  }

  // Draws one corridor's route (a list of place ids) on top, for a hovered row of the comparison.
  highlight(placeIDs) {
    this.clear("highlight");
    if (!placeIDs) return;
    this.element("path", { d: this.line(this.coordinates(placeIDs)), fill: "none", stroke: "#f1c40f", "stroke-width": 6,
                           opacity: 0.9, "stroke-linecap": "round", "stroke-linejoin": "round", class: "highlight" },
                 this.layers.highlight);
  }

  clear(layer) {
    this.layers[layer].replaceChildren();
  }
}
