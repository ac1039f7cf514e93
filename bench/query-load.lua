-- wrk script for bench/query-load.sh: POSTs one GraphQL document (BODY, a JSON request body) over and over,
-- and counts responses that are not 200 as errors.
local body = os.getenv("BODY")
local non200 = 0

function request()
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end

function response(status)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  io.stderr:write(string.format("RESULT %d %.1f %.1f %.1f %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status))
end
