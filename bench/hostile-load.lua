-- wrk script for bench/hostile-load.sh: cycles through a mix of valid, invalid and over-limit GraphQL
-- requests and counts the HTTP status codes. Environment: ETAG (entity tag of the cacheable GET below)
-- and APQ_HASH (a persisted query the script registered before the run).

local function post(body, contentType, accept)
  local headers = {}
  if contentType then headers["Content-Type"] = contentType end
  if accept then headers["Accept"] = accept end
  return wrk.format("POST", "/graphql", headers, body)
end

local function get(query, headers)
  return wrk.format("GET", "/graphql?" .. query, headers or {})
end

local function json(query)
  return '{"query":"' .. query:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"}'
end

local function repeated(text, n, separator)
  local parts = {}
  for i = 1, n do parts[i] = text:gsub("#", tostring(i)) end
  return table.concat(parts, separator or " ")
end

local GR = "application/graphql-response+json"
local etag = os.getenv("ETAG") or '"none"'
local apqHash = os.getenv("APQ_HASH") or string.rep("0", 64)

-- Depth 14 (the default limit is 12): country, then statements/nodes/issuer four times, then a leaf.
local deep = 'country(code: "JP") { ' .. string.rep("statements(first: 1) { nodes { issuer { ", 4)
    .. "name" .. string.rep(" } } }", 4) .. " }"

-- Built in init(): wrk fills in the Host header only once it knows the target.
local requests

local function build()
  return {
    -- valid (answers with data)
    post(json("{ countries(first: 20) { totalCount nodes { code name flag } } }"), "application/json"),
    get("query=%7B%20country(code%3A%20%22JP%22)%20%7B%20name%20flag%20%7D%20%7D"),
    get("query=%7B%20country(code%3A%20%22JP%22)%20%7B%20name%20flag%20%7D%20%7D", { ["If-None-Match"] = etag }),
    post(json('{ statement(slug: "dprk-russia-ballistic-missile-transfers-2024-01") { title signatoryCount'
        .. ' signatories { country { code name } firstListedOn } sources { url } } }'), "application/json", GR),
    post('{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"' .. apqHash .. '"}}}', "application/json"),
    post(json("{ statements(first: 100) { nodes { slug signatories { country { name } } sourceArticles { headline } } } }"),
        "application/json"),
    post(json("{ __schema { types { name kind fields { name type { name kind ofType { name kind } } } } } }"),
        "application/json"),
    -- invalid (client mistakes)
    post('{"query":"{__typename}","variables":"x"}', "application/json"),
    post('{"query":"{__typename}"', "application/json"),
    post('{"query":"{__typename}"}', nil),
    post(json("{ countries(first: 1) { nodes { name }"), "application/json", GR),
    post(json("{ nope }"), "application/json"),
    get("query=mutation%20%7B%20__typename%20%7D"),
    post('{"query":"\195\40"}', "application/json"),
    post('{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"' .. string.rep("f", 64) .. '"}}}',
        "application/json"),
    post('{"query":"query($n: Int) { statements(first: $n) { totalCount } }","variables":{"n":"ten"}}',
        "application/json", GR),
    post('{"query":"{__typename}","variables":{"x":' .. string.rep("[", 3000) .. string.rep("]", 3000) .. '}}',
        "application/json"),
    -- over a limit
    post(json("{ " .. deep .. " }"), "application/json"),
    post(json("{ " .. repeated("a#: __typename", 31) .. " }"), "application/json"),
    post(json("{ " .. repeated("c#: countries(first: 100) { nodes { statements(first: 100) { totalCount } } }", 3) .. " }"),
        "application/json"),
    post(json("{ " .. string.rep("__typename ", 2500) .. "}"), "application/json"),
    post(json("{ " .. string.rep("__typename ", 4000) .. "}"), "application/json", GR),
    post(json("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"), "application/json"),
    post('{"query":"{__typename}","variables":{"x":"' .. string.rep("x", 2 * 1024 * 1024) .. '"}}', "application/json"),
    -- not valid HTTP/1.1: no Host header (Vert.x refuses it before any route)
    'POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 24\r\n\r\n{"query":"{__typename}"}',
  }
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  requests = build()
  statuses = {}
  counter = 0
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local codes = {}
  for status in pairs(total) do table.insert(codes, status) end
  table.sort(codes)
  for _, status in ipairs(codes) do
    io.write(string.format("status %d %d\n", status, total[status]))
  end
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("duration_s %.1f\n", summary.duration / 1e6))
  io.write(string.format("socket_errors connect=%d read=%d write=%d timeout=%d\n", summary.errors.connect,
      summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency_ms p50=%.1f p90=%.1f p99=%.1f max=%.1f\n", latency:percentile(50) / 1000,
      latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
