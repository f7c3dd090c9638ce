// The map page: loads the outlines and the network, fills the place list, sends the form to /v1/route or
// /v1/compare, and shows the answer as a table beside the map. Talks to this server only.

import { NetworkMap } from "./map.js";

const $ = (id) => document.getElementById(id);
const map = new NetworkMap($("map"));

async function fetchJSON(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error + (body.hint ? "\n" + body.hint : ""));
  return body;
}

// Figures as the command line's table writes them.
const grouped = (n) => Math.round(n).toLocaleString("en-US");
const km = (metres) => grouped(metres / 1000);
const money = (cents) => "$" + grouped(cents / 100);
const carbon = (grams) => grams < 999500 ? grouped(grams / 1000) + " kg"
  : grams < 1e8 ? (grams / 1e6).toFixed(1) + " t" : grouped(grams / 1e6) + " t";
function duration(minutes) {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 1440) return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes / 60} h`;
  const hours = Math.floor((minutes + 30) / 60);
  return `${Math.floor(hours / 24)} d ${String(hours % 24).padStart(2, "0")} h`;
}

function cell(row, text, { numeric = false, id, value } = {}) {
  const td = row.insertCell();
  td.textContent = text;
  if (numeric) td.className = "n";
  if (id) td.id = id;
  if (value !== undefined) td.dataset.value = String(value);
  return td;
}

function table(headers) {
  const element = document.createElement("table");
  const head = element.createTHead().insertRow();
  for (const [text, numeric] of headers) {
    const th = document.createElement("th");
    th.textContent = text;
    if (numeric) th.className = "n";
    head.appendChild(th);
  }
  element.createTBody();
  return element;
}

function query(form) {
  const parameters = new URLSearchParams();
  for (const name of ["from", "to", "objective", "quantity", "unit", "commodity", "service", "avoid-country"]) {
    const value = form.elements[name].value.trim();
    if (value) parameters.set(name, value);
  }
  const modes = [...$("modes").querySelectorAll("input:checked")].map((box) => box.value);
  if (modes.length < 4) parameters.set("modes", modes.join(","));
  if ($("include-under-construction").checked) parameters.set("include-under-construction", "true");
  return parameters;
}

function showPlan(plan) {
  map.highlight(null);
  map.drawPlan(plan);
  const result = $("result");
  const heading = document.createElement("p");
  heading.id = "route-heading";
  heading.textContent = `${plan.from.name} → ${plan.to.name}: ${plan.objective} for ${plan.cargo}`;
  const steps = table([["#", true], ["step", false], ["from → to", false], ["km", true], ["time", true], ["cost", true]]);
  steps.id = "steps";
  plan.steps.forEach((step, i) => {
    const row = steps.tBodies[0].insertRow();
    cell(row, String(i + 1), { numeric: true });
    const what = step.type === "leg" ? `${step.mode} (${step.country})`
      : step.type === "border-crossing" ? `border ${step.fromCountry}→${step.toCountry}` : step.kind;
    cell(row, what);
    cell(row, step.type === "transfer" ? step.place.name : `${step.from.name} → ${step.to.name}`);
    cell(row, step.distanceMetres ? km(step.distanceMetres) : "", { numeric: true });
    cell(row, duration(step.timeMinutes.typical), { numeric: true });
    cell(row, money(step.costCents.typical), { numeric: true });
  });
  const t = plan.totals;
  const total = steps.tBodies[0].insertRow();
  total.className = "total";
  cell(total, "");
  cell(total, "total");
  cell(total, `${t.borderCrossings} borders, ${t.gaugeChanges} gauge changes`, { id: "total-borders", value: t.borderCrossings });
  cell(total, km(t.distanceMetres), { numeric: true, id: "total-distance", value: t.distanceMetres });
  cell(total, duration(t.timeMinutes.typical), { numeric: true, id: "total-time", value: t.timeMinutes.typical });
  cell(total, money(t.costCents.typical), { numeric: true, id: "total-cost", value: t.costCents.typical });
  const co2 = document.createElement("p");
  co2.id = "total-co2";
  co2.dataset.value = String(t.co2Grams.typical);
  co2.textContent = `${km(t.distanceMetres)} km, ${duration(t.timeMinutes.typical)}, ${money(t.costCents.typical)}, `
    + `CO2e ${carbon(t.co2Grams.typical)}; countries ${t.countries.join(" → ")}`;
  result.replaceChildren(heading, co2, steps);
}

function showComparison(comparison) {
  map.clear("route");
  const rows = table([["corridor", false], ["km", true], ["days", true], ["cost/unit", true], ["borders", true]]);
  rows.id = "compare";
  for (const row of comparison.corridors) {
    const tr = rows.tBodies[0].insertRow();
    cell(tr, row.corridor ? row.name : "best route (any corridor)");
    if (row.reason) {
      const td = cell(tr, row.reason);
      td.colSpan = 4;
      continue;
    }
    cell(tr, km(row.distanceMetres), { numeric: true });
    cell(tr, (row.timeMinutes / 1440).toFixed(1), { numeric: true });
    cell(tr, money(row.costPerUnitCents), { numeric: true });
    cell(tr, String(row.borderCrossings), { numeric: true });
    tr.addEventListener("mouseenter", () => map.highlight(row.places));
    tr.addEventListener("mouseleave", () => map.highlight(null));
  }
  $("result").replaceChildren(rows);
}

async function submit(event) {
  event.preventDefault();
  const action = event.submitter?.value || "route";
  $("message").textContent = "";
  try {
    const parameters = query(event.target);
    if (action === "compare") showComparison(await fetchJSON(`/v1/compare?${parameters}`));
    else showPlan(await fetchJSON(`/v1/route?${parameters}`));
    document.body.dataset.state = "answered";
  } catch (error) {
    $("message").textContent = error.message;
    $("result").replaceChildren();
    document.body.dataset.state = "error";
  }
}

let pending;
function suggest(event) {
  clearTimeout(pending);
  const prefix = event.target.value.trim();
  if (prefix.length < 2) return;
  pending = setTimeout(async () => {
    try {
      const { places } = await fetchJSON(`/v1/places?prefix=${encodeURIComponent(prefix)}&limit=12`);
      $("places").replaceChildren(...places.map((p) => Object.assign(document.createElement("option"), {
        value: p.name, label: `${p.name} (${p.country})` })));
    } catch { /* suggestions are optional */ }
  }, 150);
}

async function start() {
  const [countries, network] = await Promise.all([fetchJSON("countries.geojson"), fetchJSON("/v1/networks/central-asia")]);
  map.drawCountries(countries);
  map.drawNetwork(network);
  const form = $("request");
  form.addEventListener("submit", submit);
  $("from").addEventListener("input", suggest);
  $("to").addEventListener("input", suggest);
  // A link such as /?from=Xi'an&to=Tehran&objective=time fills the form and sends it.
  const given = new URLSearchParams(location.search);
  for (const [name, value] of given) if (form.elements[name] && name !== "action") form.elements[name].value = value;
  if (given.has("from") && given.has("to")) {
    const button = form.querySelector(`button[value="${given.get("action") === "compare" ? "compare" : "route"}"]`);
    form.requestSubmit(button);
  } else {
    document.body.dataset.state = "ready";
  }
}

start().catch((error) => { $("message").textContent = error.message; document.body.dataset.state = "error"; });
