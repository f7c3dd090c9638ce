-- wrk script: GET /v1/route over 50 origin-destination pairs of the bundled network, in turn.
local origins = { "xian", "chongqing", "yiwu", "urumqi", "kashgar", "almaty", "zhengzhou", "chengdu", "wuhan", "beijing" }
local destinations = { "tehran", "baku", "tashkent", "moscow", "tbilisi" }
local paths = {}
for _, from in ipairs(origins) do
  for _, to in ipairs(destinations) do
    paths[#paths + 1] = "/v1/route?from=" .. from .. "&to=" .. to
  end
end
local counter = 0

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("requests %d, non-2xx %d, socket errors %d/%d/%d/%d\n", summary.requests, errors.status,
    errors.connect, errors.read, errors.write, errors.timeout))
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
