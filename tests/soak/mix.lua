-- wrk script for the soak test: each connection cycles through the real URLs listed in the file
-- named by SOAK_URLS (one path per line), each thread starting at its own offset. done() prints one
-- machine-readable line that run.sh reads back.
local paths = {}
local threads = {}

local function load()
  local file = assert(io.open(os.getenv("SOAK_URLS"), "r"))
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
end

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  load()
  position = (id * 7919) % #paths
  bad = 0
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function response(status, headers, body)
  if status >= 400 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local bad_total = 0
  for _, thread in ipairs(threads) do bad_total = bad_total + thread:get("bad") end
  local e = summary.errors
  io.write(string.format(
    "soak-result requests=%d non2xx3xx=%d status_errors=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, bad_total, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
