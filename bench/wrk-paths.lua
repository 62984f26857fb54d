-- wrk script for bench/api-load.ts: GETs the paths listed one per line in the file named by the
-- first script argument, in rotation, and prints one JSON line of results when done.
--   wrk -t1 -c32 -d5s -s bench/wrk-paths.lua http://127.0.0.1:PORT -- paths.txt
local requests, n, i = {}, 0, 0

function init(args)
  for path in io.lines(args[1]) do
    n = n + 1
    requests[n] = wrk.format("GET", path) -- formatted once, not per request
  end
end

function request()
  i = i % n + 1
  return requests[i]
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,"non2xx":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
end
